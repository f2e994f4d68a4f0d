import { RAO_PER_TAO, U64_MAX } from '../amount/constants.ts';
import { MAX_INPUT_RESERVE_MULTIPLE, PERQUINTILL } from './constants.ts';
import { feeForNet } from './fee.ts';
import { mulPowFloor } from './fixedPow.ts';
import { isStable, quoteWeightOf, type Pool } from './pool.ts';

/** Returned when a stable/root limit is no limit at all. */
export const UNLIMITED = U64_MAX;

/**
 * Gross TAO (net + fee) that moves the price from spot p up to the limit p′ (§5.3):
 * Δy = y × ((p′/p)^(w_b) − 1), with p′/p = limit·w_q·x / (10^9·w_b·y); fee = Δy·rate/(65535 − rate).
 * 0 when the price is already at or above the limit (the chain then fails with PriceLimitExceeded /
 * ZeroMaxAmount). Capped at 1000 × SubnetTAO like the chain's simulation. Root/stable: UNLIMITED when
 * limit ≥ 10^9, else 0.
 */
export function maxAmountAddForLimit(args: { pool: Pool; feeRate: bigint; limitPrice: bigint }): bigint {
  const { pool, feeRate, limitPrice } = args;
  if (isStable(pool)) return limitPrice >= RAO_PER_TAO ? UNLIMITED : 0n;
  const { taoReserve: y, alphaReserve: x } = pool;
  if (x === 0n || y === 0n) return 0n;
  const q = quoteWeightOf(pool);
  const w = PERQUINTILL - q;
  const a = limitPrice * q * x; // p′/p = a / b
  const b = RAO_PER_TAO * w * y;
  if (a <= b) return 0n;
  const cap = MAX_INPUT_RESERVE_MULTIPLE * y;
  let dy = mulPowFloor(y, a, b, w, PERQUINTILL) - y;
  if (dy > cap) dy = cap;
  return dy + feeForNet(dy, feeRate);
}

/**
 * Gross alpha (net + fee) that moves the price from p down to the limit p′ (§5.3):
 * Δx = x × ((p/p′)^(w_q) − 1). 0 when the price is already at or below the limit. Capped at
 * 1000 × SubnetAlphaIn. Root/stable: UNLIMITED when limit ≤ 10^9, else 0.
 */
export function maxAmountRemoveForLimit(args: { pool: Pool; feeRate: bigint; limitPrice: bigint }): bigint {
  const { pool, feeRate, limitPrice } = args;
  if (isStable(pool)) return limitPrice <= RAO_PER_TAO ? UNLIMITED : 0n;
  const { taoReserve: y, alphaReserve: x } = pool;
  if (x === 0n || y === 0n) return 0n;
  if (limitPrice === 0n) return UNLIMITED;
  const q = quoteWeightOf(pool);
  const w = PERQUINTILL - q;
  const a = RAO_PER_TAO * w * y; // p/p′ = a / b
  const b = limitPrice * q * x;
  if (a <= b) return 0n;
  const cap = MAX_INPUT_RESERVE_MULTIPLE * x;
  let dx = mulPowFloor(x, a, b, q, PERQUINTILL) - x;
  if (dx > cap) dx = cap;
  return dx + feeForNet(dx, feeRate);
}

export type LimitOutcome = 'full' | 'partial' | 'fails';

/**
 * What a *_limit call will do with `amount` given the maximum the limit allows: fill-or-kill
 * (allowPartial=false) fails with SlippageTooHigh when amount > max; partial executes min(amount, max).
 */
export function limitOutcome(
  amount: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): { outcome: LimitOutcome; executes: bigint } {
  if (maxAmount === 0n) return { outcome: 'fails', executes: 0n };
  if (amount <= maxAmount) return { outcome: 'full', executes: amount };
  return allowPartial ? { outcome: 'partial', executes: maxAmount } : { outcome: 'fails', executes: 0n };
}
