import { formatTao, formatUnits } from '../../../core/amount/format.ts';
import type { Locale } from '../../i18n/index.tsx';

/** Decimal rao string from the background → "1,234.5 τ" (floored: a balance is never overstated). */
export function tao(rao: string, locale: Locale, full = false): string {
  return formatTao(BigInt(rao), { locale, full, decimals: 4 });
}

/** A fee or cost: rounded up so it is never understated. */
export function taoCost(rao: string, locale: Locale, full = false): string {
  return formatTao(BigInt(rao), { locale, full, decimals: 6, round: 'ceil' });
}

export function alpha(amount: string, symbol: string, locale: Locale, full = false): string {
  return formatUnits(BigInt(amount), { locale, symbol, decimals: 4, full });
}

/** rao → the plain decimal a person would type ("12.5"), exact, no grouping and no symbol (for filling inputs). */
export function plainTao(rao: string): string {
  const v = BigInt(rao);
  const int = v / 1_000_000_000n;
  const frac = (v % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}
