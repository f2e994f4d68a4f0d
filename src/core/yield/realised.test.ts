import { describe, expect, it } from 'vitest';
import { annualisedFromRealised, realisedEarnings, realisedRate } from './index.ts';

const TAO = 1_000_000_000n;

describe('realised yield from snapshots and own flows', () => {
  // 100 α at block 1000; the person stakes +50 α at block 1500; 155 α at block 2000.
  const snapshots = [
    { block: 2000, alpha: 155n * TAO },
    { block: 1000, alpha: 100n * TAO },
  ];
  const flows = [{ block: 1500, deltaAlpha: 50n * TAO }];

  it('earned = change − net flows (a stake in the middle is not yield)', () => {
    expect(realisedEarnings(snapshots, flows)).toBe(5n * TAO);
  });
  it('flows at the first snapshot block are already inside it; at the last block they count', () => {
    expect(realisedEarnings(snapshots, [{ block: 1000, deltaAlpha: 7n * TAO }])).toBe(55n * TAO);
    expect(realisedEarnings(snapshots, [{ block: 2000, deltaAlpha: 55n * TAO }])).toBe(0n);
    expect(realisedEarnings(snapshots, [{ block: 2001, deltaAlpha: 55n * TAO }])).toBe(55n * TAO);
  });
  it('no history → null, never 0', () => {
    expect(realisedEarnings([{ block: 1, alpha: 1n }], [])).toBeNull();
    expect(realisedEarnings([], [])).toBeNull();
  });
  it('Modified Dietz rate: 5 / (100 + 50 × 500/1000) = 5/125 = 1/25', () => {
    const r = realisedRate(snapshots, flows);
    expect(r).toEqual({ rate: { num: 1n, den: 25n }, blocks: 1000 });
  });
  it('annualised with compounding (display float)', () => {
    // 1% over 7200 blocks (one day) → 1.01^365 − 1 = 3 678.34 %
    const r = realisedRate(
      [
        { block: 0, alpha: 100n * TAO },
        { block: 7200, alpha: 101n * TAO },
      ],
      [],
    );
    expect(annualisedFromRealised(r!)).toBeCloseTo(3678.34, 1);
  });
});
