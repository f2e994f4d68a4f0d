import { describe, expect, it } from 'vitest';
import { checkAddStake, checkRemoveStake, minAddStakeAmount, nominatorSweepThreshold, wouldBeSwept } from './index.ts';

describe('minimum stake (§1.4)', () => {
  it('add needs min + fee(min) and net ≥ min', () => {
    // fee(2 000 000) = floor(66 000 000 / 65535) = 1 007 → 2 001 007; net = 2 001 007 − 1 007 = 2 000 000 ✓
    expect(minAddStakeAmount(33n)).toBe(2_001_007n);
    expect(minAddStakeAmount(0n)).toBe(2_000_000n);
    expect(checkAddStake(2_001_006n, 33n)).toEqual({ ok: false, minAmount: 2_001_007n, problem: 'amount-too-low' });
    expect(checkAddStake(2_001_007n, 33n).ok).toBe(true);
  });
  it('remove: full removal is always fine; partial needs TAO out ≥ min', () => {
    const base = { heldAlpha: 10_000_000n, priceRaoPerAlpha: 1_000_000_000n };
    expect(checkRemoveStake({ ...base, amountAlpha: 10_000_000n, taoOut: 9_000_000n })).toEqual([]);
    expect(checkRemoveStake({ ...base, amountAlpha: 0n, taoOut: 0n })).toEqual(['zero-amount']);
    expect(checkRemoveStake({ ...base, amountAlpha: 11_000_000n, taoOut: 0n })).toEqual(['exceeds-stake']);
    expect(checkRemoveStake({ ...base, amountAlpha: 11_000_000n, taoOut: 9_000_000n, capped: true })).toEqual([]);
    expect(checkRemoveStake({ ...base, amountAlpha: 1_000_000n, taoOut: 999_000n })).toEqual(['amount-too-low']);
    // leaves 1 000 000 alpha rao worth 0.001 τ < 0.002 τ
    expect(checkRemoveStake({ ...base, amountAlpha: 9_000_000n, taoOut: 8_990_000n })).toEqual(['remainder-below-min']);
  });
});

describe('nominator sweep (§1.3)', () => {
  const params = { nominatorMinRequiredStake: 10_000_000n };
  it('threshold = 2 000 000 × 10 000 000 / 10^6 = 20 000 000 rao (0.02 τ)', () => {
    expect(nominatorSweepThreshold(params)).toBe(20_000_000n);
    expect(nominatorSweepThreshold({ nominatorMinRequiredStake: 0n })).toBe(0n);
  });
  it('wouldBeSwept at 0.5 τ/α', () => {
    expect(wouldBeSwept(39_999_999n, 500_000_000n, params)).toBe(true); // worth 19 999 999 rao
    expect(wouldBeSwept(40_000_000n, 500_000_000n, params)).toBe(false); // worth exactly the threshold
    expect(wouldBeSwept(0n, 500_000_000n, params)).toBe(false);
    expect(wouldBeSwept(1n, 500_000_000n, { ...params, isHotkeyOwner: true })).toBe(false);
    expect(wouldBeSwept(1n, 500_000_000n, { nominatorMinRequiredStake: 0n })).toBe(false);
    expect(
      checkRemoveStake({
        heldAlpha: 100_000_000n,
        amountAlpha: 70_000_000n,
        taoOut: 35_000_000n,
        priceRaoPerAlpha: 500_000_000n,
        sweep: params,
      }),
    ).toEqual(['remainder-swept']);
  });
});
