import { describe, expect, it } from 'vitest';
import {
  alphaToTao,
  ceilDiv,
  floorDiv,
  isqrt,
  mulDivCeil,
  mulDivFloor,
  rational,
  ratToNumber,
  taoToAlpha,
} from './index.ts';

describe('mulDiv', () => {
  it('floors and ceils exactly', () => {
    expect(mulDivFloor(10n, 10n, 3n)).toBe(33n);
    expect(mulDivCeil(10n, 10n, 3n)).toBe(34n);
    expect(mulDivCeil(9n, 10n, 3n)).toBe(30n);
    // u64::MAX × u64::MAX / u64::MAX has no overflow with bigint
    const m = 18_446_744_073_709_551_615n;
    expect(mulDivFloor(m, m, m)).toBe(m);
  });
  it('handles signs like mathematical floor/ceil', () => {
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(ceilDiv(-7n, 2n)).toBe(-3n);
    expect(floorDiv(7n, -2n)).toBe(-4n);
    expect(ceilDiv(7n, 2n)).toBe(4n);
  });
  it('throws on zero divisor', () => {
    expect(() => mulDivFloor(1n, 1n, 0n)).toThrow(RangeError);
  });
  it('isqrt', () => {
    expect(isqrt(0n)).toBe(0n);
    expect(isqrt(15n)).toBe(3n);
    expect(isqrt(16n)).toBe(4n);
    expect(isqrt(10n ** 40n + 1n)).toBe(10n ** 20n);
  });
});

describe('alpha ↔ TAO at a price in rao per alpha', () => {
  it('converts at 0.5 τ/α', () => {
    expect(alphaToTao(3n, 500_000_000n)).toBe(1n); // 1.5 → floor 1
    expect(alphaToTao(3n, 500_000_000n, 'ceil')).toBe(2n);
    expect(taoToAlpha(1_000_000_000n, 500_000_000n)).toBe(2_000_000_000n);
    expect(taoToAlpha(1n, 3_000_000_000n)).toBe(0n);
    expect(taoToAlpha(1n, 3_000_000_000n, 'ceil')).toBe(1n);
  });
  it('rationals reduce and convert for display only', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(ratToNumber(rational(1n, 3n))).toBeCloseTo(0.333333333333, 12);
  });
});
