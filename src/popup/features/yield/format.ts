import { formatUnits } from '../../../core/amount/format.ts';
import type { Locale } from '../../i18n/index.tsx';

/** A display percentage: two decimals, grouped; huge figures (devnet tempos) capped in words. */
export function percent(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1e6) return '>1,000,000%';
  return `${value.toLocaleString(locale, { maximumFractionDigits: 2 })}%`;
}

/** A decimal fraction string ("0.00123") as a percentage with up to 4 decimals. */
export function fractionPercent(fraction: string, locale: Locale): string {
  return percent(Number(fraction) * 100, locale);
}

/** An alpha (or root TAO) amount with the subnet's symbol; signed amounts keep their sign. */
export function units(amount: string, symbol: string, locale: Locale, decimals = 6): string {
  return formatUnits(BigInt(amount), { locale, symbol, decimals });
}
