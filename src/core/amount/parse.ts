import { DECIMALS, U64_MAX } from './constants.ts';
import { AmountError } from './errors.ts';

export interface ParseOptions {
  /** Decimal places of the unit (default 9 for TAO and alpha). */
  decimals?: number;
  /** Largest accepted result in the smallest unit (default u64::MAX, the chain's balance type). */
  max?: bigint;
}

/** Integer part: plain digits, or 1–3 digits followed by ",ddd" groups. Fraction: digits. */
const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Parses a decimal string into the smallest unit, exactly (no floats).
 * Accepts "1", "1.5", ".5", "1.", "1,234.5" (thousands groups must be well formed), surrounding
 * whitespace and full-width digits/punctuation (NFKC, as a Chinese IME may type them).
 * Refuses, with an AmountError code: 'empty'; 'negative' ("-1"); 'invalid' ("1e9", "NaN", "0x10",
 * "+1", "1,23", "1 000", "."); 'too-many-decimals' (more than `decimals` places, even if the extra
 * places are zeros, so the rule the person reads is simple); 'too-large' (above `max`).
 */
export function parseUnits(input: string, opts: ParseOptions = {}): bigint {
  const decimals = opts.decimals ?? DECIMALS;
  const max = opts.max ?? U64_MAX;
  const s = input.normalize('NFKC').trim();
  if (s === '') throw new AmountError('empty', input);
  if (/^[-−]/.test(s)) {
    // Only call it "negative" when the rest is a number; "-abc" is simply invalid.
    const rest = s.slice(1).trim();
    throw new AmountError(PLAIN.test(rest) || GROUPED.test(rest) ? 'negative' : 'invalid', input);
  }
  const m = PLAIN.exec(s) ?? GROUPED.exec(s);
  if (!m) throw new AmountError('invalid', input);
  const intPart = (m[1] ?? '').replaceAll(',', '');
  const fracPart = m[2] ?? '';
  if (intPart === '' && fracPart === '') throw new AmountError('invalid', input);
  if (fracPart.length > decimals) throw new AmountError('too-many-decimals', input);
  const value = BigInt((intPart || '0') + fracPart.padEnd(decimals, '0'));
  if (value > max) throw new AmountError('too-large', input);
  return value;
}

/** TAO string → rao. */
export function parseTao(input: string, opts: ParseOptions = {}): bigint {
  return parseUnits(input, opts);
}

/** Alpha string → alpha rao (alpha also has 9 decimals). */
export function parseAlpha(input: string, opts: ParseOptions = {}): bigint {
  return parseUnits(input, opts);
}

/** Non-throwing variant for form validation. */
export function tryParseTao(
  input: string,
  opts: ParseOptions = {},
): { ok: true; value: bigint } | { ok: false; code: AmountError['code'] } {
  try {
    return { ok: true, value: parseUnits(input, opts) };
  } catch (e) {
    if (e instanceof AmountError) return { ok: false, code: e.code };
    throw e;
  }
}
