// Projected rates against a hand calculation of facts §6.5, and the share-history arithmetic.
import { describe, expect, it } from 'vitest';
import { rational } from '../../../core/amount/rational.ts';
import { earningsSince, segmentEarnings, type ShareState } from '../../../core/yield/shares-history.ts';
import { addSnapshot, MAX_SNAPSHOTS, type Snapshot } from './snapshots.ts';
import { alphaProjected, dayEarnings, decimalRat, ratDecimal, rootProjected } from './projected-math.ts';

describe('projected yield (§6.5)', () => {
  it('alpha nominators: r = divs / (lastTotal − divs), per day × 7200 / tempo', () => {
    // Hand calculation: a validator whose pool held 1,000,000 α before an epoch that paid it 100 α net
    // of take: r = 100 / 1,000,000 = 0.0001 per epoch; tempo 360 → 20 epochs a day → 0.002 a day.
    const r = alphaProjected({
      hotkey: 'h',
      netuid: 3,
      alphaDividends: 100_000_000_000n,
      totalHotkeyAlphaLastEpoch: 1_000_100_000_000_000n,
      tempo: 360,
      take: 11_796,
    })!;
    expect(r.epochRate).toBe('0.0001');
    expect(r.dailyRate).toBe('0.002');
    // APY compounding 7300 epochs a year: (1.0001)^7300 − 1.
    expect(r.apy).toBeCloseTo((Math.pow(1.0001, 7300) - 1) * 100, 6);
    // On 1,000 α: 20 epochs compounding, each credit floored as the chain does.
    let b = 1_000_000_000_000n;
    for (let i = 0; i < 20; i++) b += (b * 1n) / 10_000n;
    expect(dayEarnings(1_000_000_000_000n, r)).toBe(b - 1_000_000_000_000n);
    expect(dayEarnings(1_000_000_000_000n, r)).toBe(2_001_901_140n);
  });

  it("per day counts the blocks the last epoch covered, not today's Tempo (set_tempo, triggered or skipped epochs)", () => {
    // The last epoch paid 100 α on 1,000,000 α after 3,600 blocks (tempo was just set to 360): 2 epochs' worth a day.
    const r = alphaProjected({
      hotkey: 'h',
      netuid: 3,
      alphaDividends: 100_000_000_000n,
      totalHotkeyAlphaLastEpoch: 1_000_100_000_000_000n,
      tempo: 360,
      take: 0,
      interval: 3_600,
    })!;
    expect(r.dailyRate).toBe('0.0002');
    expect(r.interval).toBe(3_600);
  });

  it("an epoch longer than a day (tempo 50,400) pays a day's share of itself per day, not the whole epoch", () => {
    // 0.7 % per 7-day epoch on 1,000 α: 1 α a day.
    const r = alphaProjected({
      hotkey: 'h',
      netuid: 9,
      alphaDividends: 7_000_000_000n,
      totalHotkeyAlphaLastEpoch: 1_007_000_000_000n,
      tempo: 50_400,
      take: 0,
    })!;
    expect(r.dailyRate).toBe('0.001');
    expect(dayEarnings(1_000_000_000_000n, r)).toBe(1_000_000_000n);
  });

  it('is null without a stake base or a tempo', () => {
    expect(
      alphaProjected({
        hotkey: 'h',
        netuid: 1,
        alphaDividends: 5n,
        totalHotkeyAlphaLastEpoch: 5n,
        tempo: 360,
        take: 0,
      }),
    ).toBeNull();
    expect(
      alphaProjected({ hotkey: 'h', netuid: 1, alphaDividends: 5n, totalHotkeyAlphaLastEpoch: 50n, tempo: 0, take: 0 }),
    ).toBeNull();
  });

  it('root stakers: Σ root dividends × price × 7200/tempo over the root stake, per day', () => {
    // Subnet 1: 10 α at 0.5 τ, tempo 360 (20/day) → 100 τ/day; subnet 2: 4 α at 2 τ, tempo 720 (10/day) → 80 τ/day.
    // Root stake 18,000 τ → 180 / 18,000 = 0.01 a day.
    const r = rootProjected(
      'h',
      [
        { rootAlphaDividends: 10_000_000_000n, priceRaoPerAlpha: 500_000_000n, tempo: 360 },
        { rootAlphaDividends: 4_000_000_000n, priceRaoPerAlpha: 2_000_000_000n, tempo: 720 },
      ],
      18_000_000_000_000n,
      0,
    )!;
    expect(r.dailyRate).toBe('0.01');
    expect(dayEarnings(1_000_000_000_000n, r)).toBe(10_000_000_000n);
  });

  it('decimal strings round-trip exactly', () => {
    expect(decimalRat(ratDecimal(rational(1n, 8n)))).toEqual(rational(1n, 8n));
    expect(ratDecimal(rational(-3n, 2n))).toBe('-1.5');
  });
});

