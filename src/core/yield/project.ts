import { ratFloorMul, ratToNumber, type Rational } from '../amount/rational.ts';
import { perDay } from './estimator.ts';

/**
 * Annual percentage yield, compounded every epoch: ((1 + r)^(365 × 7200 / tempo) − 1) × 100.
 * The ONE place a float is used: the result is a displayed percentage, never a money amount.
 */
export function apyFromEpochRate(epochRate: Rational, tempo: number | bigint): number {
  const epd = perDay(tempo);
  const epochsPerYear = (365 * Number(epd.num)) / Number(epd.den);
  return apyFromPeriodRate(epochRate, epochsPerYear);
}

/** ((1 + r)^periodsPerYear − 1) × 100, float, display only. */
export function apyFromPeriodRate(rate: Rational, periodsPerYear: number): number {
  const r = ratToNumber(rate);
  return Math.expm1(periodsPerYear * Math.log1p(r)) * 100;
}

/** Simple annual percentage (no compounding), display only. */
export function aprFromEpochRate(epochRate: Rational, tempo: number | bigint): number {
  const epd = perDay(tempo);
  return ratToNumber(epochRate) * 365 * (Number(epd.num) / Number(epd.den)) * 100;
}

/**
 * Earnings of `stakeAlpha` over `periods` periods at `ratePerPeriod`, in alpha rao (bigint).
 * Compounding by default (nominator dividends auto-compound in TotalHotkeyAlpha, §4.2): each period
 * adds floor(balance × rate), as the chain floors each credit. Use the per-epoch rate with the
 * number of epochs (days × 7200 / tempo) for the chain's real cadence.
 */
export function projectEarnings(
  stakeAlpha: bigint,
  ratePerPeriod: Rational,
  periods: number,
  opts: { compound?: boolean } = {},
): bigint {
  if (!Number.isInteger(periods) || periods < 0 || periods > 10_000_000)
    throw new RangeError('periods must be an integer in 0..10^7');
  if (opts.compound === false) return ratFloorMul(stakeAlpha * BigInt(periods), ratePerPeriod);
  let balance = stakeAlpha;
  for (let i = 0; i < periods; i += 1) balance += ratFloorMul(balance, ratePerPeriod);
  return balance - stakeAlpha;
}

/** Number of whole epochs of a subnet in `days` days: floor(days × 7200 / tempo). */
export function epochsIn(days: number, tempo: number | bigint): number {
  const epd = perDay(tempo);
  return Number((BigInt(days) * epd.num) / epd.den);
}

/**
 * Projection over calendar days at a subnet's cadence: compounds the per-epoch rate once per epoch,
 * floor(days × 7200 / tempo) times. "On X α you would earn about Y per day" = this with days = 1.
 */
export function projectEarningsOverDays(
  stakeAlpha: bigint,
  epochRate: Rational,
  days: number,
  tempo: number | bigint,
): bigint {
  return projectEarnings(stakeAlpha, epochRate, epochsIn(days, tempo));
}
