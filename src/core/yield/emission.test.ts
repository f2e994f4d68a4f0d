import { describe, expect, it } from 'vitest';
import { blockEmission, halvingCount, halvingThreshold, MAX_ISSUANCE, nextHalving } from './index.ts';

const TAO = 1_000_000_000n;
const M = 1_000_000n * TAO;

describe('blockEmission (§6.1), integer thresholds', () => {
  it.each<[string, bigint, bigint]>([
    ['0', 0n, 1_000_000_000n],
    ['10.5 M − 1 rao', 10_500_000n * TAO - 1n, 1_000_000_000n],
    ['10.5 M', 10_500_000n * TAO, 500_000_000n], // 1 − 0.5 → log2(2) = 1 exactly
    ['15.75 M − 1 rao', 15_750_000n * TAO - 1n, 500_000_000n],
    ['15.75 M', 15_750_000n * TAO, 250_000_000n],
    ['18.375 M', 18_375_000n * TAO, 125_000_000n],
    ['21 M − 1 rao', MAX_ISSUANCE - 1n, 0n], // k = 54: 10^9 >> 54 = 0
    ['21 M', MAX_ISSUANCE, 0n],
  ])('%s → %s rao per block', (_label, issuance, expected) => {
    expect(blockEmission(issuance)).toBe(expected);
  });
  it('halving count and thresholds', () => {
    expect(halvingCount(10_500_000n * TAO - 1n)).toBe(0);
    expect(halvingCount(10_500_000n * TAO)).toBe(1);
    expect(halvingCount(MAX_ISSUANCE)).toBeNull();
    expect(halvingThreshold(1)).toBe(10_500_000n * TAO);
    expect(halvingThreshold(2)).toBe(15_750_000n * TAO);
    expect(halvingThreshold(3)).toBe(18_375_000n * TAO);
  });
});

describe('nextHalving', () => {
  it('from 10 M TAO at 1 τ/block: 500 000 blocks, 69.4 days', () => {
    const now = Date.UTC(2026, 0, 1);
    const h = nextHalving({ totalIssuance: 10n * M, now });
    expect(h?.thresholdRao).toBe(10_500_000n * TAO);
    expect(h?.blocksLeft).toBe(500_000n);
    expect(h?.eta?.getTime()).toBe(now + 500_000 * 12_000);
    expect(h?.rateAfter).toBe(500_000_000n);
  });
  it('with a measured net rate (recycling slows it) and rounding up', () => {
    const h = nextHalving({ totalIssuance: 10n * M, emissionPerBlock: 300_000_000n, blockTimeMs: 12_000, now: 0 });
    expect(h?.blocksLeft).toBe(1_666_667n); // ceil(5·10^14 / 3·10^8) = ceil(1 666 666.67)
  });
  it('after the first halving the next is 15.75 M at 0.25', () => {
    const h = nextHalving({ totalIssuance: 12n * M, now: 0 });
    expect(h?.thresholdRao).toBe(15_750_000n * TAO);
    expect(h?.blocksLeft).toBe(7_500_000n); // 3.75 M τ / 0.5 τ
    expect(h?.rateAfter).toBe(250_000_000n);
    expect(nextHalving({ totalIssuance: 12n * M, emissionPerBlock: 0n, now: 0 })?.eta).toBeNull();
    expect(nextHalving({ totalIssuance: MAX_ISSUANCE, now: 0 })).toBeNull();
  });
});
