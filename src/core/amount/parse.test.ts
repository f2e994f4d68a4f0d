import { describe, expect, it } from 'vitest';
import { AmountError, parseTao, tryParseTao, U64_MAX } from './index.ts';

describe('parseTao accepts', () => {
  it.each([
    ['1', 1_000_000_000n],
    ['1.5', 1_500_000_000n],
    ['.5', 500_000_000n],
    ['1.', 1_000_000_000n],
    ['0', 0n],
    ['0.000000001', 1n],
    ['  42  ', 42_000_000_000n],
    ['1,234.5', 1_234_500_000_000n],
    ['1,234,567', 1_234_567_000_000_000n],
    ['007', 7_000_000_000n],
    ['１２.５', 12_500_000_000n], // full-width digits from an IME (NFKC)
    ['18446744073.709551615', U64_MAX], // exactly u64::MAX rao
    ['123456789.123456789', 123_456_789_123_456_789n],
  ])('%j → %s rao', (input, rao) => {
    expect(parseTao(input)).toBe(rao);
  });
});

describe('parseTao refuses with a code', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-1', 'negative'],
    ['-0.5', 'negative'],
    ['−1', 'negative'], // unicode minus
    ['-abc', 'invalid'],
    ['1e9', 'invalid'],
    ['1E-3', 'invalid'],
    ['NaN', 'invalid'],
    ['Infinity', 'invalid'],
    ['0x10', 'invalid'],
    ['+1', 'invalid'],
    ['.', 'invalid'],
    ['1.2.3', 'invalid'],
    ['1,23', 'invalid'],
    ['1234,567', 'invalid'],
    ['1 000', 'invalid'],
    ['1.5,0', 'invalid'],
    ['abc', 'invalid'],
    ['1.0000000001', 'too-many-decimals'],
    ['0.0000000000', 'too-many-decimals'],
    ['18446744073.709551616', 'too-large'], // u64::MAX + 1 rao
    ['99999999999', 'too-large'],
  ])('%j → %s', (input, code) => {
    let caught: unknown;
    try {
      parseTao(input);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AmountError);
    expect((caught as AmountError).code).toBe(code);
  });

  it('honours a custom max (e.g. the transferable balance)', () => {
    expect(parseTao('1', { max: 1_000_000_000n })).toBe(1_000_000_000n);
    expect(tryParseTao('1.000000001', { max: 1_000_000_000n })).toEqual({ ok: false, code: 'too-large' });
    expect(tryParseTao('2')).toEqual({ ok: true, value: 2_000_000_000n });
  });
});
