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

  it('a flow in an epoch block: new shares at the old and new value per share, marked inexact', () => {
    const s = segmentEarnings(st(20, 1_000n, 100n, 1_000n), st(21, 1_210n, 200n, 1_100n, true));
    // 200 shares: worth 200 at the old value per share (1), 220 at the new one (1.1); the flow is the other 100.
    expect(s.earned).toBe(20n);
    expect(s.flow).toBe(100n);
    expect(s.exact).toBe(false);
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
