import { describe, expect, it } from 'vitest';
import {
  alphaYieldPerEpoch,
  aprFromEpochRate,
  apyFromEpochRate,
  dailyRate,
  epochsIn,
  perDay,
  projectEarnings,
  rootYield,
} from './index.ts';

const TAO = 1_000_000_000n;

describe('§6.5 estimator', () => {
  it('alpha yield per epoch = dividends / (last-epoch total − dividends)', () => {
    // 5 α dividends on a hotkey holding 1 005 α after the epoch → 5 / 1000 = 1/200
    expect(alphaYieldPerEpoch({ alphaDividends: 5n * TAO, totalHotkeyAlphaLastEpoch: 1_005n * TAO })).toEqual({
      num: 1n,
      den: 200n,
    });
    expect(alphaYieldPerEpoch({ alphaDividends: 5n, totalHotkeyAlphaLastEpoch: 5n })).toBeNull();
  });
  it('per day = 7200 / tempo', () => {
    expect(perDay(360)).toEqual({ num: 20n, den: 1n });
    expect(perDay(100)).toEqual({ num: 72n, den: 1n });
    expect(dailyRate({ num: 1n, den: 200n }, 360)).toEqual({ num: 1n, den: 10n });
    expect(() => perDay(0)).toThrow(RangeError);
    expect(epochsIn(30, 360)).toBe(600);
  });
  it('APY with per-epoch compounding (display float)', () => {
    // r = 1/10000 per epoch, 7300 epochs/year: (1.0001)^7300 − 1 = 107.500487…% (50-digit Decimal)
    expect(apyFromEpochRate({ num: 1n, den: 10_000n }, 360)).toBeCloseTo(107.500487, 5);
    expect(aprFromEpochRate({ num: 1n, den: 10_000n }, 360)).toBeCloseTo(73, 9);
  });
  it('projectEarnings compounds in bigint with a floor each period', () => {
    // 100 α at 1% per period, 3 periods: +1 → 101, +1.01 → 102.01, +1.0201 → 103.0301 → earned 3.0301 α
    expect(projectEarnings(100n * TAO, { num: 1n, den: 100n }, 3)).toBe(3_030_100_000n);
    // 1 rao at 1%: every credit floors to 0
    expect(projectEarnings(1n, { num: 1n, den: 100n }, 1000)).toBe(0n);
    expect(projectEarnings(100n * TAO, { num: 1n, den: 100n }, 3, { compound: false })).toBe(3n * TAO);
  });
  it('root yield: Σ dividends × price / root stake', () => {
    // subnet 1: 2 α × 0.5 τ/α = 1 τ; subnet 2: 1 α × 0.25 τ/α = 0.25 τ; root stake 1000 τ → 1.25/1000 = 1/800
    const items = [
      { rootAlphaDividends: 2n * TAO, priceRaoPerAlpha: 500_000_000n },
      { rootAlphaDividends: 1n * TAO, priceRaoPerAlpha: 250_000_000n },
    ];
    expect(rootYield(items, 1_000n * TAO)).toEqual({ num: 1n, den: 800n });
    // per day with tempos 360 and 720: 1 × 20 + 0.25 × 10 = 22.5 τ/day over 1000 τ = 9/400
    const daily = rootYield(
      [
        { ...items[0]!, tempo: 360 },
        { ...items[1]!, tempo: 720 },
      ],
      1_000n * TAO,
    );
    expect(daily).toEqual({ num: 9n, den: 400n });
    expect(rootYield(items, 0n)).toBeNull();
  });
});

describe('projectEarningsOverDays', () => {
  it('compounds once per epoch: 1000 α at 1/200 per epoch, tempo 3600 (2 epochs/day), 1 day', async () => {
    const { projectEarningsOverDays } = await import('./index.ts');
    // 1000 → +5 → 1005 → +5.025 → 1010.025: earned 10.025 α
    expect(projectEarningsOverDays(1_000n * TAO, { num: 1n, den: 200n }, 1, 3600)).toBe(10_025_000_000n);
  });
});
