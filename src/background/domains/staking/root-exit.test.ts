// Leaving root with root dividends owed (facts §5.4): the chain lowers RootClaimed with the stake, never below zero,
// so an exit without a claim first throws the owed alpha away. The wallet sends batch_all(claim_root…, exit): on the
// devnet, what //Bob was owed before is his after, and the exit returns his whole root stake.
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Devnet } from '../../../../devnet/index.ts';
import type { Subtensor } from '../../../../devnet/subtensor/index.ts';
import { owedRootAlpha } from '../../../../devnet/subtensor/root-rates.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { ALICE_PHRASE, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const hex = (ss58: string) => u8aToHex(decodeAddress(ss58)) as `0x${string}`;

describe('an exit out of root claims the owed root dividends first (devnet)', () => {
  let devnet: Devnet;
  let bg: Background;
  let bobId: string;
  let bob: string;
  const sub = (): Subtensor => devnet.chain.ctx.econ as unknown as Subtensor;
  beforeAll(async () => {
    ({ devnet, bg } = await devnetAndWallet());
    const imported = await bg.api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      derivationPath: '//Bob',
      name: 'Bob',
      type: 'sr25519',
    });
    [bobId, bob] = [imported.id, imported.address];
    devnet.produceBlocks(300); // several epochs: root dividends accrue as claimable rates
  }, 180_000); // 300 blocks with epochs: ~15 s alone, over a minute on a loaded 2-core machine
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });
  const landed = (id: string) =>
    until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find(
        (r: StakeTxRecord) => r.id === id && r.status !== 'submitted' && r.status !== 'inBlock',
      ),
    );

  it('unstake everything from root: owed before, claimed (Keep: as alpha) and exited after, nothing lost', async () => {
    // Keep: a claim stakes the owed alpha on (hotkey, subnet), so what was owed is visible as stake afterwards.
    const keep = await bg.api.send('pri(staking.send)', {
      accountId: bobId,
      op: { op: 'setRootClaimType', claimType: 'Keep' },
    });
    expect((await landed(keep.id)).status).toBe('finalized');
    const view = await bg.api.send('pri(portfolio.refresh)', null);
    const root = view.accounts.find((a) => a.address === bob)!.positions.find((p) => p.netuid === 0)!;
    const [hot, cold] = [hex(root.hotkey), hex(bob)];
    const stake = sub().stake(hot, cold, 0);
    const owed = [...(sub().view.rootClaimable.get(hot)?.keys() ?? [])]
      .map((n) => ({ netuid: n, alpha: owedRootAlpha(sub().view, n, hot, cold, stake) }))
      .filter((x) => x.alpha >= 500_000n) // what claim_root credits (RootClaimableThreshold)
      .sort((a, b) => a.netuid - b.netuid);
    expect(owed.length).toBeGreaterThan(0);

    const req = {
      accountId: bobId,
      op: { op: 'unstake' as const, hotkey: root.hotkey, netuid: 0, amount: '0', all: true },
    };
    const p = await bg.api.send('pri(staking.prepare)', req);
    // The review: the claim, then the exit, in one batch_all; the owed amounts named per subnet.
    expect(p.calls[0]).toBe('utility.batchAll');
    expect(p.warnings).toContain('root-claim-first');
    expect(p.rootOwed?.claimed).toBe(true);
    const shown = p.rootOwed!.subnets.filter((x) => !x.lost).map((x) => ({ netuid: x.netuid, alpha: BigInt(x.alpha) }));
    expect(shown.map((x) => x.netuid)).toEqual(owed.map((x) => x.netuid));
    shown.forEach((x, i) => expect(x.alpha).toBe(owed[i]!.alpha));
    const inner = (p.summary.params['calls'] ?? '') + JSON.stringify(p.summary);
    expect(inner).toMatch(/claimRoot/);

    const alphaBefore = new Map(owed.map((x) => [x.netuid, sub().stake(hot, cold, x.netuid)]));
    const freeBefore = BigInt(
      (await bg.api.send('pri(portfolio.refresh)', null)).accounts.find((a) => a.address === bob)!.free,
    );
    const done = await landed((await bg.api.send('pri(staking.send)', req)).id);
    expect(done.status).toBe('finalized');
    // Exited: no root stake left, the whole stake back in free TAO (less the fee).
    expect(sub().stake(hot, cold, 0)).toBe(0n);
    const freeAfter = BigInt(
      (await bg.api.send('pri(portfolio.refresh)', null)).accounts.find((a) => a.address === bob)!.free,
    );
    expect(freeAfter - freeBefore).toBe(stake - BigInt(done.fee));
    // Nothing lost: every subnet's owed alpha is now Bob's stake (dividends in that block may only add to it; the
    // share pool floors a credit by at most one rao).
    for (const x of owed)
      expect(sub().stake(hot, cold, x.netuid) - alphaBefore.get(x.netuid)!).toBeGreaterThanOrEqual(x.alpha - 1n);
  }, 120_000);
});
