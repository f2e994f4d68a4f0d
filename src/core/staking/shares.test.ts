import { describe, expect, it } from 'vitest';
import {
  i96f32ToRational,
  pickShare,
  safeFloatToRational,
  stakeFromShares,
  u64f64ShareValue,
  u64f64ToRational,
} from './index.ts';

describe('fixed-point decoders', () => {
  it('I96F32 / U64F64 bits to exact rationals', () => {
    expect(i96f32ToRational(3n << 31n)).toEqual({ num: 3n, den: 2n }); // 1.5
    expect(i96f32ToRational((1n << 128n) - (1n << 32n))).toEqual({ num: -1n, den: 1n }); // two's complement −1
    expect(i96f32ToRational(-(1n << 30n))).toEqual({ num: -1n, den: 4n });
    expect(u64f64ToRational(1n << 63n)).toEqual({ num: 1n, den: 2n });
    expect(() => u64f64ToRational(-1n)).toThrow(RangeError);
  });
  it('SafeFloat = mantissa × 10^exponent', () => {
    expect(safeFloatToRational({ mantissa: 5n, exponent: 2 })).toEqual({ num: 500n, den: 1n });
    expect(safeFloatToRational({ mantissa: 5n, exponent: -2n })).toEqual({ num: 1n, den: 20n });
  });
});

describe('stakeFromShares (§4.2)', () => {
  it('SafeFloat shares: floor(T × s / d)', () => {
    // T = 1 000 000 007, share 1/3 of the denominator: 333 333 335.67 → 333 333 335
    const d = { mantissa: 300_000_000_000_000_000_000n, exponent: -20 }; // 3.0
    const s = { mantissa: 100_000_000_000_000_000_000n, exponent: -20 }; // 1.0
    expect(stakeFromShares(1_000_000_007n, s, d)).toBe(333_333_335n);
  });
  it('legacy U64F64 shares', () => {
    // share 0.25, denominator 1.0 → floor(1 000 000 003 / 4) = 250 000 000
    expect(stakeFromShares(1_000_000_003n, { bits: 1n << 62n }, { bits: 1n << 64n })).toBe(250_000_000n);
  });
  it("legacy U64F64 shares are valued with the chain's fixed-point arithmetic, a rao below the exact floor where it truncates", () => {
    // Read off the real spec-293 runtime: the only nominator of a hotkey (share = denominator) is worth one rao
    // less than TotalHotkeyAlpha, and StakeInfoRuntimeApi says the same.
    const bits = 1_183_363_623_931_642_592_626_649_595_618n;
    expect(stakeFromShares(67_494_469_594n, { bits }, { bits })).toBe(67_494_469_593n);
    expect(u64f64ShareValue(67_494_469_594n, bits, bits)).toBe(67_494_469_593n);
    // Same state, other positions: equal to the exact floor there.
    expect(
      u64f64ShareValue(
        10_106_531_479_547n,
        184_467_440_737_095_516_160_000_000_000_000n,
        186_324_160_495_432_906_824_059_270_810_954n,
      ),
    ).toBe(10_005_819_920_528n);
    expect(u64f64ShareValue(5n, 1n << 64n, 0n)).toBe(0n);
  });
  it('mixed representations and zeros', () => {
    expect(stakeFromShares(10n, { bits: 1n << 63n }, { mantissa: 1n, exponent: 0 })).toBe(5n);
    expect(stakeFromShares(10n, { mantissa: 0n, exponent: 0 }, { mantissa: 1n, exponent: 0 })).toBe(0n);
    expect(stakeFromShares(10n, { mantissa: 1n, exponent: 0 }, { bits: 0n })).toBe(0n);
  });
  it('pickShare prefers a nonzero legacy entry', () => {
    const v2 = { mantissa: 1n, exponent: 0 };
    expect(pickShare({ bits: 5n }, v2)).toEqual({ bits: 5n });
    expect(pickShare({ bits: 0n }, v2)).toBe(v2);
    expect(pickShare(undefined, undefined)).toBeNull();
  });
});