describe('earnings from share states', () => {
  const st = (block: number, total: bigint, share: bigint, denom: bigint, epoch = false): ShareState => ({
    block,
    total,
    share: rational(share),
    denom: rational(denom),
    epoch,
  });

  it('same shares: every change of value is yield; a flow block without an epoch is all flow', () => {
    const states = [
      st(10, 1_000n, 100n, 1_000n),
      st(20, 1_100n, 100n, 1_000n, true),
      st(21, 1_210n, 200n, 1_100n),
      st(30, 1_331n, 200n, 1_100n, true),
    ];
    const r = earningsSince(states, 10)!;
    // 100 → 110 (epoch), +110 stake at the same value per share, 220 → 242 (epoch).
    expect(r.earned).toBe(10n + 22n);
    expect(r.flows).toEqual([{ block: 21, deltaAlpha: 110n }]);
    expect(r.exact).toBe(true);
  });

  it('a flow in an epoch block: the epoch runs first (on_initialize), then the flow buys shares at the new value', () => {
    // Before: 1,000 α in the pool, 1,000 shares; the position holds 100 (worth 100). The epoch pays the pool 100 α
    // (1.1 α a share: the position now worth 110), then the block's stake of 110 α buys 100 shares at 1.1.
    const s = segmentEarnings(st(20, 1_000n, 100n, 1_000n), st(21, 1_210n, 200n, 1_100n, true));
    expect(s.earned).toBe(10n); // the position's 100 shares, 100 → 110
    expect(s.flow).toBe(110n); // the stake, at the after-epoch value per share
    expect(s.exact).toBe(false); // one rao of share rounding
  });

  it("on the person's own hotkey only the subnet's epoch block mints income; any other share change is a flow", () => {
    const own = new Set<number>(); // no transaction of this wallet in these blocks
    // A 2,000 α stake from btcli (or a Keep auto-claim) in a block without the epoch: a flow, not 2,000 α earned.
    const btcli = segmentEarnings(st(40, 10_000n, 1_000n, 10_000n), st(41, 12_000n, 3_000n, 12_000n), own);
    expect(btcli).toEqual({ earned: 0n, flow: 2_000n, exact: true });
    // The epoch block: take, owner cut and incentive paid in new shares, all of it income.
    const epoch = segmentEarnings(st(50, 10_000n, 1_000n, 10_000n), st(51, 10_500n, 1_400n, 10_400n, true), own);
    expect(epoch.earned).toBe(1_413n - 1_000n);
    expect(epoch.flow).toBe(0n);
    // Samples further apart with a change between them: not known to be income, so not exact.
    expect(segmentEarnings(st(50, 10_000n, 1_000n, 10_000n), st(90, 12_000n, 3_000n, 12_000n), own).exact).toBe(false);
  });
});

describe('snapshots', () => {
  it('are bounded: the last 48, then one per day', () => {
    let list: Snapshot[] = [];
    for (let b = 0; b < 7200 * 40; b += 300) list = addSnapshot(list, { block: b, at: b, states: {} });
    expect(list.length).toBeLessThanOrEqual(MAX_SNAPSHOTS);
    expect(list[0]!.block).toBe(7200 * 40 - 300);
    expect(new Set(list.slice(48).map((s) => Math.floor(s.block / 7200))).size).toBe(list.length - 48);
  });
});
