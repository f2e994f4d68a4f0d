import { describe, expect, it } from 'vitest';
import { ALICE, BOB, harness, TAO } from './test-helpers.ts';
import { labelKey } from './scenario.ts';
import { blockEmission } from './emission.ts';
import { blocksUntilNextEpoch } from './epoch.ts';
import { FRAC32 } from './fixed.ts';

const V3 = labelKey('validator/3');
const NET = 4;

describe('coinbase', () => {
  it('mints the block emission into subnet accounts, keeping Σ balances = issuance and subnet accounts = SubnetTAO', () => {
    const h = harness();
    const issuance = h.bal.issuance;
    const prices = h.sub.netuids().map((n) => h.sub.price(n));
    h.sub.onInitialize(1);
    const minted = h.bal.issuance - issuance;
    expect(h.sub.lastCoinbase!.blockEmission).toBe(TAO);
    expect(minted).toBe(h.sub.lastCoinbase!.minted);
    expect(minted).toBeLessThanOrEqual(TAO);
    expect(TAO - minted).toBeLessThan(8n); // split dust only
    expect(h.bal.sum()).toBe(h.bal.issuance);
    for (const n of h.sub.netuids()) expect(h.bal.free(h.sub.subnetAccount(n))).toBe(h.sub.view.subnets.get(n)!.taoIn);
    // chain buys only push prices up
    h.sub.netuids().forEach((n, i) => expect(h.sub.price(n)).toBeGreaterThanOrEqual(prices[i]!));
  });

  it('uses the halved emission above 10.5M TAO of issuance', () => {
    const h = harness();
    h.bal.fund(`0x${'11'.repeat(32)}`, 10_500_000n * TAO - h.bal.issuance);
    h.sub.onInitialize(1);
    expect(h.sub.lastCoinbase!.blockEmission).toBe(TAO / 2n);
    expect(blockEmission(h.bal.issuance)).toBe(TAO / 2n);
  });
});

