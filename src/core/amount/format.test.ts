import { describe, expect, it } from 'vitest';
import { formatAlpha, formatPrice, formatTao } from './index.ts';

describe('formatTao', () => {
  it.each<[bigint, Parameters<typeof formatTao>[1], string]>([
    [0n, {}, '0 τ'],
    [1_000_000_000n, {}, '1 τ'],
    [1_500_000_000n, {}, '1.5 τ'],
    [1_234_567_890_000_000n, {}, '1,234,567.89 τ'],
    [1_234_567_891_234n, {}, '1,234.5678 τ'], // floor at 4 decimals: 1234.567891234 → 1234.5678
    [1_234_567_891_234n, { full: true }, '1,234.567891234 τ'],
    [1_234_567_891_234n, { decimals: 2 }, '1,234.56 τ'],
    [1_234_567_891_234n, { decimals: 0 }, '1,234 τ'],
    [137_050n, {}, '0.0001 τ'], // 0.00013705 floored at 4 decimals
    [50_000n, {}, '<0.0001 τ'], // 0.00005: a nonzero amount is never shown as 0
    [137_050n, { round: 'ceil' }, '0.0002 τ'], // fees round up, never understated
    [137_050n, { decimals: 6 }, '0.000137 τ'],
    [137_050n, { decimals: 6, round: 'ceil' }, '0.000138 τ'], // fees round up, never hidden
    [1n, { decimals: 6 }, '<0.000001 τ'],
    [1n, { decimals: 6, round: 'ceil' }, '0.000001 τ'],
    [1n, { full: true }, '0.000000001 τ'],
    [1n, { decimals: 0 }, '<1 τ'],
    [-1_500_000_000n, {}, '-1.5 τ'],
    [1_500_000_000n, { sign: 'always' }, '+1.5 τ'],
    [1_500_000_000n, { symbol: '' }, '1.5'],
    [1_500_000_000n, { symbol: 'testTAO' }, '1.5 testTAO'],
    [1_234_500_000_000n, { locale: 'zh-CN' }, '1,234.5 τ'],
    [18_446_744_073_709_551_615n, { full: true }, '18,446,744,073.709551615 τ'],
  ])('%s %j → %s', (rao, opts, expected) => {
    expect(formatTao(rao, opts)).toBe(expected);
  });

  it('ceil rounding carries into the integer part', () => {
    expect(formatTao(1_999_999_999n, { decimals: 2, round: 'ceil' })).toBe('2 τ');
  });
});

describe('formatAlpha / formatPrice', () => {
  it('uses the subnet symbol', () => {
    expect(formatAlpha(4_918_670_924n, 'ב')).toBe('4.9186 ב');
    expect(formatAlpha(4_918_670_924n, undefined, { full: true })).toBe('4.918670924 α');
  });
  it('prices in τ per alpha at full precision', () => {
    expect(formatPrice(1_234_567n, 'α')).toBe('0.001234567 τ/α');
  });
});
