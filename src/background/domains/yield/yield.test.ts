// Realised yield on the devnet, driven through the contract like the popup: after several epochs the
// earnings the wallet shows for //Bob's position equal the devnet ledger's ground truth to the rao, and a
// stake Bob adds (outside the wallet) in the middle of the window is a flow, not yield.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata } from '../../../../devnet/index.ts';
import { defaultScenario, type Subtensor } from '../../../../devnet/subtensor/index.ts';
import { ALICE_PHRASE, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import type { YieldView } from '../../../protocol/domains/yield-values.ts';
import { owedRootAlpha } from '../../../../devnet/subtensor/root-rates.ts';
import { blocksUntilNextEpoch } from '../../../../devnet/subtensor/epoch.ts';

const TAO = 1_000_000_000n;
const hex = (ss58: string) => u8aToHex(decodeAddress(ss58));

describe('realised yield on the devnet equals the ledger', () => {
  let devnet: Devnet;
  let bg: Background;
  let api: ApiPromise;
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
    bob = imported.address;
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url, 1_000),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    await api.isReady;
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  it('epoch, day and whole-window earnings match the ledger to the rao; a stake added mid-window is a flow', async () => {
    const portfolio = await until(async () => {
      const v = await bg.api.send('pri(portfolio.refresh)', null);
      return v.accounts.find((a) => a.address === bob)?.positions.length ? v : null;
    });
    const pos = portfolio.accounts.find((a) => a.address === bob)!.positions.find((p) => p.netuid !== 0)!;
    const netuid = pos.netuid;
    const subnet = () => sub().view.subnets.get(netuid)!;
    devnet.produceBlocks(25);
    // Bob adds 5 TAO in a block that runs no epoch on the subnet, from outside the wallet (no hint: bisection finds it).
    while (blocksUntilNextEpoch(netuid, subnet().tempo, devnet.chain.head.number + 1) === 0n) devnet.produceBlock();
    const before = sub().stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid);
    const tx = api.tx['subtensorModule']!['addStake']!(pos.hotkey, netuid, 5n * TAO);
    await new Promise<void>((resolve, reject) => {
      tx.signAndSend(new Keyring({ type: 'sr25519' }).addFromUri('//Bob'), (r) => {
        if (r.status.isInBlock || r.status.isFinalized) resolve();
      }).catch(reject);
    });
    const flow = sub().stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid) - before;
    expect(flow).toBeGreaterThan(0n);
    // Alice stakes 7 TAO on her OWN validator hotkey from outside the wallet, in a block without that subnet's epoch:
    // a flow, not income (only the epoch block mints take, owner cut and incentive), checked against the ledger below.
    const own = defaultScenario().validators[0]!;
    const ownNet = own.registrations[0]!;
    while (blocksUntilNextEpoch(ownNet, sub().view.subnets.get(ownNet)!.tempo, devnet.chain.head.number + 1) === 0n)
      devnet.produceBlock();
    await new Promise<void>((resolve, reject) => {
      api.tx['subtensorModule']!['addStake']!(encodeAddress(own.hotkey, 42), ownNet, 7n * TAO)
        .signAndSend(new Keyring({ type: 'sr25519' }).addFromUri('//Alice'), (r) => {
          if (r.status.isInBlock || r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    devnet.produceBlocks(35);

    const view: YieldView = await bg.api.send('pri(yield.get)', null);
    const head = devnet.chain.head.number;
    expect(view.block).toBe(head);
    const y = view.positions.find((p) => p.account === bob && p.hotkey === pos.hotkey && p.netuid === netuid)!;
    expect(y.realised).not.toBeNull();
    expect(y.source).toBe('archive');
    expect(y.exact).toBe(true);
    const ledger = (from: number, to: number) =>
      sub().earnings(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid, from, to);
    const day = y.realised!.find((w) => w.window === 'day')!;
    expect(day.fromBlock).toBe(0);
    expect(day.complete).toBe(false);
    expect(BigInt(day.alpha)).toBe(ledger(1, head));
    expect(BigInt(day.alpha)).toBeGreaterThan(0n);
    expect(BigInt(day.flows)).toBe(flow);
    const epoch = y.realised!.find((w) => w.window === 'epoch')!;
    expect(epoch.toBlock).toBe(head);
    expect(BigInt(epoch.alpha)).toBe(ledger(epoch.fromBlock + 1, head));
    expect(BigInt(epoch.alpha)).toBeGreaterThan(0n);
    expect(y.alpha).toBe(
      sub()
        .stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid)
        .toString(),
    );
    expect(y.chart.length).toBeGreaterThan(10);
    expect(y.chart[y.chart.length - 1]!.alpha).toBe(y.alpha);
    expect(y.projected).not.toBeNull();
    expect(view.archiveQueries).toBeGreaterThan(0);
    // Every subnet position matches the ledger: Bob's nominations, and Alice's own hotkeys (validator 1's
    // take and subnet 1's owner cut, paid to her in new shares every epoch: income, not flows).
    const checked = view.positions.filter((x) => x.netuid !== 0 && x.realised);
    expect(checked.filter((x) => x.account !== bob).length).toBeGreaterThanOrEqual(2);
    for (const p of checked) {
      expect(BigInt(p.realised!.find((w) => w.window === 'day')!.alpha)).toBe(
        sub().earnings(hex(p.hotkey) as `0x${string}`, hex(p.account) as `0x${string}`, p.netuid, 1, head),
      );
    }
  }, 120_000);

  it('root stake: what it earned is the growth of the claimable rates × stake, claimed or not; owed matches the ledger', async () => {
    const view: YieldView = await bg.api.send('pri(yield.get)', null);
    const root = view.positions.find((p) => p.account === bob && p.netuid === 0)!;
    expect(root).toBeDefined();
    const [hot, cold] = [hex(root.hotkey) as `0x${string}`, hex(bob) as `0x${string}`];
    const stake = sub().stake(hot, cold, 0);
    expect(root.alpha).toBe(stake.toString());
    // Owed now, per subnet, equals the devnet's ledger; valued at each subnet's spot price.
    const owedInLedger = (rootStake: bigint) =>
      [...(sub().view.rootClaimable.get(hot)?.keys() ?? [])]
        .map((n) => ({ netuid: n, alpha: owedRootAlpha(sub().view, n, hot, cold, rootStake) }))
        .filter((x) => x.alpha > 0n)
        .sort((a, b) => a.netuid - b.netuid);
    const ledger = owedInLedger(stake);
    expect(ledger.length).toBeGreaterThan(0);
    expect(root.rootOwed!.subnets.map((x) => ({ netuid: x.netuid, alpha: BigInt(x.alpha) }))).toEqual(ledger);
    const atSpot = ledger.reduce((s, x) => s + (x.alpha * sub().price(x.netuid)) / TAO, 0n);
    expect(BigInt(root.rootOwed!.tao)).toBe(atSpot);
    // Nothing was claimed and the chain began with no dividends: the 24 h figure is exactly what is owed.
    const day = root.realised!.find((w) => w.window === 'day')!;
    expect(day.fromBlock).toBe(0);
    expect(BigInt(day.tao)).toBe(atSpot);
    expect(BigInt(day.tao)).toBeGreaterThan(0n);
    expect(root.exact).toBe(true);
    expect(view.totals.find((t) => t.account === bob && t.hotkey === root.hotkey)).toBeDefined();
    // Root dividends are every subnet's alpha: they do not halve at the TAO halving, so no such figure is shown.
    const explained = await bg.api.send('pri(yield.explain)', { hotkey: root.hotkey, netuid: 0, account: bob });
    expect(explained.afterHalvingDay).toBeNull();

    // Bob claims (Swap: the alpha is sold for TAO and staked on root). Owed drops; what was earned does not.
    // Amounts below RootClaimableThreshold (the metadata's default: 500,000 alpha rao) are skipped by the chain,
    // and the wallet says which subnets are worth claiming.
    expect(root.rootOwed!.subnets.map((x) => x.claimable)).toEqual(ledger.map((x) => x.alpha >= 500_000n));
    const claimSubnets = root
      .rootOwed!.subnets.filter((x) => x.claimable)
      .slice(0, 5)
      .map((x) => x.netuid);
    expect(claimSubnets.length).toBeGreaterThan(0);
    await new Promise<void>((resolve, reject) => {
      api.tx['subtensorModule']!['claimRoot']!(claimSubnets)
        .signAndSend(new Keyring({ type: 'sr25519' }).addFromUri('//Bob'), (r) => {
          if (r.status.isInBlock || r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    expect(sub().stake(hot, cold, 0)).toBeGreaterThan(stake);
    const after: YieldView = await bg.api.send('pri(yield.get)', null);
    const claimed = after.positions.find((p) => p.account === bob && p.netuid === 0)!;
    const ledgerAfter = owedInLedger(sub().stake(hot, cold, 0));
    expect(claimed.rootOwed!.subnets.map((x) => ({ netuid: x.netuid, alpha: BigInt(x.alpha) }))).toEqual(ledgerAfter);
    // Only what accrued after the claim is owed on the claimed subnets (a block may have paid some since).
    for (const n of claimSubnets) {
      const before = ledger.find((x) => x.netuid === n)!.alpha;
      expect(ledgerAfter.find((x) => x.netuid === n)?.alpha ?? 0n).toBeLessThan(before);
    }
    const dayAfter = claimed.realised!.find((w) => w.window === 'day')!;
    expect(BigInt(dayAfter.tao)).toBeGreaterThanOrEqual(BigInt(day.tao));
    // The stake changed inside the window (the claim added to it): the figure uses the smaller stake and says so.
    expect(claimed.exact).toBe(false);
  }, 120_000);
});
