import { ALPHA_SYMBOL, DECIMALS, TAO_SYMBOL } from './constants.ts';

export type AmountLocale = 'en' | 'zh-CN';

export interface FormatOptions {
  /** Most fraction digits shown (default 4). Ignored when `full` is set. */
  decimals?: number;
  /** Symbol after the number; '' for none. Default τ for TAO. */
  symbol?: string;
  /** Exact value with every significant decimal (review screens, hover). */
  full?: boolean;
  /** Both locales group by thousands with ',' and use '.' (CLDR for zh-CN agrees). */
  locale?: AmountLocale;
  /**
   * How hidden digits are dropped: 'floor' (default, toward zero: never overstates a balance) or
   * 'ceil' (away from zero: use for fees and costs so they are never understated).
   */
  round?: 'floor' | 'ceil';
  /** 'always' prints '+' on positive values (earnings deltas). */
  sign?: 'auto' | 'always';
  /** Decimals of the unit (default 9). */
  unitDecimals?: number;
}

const SEPARATORS: Record<AmountLocale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  'zh-CN': { group: ',', decimal: '.' },
};

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Formats an amount in the smallest unit. Thousands separators, trailing zeros trimmed.
 * A nonzero amount is never shown as "0": when every shown digit would be zero it prints
 * "<0.0001" (with the configured number of decimals), so a tiny fee stays visible.
 */
export function formatUnits(value: bigint, opts: FormatOptions = {}): string {
  const unit = opts.unitDecimals ?? DECIMALS;
  const shown = opts.full ? unit : Math.max(0, Math.min(unit, opts.decimals ?? 4));
  const { group: g, decimal: d } = SEPARATORS[opts.locale ?? 'en'];
  const symbol = opts.symbol ?? TAO_SYMBOL;
  const neg = value < 0n;
  const abs = neg ? -value : value;

  const base = 10n ** BigInt(unit);
  const drop = 10n ** BigInt(unit - shown);
  let scaled = abs / drop;
  if (opts.round === 'ceil' && abs % drop !== 0n) scaled += 1n;

  let body: string;
  if (scaled === 0n && abs !== 0n) {
    // Every visible digit would be 0: say "less than the smallest visible step".
    body = `<0${d}${'0'.repeat(Math.max(0, shown - 1))}1`;
    if (shown === 0) body = '<1';
  } else {
    const shownBase = base / drop;
    const int = (scaled / shownBase).toString();
    const frac = shown > 0 ? (scaled % shownBase).toString().padStart(shown, '0').replace(/0+$/, '') : '';
    body = group(int, g) + (frac ? d + frac : '');
  }
  const signStr = neg ? '-' : opts.sign === 'always' && abs !== 0n ? '+' : '';
  return signStr + body + (symbol ? ` ${symbol}` : '');
}

/** rao → "1,234.5 τ". */
export function formatTao(rao: bigint, opts: FormatOptions = {}): string {
  return formatUnits(rao, { ...opts, symbol: opts.symbol ?? TAO_SYMBOL });
}

/** alpha rao → "12.5 α" with the subnet's own symbol. */
export function formatAlpha(alpha: bigint, symbol: string = ALPHA_SYMBOL, opts: FormatOptions = {}): string {
  return formatUnits(alpha, { ...opts, symbol });
}

/** A price in rao per alpha, shown as "τ per α" in full precision by default (review screens). */
export function formatPrice(raoPerAlpha: bigint, alphaSymbol: string = ALPHA_SYMBOL, opts: FormatOptions = {}): string {
  return formatUnits(raoPerAlpha, { full: true, ...opts, symbol: `${TAO_SYMBOL}/${alphaSymbol}` });
}
