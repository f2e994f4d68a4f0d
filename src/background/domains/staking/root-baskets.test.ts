// Root Reborn's claims through the background against the current-runtime devnet: the per-validator view computes
// what the devnet's own model of the chain pays (devnet/subtensor/root-baskets.ts), "claim all" is one batch_all of
// claim_root_with_hotkey that lands every payout on root, and a claim that would pay nothing is refused with a
// sentence before anything is signed.
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../../../devnet/chain/metadata-current.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import { defaultScenario, Subtensor } from '../../../../devnet/subtensor/index.ts';
import { basketPayout } from '../../../../devnet/subtensor/root-baskets.ts';
import type { StakeRequest, StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { ALICE_PHRASE, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const hex = (ss58: string) => u8aToHex(decodeAddress(ss58));
const scenario = defaultScenario();

describe('Root Reborn claims per validator (background, current-runtime devnet)', () => {
  let devnet: Devnet;
  let bg: Background;
  let bobId: string;
  let bob: string;
  const sub = (): Subtensor => {
    const econ = devnet.chain.ctx.econ;
    if (!(econ instanceof Subtensor)) throw new Error('the devnet runs no Subtensor model');
    return econ;
  };
  beforeAll(async () => {
    ({ devnet, bg } = await devnetAndWallet({
      metadata: metadataCurrent(),
      scenario: { subtensor: { ...scenario, params: { ...scenario.params, rootClaimableThreshold: '100000' } } },
    }));
    const imported = await bg.api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      derivationPath: '//Bob',
      name: 'Bob',
      type: 'sr25519',
    });
    [bobId, bob] = [imported.id, imported.address];
    devnet.produceBlocks(60);
  }, 120_000);
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  it('shows the payouts the chain would make, claims all in one batch_all, refuses a claim that pays nothing', async () => {
    const state = await bg.api.send('pri(staking.rootBaskets)', { accountId: bobId });
    expect(state.available).toBe(true);
    expect(state.threshold).toBe('100000');
    // Bob nominates three validators on root (default scenario): each basket, paying what the model pays.
    expect(state.baskets).toHaveLength(3);
    for (const b of state.baskets) {
      expect(b.payout).toBe(basketPayout(sub().view, hex(b.hotkey), hex(bob)).toString());
      expect(b.claimable).toBe(BigInt(b.payout) >= 100_000n);
      // Default weights: all of each basket is TAO in its root slot, worth itself.
      expect(b.holdings.map((h) => [h.netuid, h.alpha === h.tao])).toEqual([[0, true]]);
    }
    const claimable = state.baskets.filter((b) => b.claimable);
    expect(claimable.length).toBeGreaterThan(1);

    const req: StakeRequest = {
      accountId: bobId,
      op: { op: 'claimRootBaskets', hotkeys: claimable.map((b) => b.hotkey) },
    };
    const preview = await bg.api.send('pri(staking.prepare)', req);
    expect(preview.calls).toEqual(['utility.batchAll', ...claimable.map(() => 'subtensorModule.claimRootWithHotkey')]);
    const rootBefore = claimable.map((b) => BigInt(b.rootStake));
    const sent = await bg.api.send('pri(staking.send)', req);
    const done = await until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find(
        (r: StakeTxRecord) => r.id === sent.id && r.status !== 'submitted' && r.status !== 'inBlock',
      ),
    );
    expect(done.status).toBe('finalized');
    // Each payout is now root stake with its validator (at least what was shown: an epoch may add a little).
    claimable.forEach((b, i) => {
      const now = sub().stake(hex(b.hotkey), hex(bob), 0);
      expect(now - rootBefore[i]!).toBeGreaterThanOrEqual(BigInt(b.payout));
    });

    // Claimed: a second claim from the first validator would pay nothing, and is refused before signing.
    await expect(
      bg.api.send('pri(staking.prepare)', {
        accountId: bobId,
        op: { op: 'claimRootBaskets', hotkeys: [claimable[0]!.hotkey] },
      }),
    ).rejects.toThrow(
      /^(This account has nothing to claim from that validator\.|What this validator owes you \([\d.,]+ τ\) is below the chain's smallest claim \(0\.0001 τ\): a claim now would pay nothing\.)$/,
    );
  });
});
