import { floorDiv } from '../../../core/amount/muldiv.ts';
import { rational, type Rational } from '../../../core/amount/rational.ts';
import {
  alphaYieldPerEpoch,
  apyFromEpochRate,
  apyFromPeriodRate,
  dailyRate,
  projectEarningsOverDays,
  rootYield,
} from '../../../core/yield/index.ts';
import { ratFloorMul } from '../../../core/amount/rational.ts';
import type { ProjectedRate } from '../../../protocol/domains/yield-values.ts';

/** A rational as a decimal string with `digits` decimals (floored), for transport and display. */
export function ratDecimal(r: Rational, digits = 18): string {
  const scaled = floorDiv(r.num * 10n ** BigInt(digits), r.den);
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const out = `${s.slice(0, -digits)}.${s.slice(-digits)}`.replace(/\.?0+$/, '');
  return (neg ? '-' : '') + out;
}

/** Parses ratDecimal's output back to an exact rational. */
export function decimalRat(s: string): Rational {
  const [i = '0', f = ''] = s.replace('-', '').split('.');
  const v = rational(BigInt(i + f), 10n ** BigInt(f.length));
  return s.startsWith('-') ? rational(-v.num, v.den) : v;
}

/**
 * Projected rate of a validator's alpha nominators on a subnet (facts §6.5): per epoch
 * AlphaDividendsPerSubnet / (TotalHotkeyAlphaLastEpoch − AlphaDividendsPerSubnet), already net of take;
 * per day × 7200 / interval, the blocks that epoch's dividends accrued over (the last epoch's block less the one
 * before; Tempo when unknown); APY compounding every epoch. null when the validator had no stake or no epoch.
 */
export function alphaProjected(i: {
  hotkey: string;
  netuid: number;
  alphaDividends: bigint;
  totalHotkeyAlphaLastEpoch: bigint;
  tempo: number;
  take: number;
  interval?: number;
}): ProjectedRate | null {
  const blocks = i.interval && i.interval > 0 ? i.interval : i.tempo;
  if (blocks <= 0) return null;
  const r = alphaYieldPerEpoch(i);
  if (!r) return null;
  return {
    hotkey: i.hotkey,
    netuid: i.netuid,
    epochRate: ratDecimal(r),
    dailyRate: ratDecimal(dailyRate(r, blocks)),
    apy: apyFromEpochRate(r, blocks),
    tempo: i.tempo,
    interval: blocks,
    alphaDividends: i.alphaDividends.toString(),
    totalHotkeyAlphaLastEpoch: i.totalHotkeyAlphaLastEpoch.toString(),
    take: i.take,
  };
}

/**
 * Root stakers of a hotkey (§6.5): Σ_n RootAlphaDividendsPerSubnet(n, h) × price_n × 7200/Tempo(n) /
 * TotalHotkeyAlpha(h, 0), per DAY in TAO per TAO. The period is a day (tempo reported as 7200 blocks).
 */
export function rootProjected(
  hotkey: string,
  items: Array<{ rootAlphaDividends: bigint; priceRaoPerAlpha: bigint; tempo: number }>, // tempo: the interval
  rootTotal: bigint,
  take: number,
): ProjectedRate | null {
  const usable = items.filter((x) => x.tempo > 0 && x.rootAlphaDividends > 0n);
  if (!usable.length) return null;
  const day = rootYield(usable, rootTotal);
  if (!day) return null;
  const divsTao = usable.reduce((s, x) => s + (x.rootAlphaDividends * x.priceRaoPerAlpha) / 1_000_000_000n, 0n);
  return {
    hotkey,
    netuid: 0,
    epochRate: ratDecimal(day),
    dailyRate: ratDecimal(day),
    apy: apyFromPeriodRate(day, 365),
    tempo: 7200,
    alphaDividends: divsTao.toString(),
    totalHotkeyAlphaLastEpoch: rootTotal.toString(),
    take,
  };
}

/**
 * What `amount` earns in one day at a projected rate, compounding every epoch (alpha) or daily (root). An epoch
 * that spans a day or more (tempo up to 50,400 blocks) pays a day's share of itself: epoch × 7200 / interval.
 */
export function dayEarnings(amount: bigint, rate: ProjectedRate): bigint {
  const epoch = decimalRat(rate.epochRate);
  const blocks = rate.interval ?? rate.tempo;
  if (blocks >= 7200) return ratFloorMul(amount, decimalRat(rate.dailyRate));
  return projectEarningsOverDays(amount, epoch, 1, blocks);
}