describe('epoch', () => {
  function runTo(h: ReturnType<typeof harness>, to: number, from = 1) {
    for (let b = from; b <= to; b++) h.sub.onInitialize(b);
  }
  /** The first block ≥ from in which the chain runs NET's epoch (tempo 10: blocks 5, 16, 27, …). */
  const epochBlock = (from = 1, tempo = 10): number => {
    let b = from;
    while (blocksUntilNextEpoch(NET, tempo, b) !== 0n) b++;
    return b;
  };

  it('distributes exactly what was pending: dividends + take + owner cut + miner + carried = emission', () => {
    const h = harness();
    const s0 = structuredClone(h.sub.view.subnets.get(NET)!);
    let alphaOutEmitted = 0n;
    const e = epochBlock();
    expect(e).toBe(5);
    for (let b = 1; b <= e; b++) {
      h.sub.onInitialize(b);
      alphaOutEmitted += h.sub.view.subnets.get(NET)!.alphaOutEmission;
    }
    const reports = h.sub.ledger().filter((r) => r.netuid === NET);
    expect(reports).toHaveLength(1);
    const r = reports[0]!;
    const pending = r.pending.ownerCut + r.pending.server + r.pending.validator + r.pending.root;
    // root sell flag on (Σ moving prices > 1), so nothing was recycled: all alpha_out is pending
    expect(pending).toBe(alphaOutEmitted);
    const divs = r.hotkeys.reduce((a, x) => a + x.alphaDivs + x.rootDivs, 0n);
    expect(divs + r.ownerCut + r.miner + r.carried.validator + r.carried.root).toBe(pending);
    // takes + compounded + root claimable add up per hotkey, and the take is Delegates/65535 of both parts
    for (const x of r.hotkeys) {
      expect(x.alphaTake + x.compounded).toBe(x.alphaDivs);
      expect(x.rootTake + x.rootClaimable).toBe(x.rootDivs);
      expect(x.alphaTake).toBe((x.alphaDivs * BigInt(x.take)) / 65535n);
      expect(x.rootTake).toBe((x.rootDivs * BigInt(x.take)) / 65535n);
      expect(x.dust >= 0n && x.dust < 16n).toBe(true);
    }
    // owner cut is SubnetOwnerCut of alpha_out
    expect(r.pending.ownerCut).toBe(BigInt(e) * ((blockEmission(s0.alphaIn + s0.alphaOut) * 11_796n) / 65535n));
    // storage records: AlphaDividendsPerSubnet post-take, TotalHotkeyAlphaLastEpoch after
    const x = r.hotkeys.find((k) => k.hotkey === V3)!;
    expect(h.sub.view.alphaDivs.get(`${V3}:${NET}`)).toBe(x.compounded);
    expect(h.sub.view.lastEpochTotal.get(`${V3}:${NET}`)).toBe(h.sub.view.pools.get(`${V3}:${NET}`)!.total);
    expect(x.compounded).toBeGreaterThan(0n);
  });

  it("a nominator's ledger earnings equal the change of their stake value, over several epochs", () => {
    const h = harness();
    h.sub.dispatch(BOB, 'add_stake', { hotkey: V3, netuid: NET, amount_staked: 500n * TAO });
    const owner = h.sub.view.owner.get(V3)!;
    const bob0 = h.sub.stake(V3, BOB, NET);
    const own0 = h.sub.stake(V3, owner, NET);
    runTo(h, 35);
    const bob1 = h.sub.stake(V3, BOB, NET);
    expect(h.sub.ledger().filter((r) => r.netuid === NET)).toHaveLength(3);
    expect(bob1).toBeGreaterThan(bob0);
    expect(h.sub.earnings(V3, BOB, NET)).toBe(bob1 - bob0);
    expect(h.sub.earnings(V3, owner, NET)).toBe(h.sub.stake(V3, owner, NET) - own0);
    // yield estimator of §6.5 from storage: r = AlphaDividendsPerSubnet / (LastEpoch − divs)
    const divs = h.sub.view.alphaDivs.get(`${V3}:${NET}`)!;
    const last = h.sub.view.lastEpochTotal.get(`${V3}:${NET}`)!;
    expect(divs).toBeGreaterThan(0n);
    expect(last - divs).toBeGreaterThan(0n);
  });

  it('root dividends become claimable and claim_root (Swap) stakes them on root', () => {
    const h = harness();
    const root0 = h.sub.stake(V3, ALICE, 0);
    expect(root0).toBe(0n);
    h.sub.dispatch(ALICE, 'add_stake', { hotkey: V3, netuid: 0, amount_staked: 1_000n * TAO });
    runTo(h, 20);
    const rate = h.sub.view.rootClaimable.get(V3)?.get(NET) ?? 0n;
    expect(rate).toBeGreaterThan(0n);
    const rootStake = h.sub.stake(V3, ALICE, 0);
    const owed = (rate * rootStake) >> FRAC32;
    expect(owed).toBeGreaterThan(500_000n);
    const r = h.sub.dispatch(ALICE, 'claim_root', { subnets: [NET] });
    expect(r.ok).toBe(true);
    expect(h.sub.stake(V3, ALICE, 0)).toBeGreaterThan(rootStake);
    // claiming twice pays nothing more
    const after = h.sub.stake(V3, ALICE, 0);
    h.sub.dispatch(ALICE, 'claim_root', { subnets: [NET] });
    expect(h.sub.stake(V3, ALICE, 0)).toBe(after);
    expect(h.sub.dispatch(ALICE, 'claim_root', { subnets: [] })).toMatchObject({ error: 'InvalidSubnetNumber' });
    expect(h.bal.sum()).toBe(h.bal.issuance);
  });

  it('an epoch moves each pool by exactly take + compounded, and a nominator gains the closed form', () => {
    const h = harness();
    const e = epochBlock();
    runTo(h, e - 1);
    const pools = h.sub.view.pools;
    const owner = h.sub.view.owner.get(V3)!;
    const p0 = structuredClone(pools.get(`${V3}:${NET}`)!);
    const s = h.sub.view.subnets.get(NET)!;
    const ownerPool0 = pools.get(`${s.ownerHotkey}:${NET}`)?.total ?? 0n;
    const minerPool0 = pools.get(`${s.miner}:${NET}`)?.total ?? 0n;
    const before = new Map([...pools].map(([k, p]) => [k, p.total]));
    h.sub.onInitialize(e);
    const r = h.sub.ledger().find((x) => x.netuid === NET)!;
    for (const x of r.hotkeys) {
      const t0 = before.get(`${x.hotkey}:${NET}`) ?? 0n;
      expect(pools.get(`${x.hotkey}:${NET}`)!.total - t0, x.hotkey).toBe(x.alphaTake + x.rootTake + x.compounded);
    }
    expect(pools.get(`${s.ownerHotkey}:${NET}`)!.total - ownerPool0).toBe(r.ownerCut);
    expect(pools.get(`${s.miner}:${NET}`)!.total - minerPool0).toBe(r.miner);
    // Bob (a nominator of V3 on NET in the default scenario): value = floor(T' · s / S') with
    // T' = T + take + compounded and S' = S + floor(take · S / T) (the owner's take mints shares).
    const x = r.hotkeys.find((k) => k.hotkey === V3)!;
    const take = x.alphaTake + x.rootTake;
    const sBob = p0.holders.get(BOB)!;
    const S1 = p0.shares + (take * p0.shares) / p0.total;
    const T1 = p0.total + take + x.compounded;
    const expected = (T1 * sBob) / S1 - (p0.total * sBob) / p0.shares;
    expect(expected).toBeGreaterThan(0n);
    expect(h.sub.earnings(V3, BOB, NET)).toBe(expected);
    expect(owner).not.toBe(BOB);
  });

  it("epochs run on the chain's schedule, every Tempo + 1 blocks, and update LastMechansimStepBlock", () => {
    // blocks_until_next_epoch: the epoch runs where (block + netuid + 1) mod (tempo + 1) = tempo.
    const h = harness((sc) => {
      sc.subnets[NET - 1]!.tempo = 7;
    });
    runTo(h, 21);
    expect(
      h.sub
        .ledger()
        .filter((r) => r.netuid === NET)
        .map((r) => r.block),
    ).toEqual([2, 10, 18]);
    expect(h.sub.view.subnets.get(NET)!.lastStep).toBe(18n);
    expect([1, 2, 3, 9, 10].map((b) => blocksUntilNextEpoch(NET, 7, b))).toEqual([1n, 0n, 7n, 1n, 0n]);
    expect(blocksUntilNextEpoch(NET, 0, 5)).toBe((1n << 64n) - 1n);
  });
});
