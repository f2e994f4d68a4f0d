import { formatTao, formatUnits } from '../../../core/amount/format.ts';
import type { Locale } from '../../i18n/index.tsx';

/** Parts per million → "0.1234 %" (rounded up by the background already; shown with 4 decimals). */
export function ppmPercent(ppm: string): string {
  const v = BigInt(ppm);
  const whole = v / 10_000n;
  const frac = (v % 10_000n).toString().padStart(4, '0');
  return `${whole}.${frac} %`;
}

export function bpsPercent(bps: number): string {
  return `${(bps / 100).toFixed(2)} %`;
}

/** A price in rao per alpha, in full precision. */
export function price(rao: string, symbol: string, locale: Locale): string {
  return formatUnits(BigInt(rao), { full: true, locale, symbol: `τ/${symbol}` });
}

export function full(amount: string, symbol: string, locale: Locale): string {
  return formatUnits(BigInt(amount), { full: true, locale, symbol });
}

export function cost(rao: string, locale: Locale): string {
  return formatTao(BigInt(rao), { full: true, locale, round: 'ceil' });
}

/** A typed percentage ("1", "0.5") → basis points; null when it is not a number in (0, 50]. */
export function percentToBps(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps >= 1 && bps <= 5_000 ? bps : null;
}

/** rao (or alpha-rao) as the plain decimal text an amount field takes: "12.5", no grouping, no symbol. */
export function decimalText(v: bigint): string {
  const whole = v / 1_000_000_000n;
  const frac = (v % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
