/**
 * Subnet pools (facts doc §5.1, §2 "dTAO swap fee").
 *
 * Model: the Balancer pool with quote weight w_q = 0.5, i.e. constant product x·y = k with
 * x = SubnetAlphaIn, y = SubnetTAO. Only w = 0.5 is implemented: the chain moves the weights only
 * when emission injects liquidity, and our injection (emission.ts) adds both reserves in the spot
 * ratio, which keeps the price continuous with the weights fixed at 0.5. (It is also what the spec346
 * runtime's V3 pool with one full-range protocol position does.)
 *
 *  - spot price (rao per alpha)   = floor(y · 10^9 / x), 0 if x = 0
 *  - fee on the input             = floor(input · rate / 65535)
 *  - buy  (TAO in, net Δy)        : Δx = floor(x · Δy / (y + Δy))
 *  - sell (alpha in, net Δx)      : Δy = floor(y · Δx / (x + Δx))
 *  - root (netuid 0) and SubnetMechanism = 0 ("stable"): 1:1, no fee, price 10^9; SubnetTAO moves
 *    with the stake, SubnetAlphaIn is left alone.
 *  - guards: the output reserve must be ≥ 1,000,000 (Swap.ReservesTooLow); a net input above
 *    1000 × the input reserve is refused (InsufficientLiquidity; HEAD calls it SwapInputTooLarge,
 *    which spec346 does not have).
 */
import { fail } from './errors.ts';

export const PRICE_ONE = 1_000_000_000n;
export const FEE_DENOM = 65535n;
export const SWAP_MIN_RESERVE = 1_000_000n;
export const MAX_INPUT_FACTOR = 1000n;

export interface Pool {
  /** SubnetTAO: the TAO reserve y. */
  taoIn: bigint;
  /** SubnetAlphaIn: the alpha reserve x. */
  alphaIn: bigint;
  /** Swap.FeeRate, parts of 65535. */
  feeRate: number;
  /** Root or SubnetMechanism = 0: 1:1, no fee. */
  stable: boolean;
}

export interface SwapOutcome {
  /** Gross input (what the user gives up). */
  amountIn: bigint;
  /** Fee taken on the input token. */
  fee: bigint;
  /** Input that enters the pool (amountIn − fee). */
  netIn: bigint;
  /** Output paid out of the pool. */
  amountOut: bigint;
  /** Reserves after the swap. */
  taoIn: bigint;
  alphaIn: bigint;
}

export function spotPrice(p: Pool): bigint {
  if (p.stable) return PRICE_ONE;
  if (p.alphaIn === 0n) return 0n;
  return (p.taoIn * PRICE_ONE) / p.alphaIn;
}

export function swapFee(p: Pool, amount: bigint): bigint {
  if (p.stable) return 0n;
  return (amount * BigInt(p.feeRate)) / FEE_DENOM;
}

/** TAO → alpha. `withFee=false` for the fee-less legs (move destination, chain buys). */
export function quoteBuy(p: Pool, taoGross: bigint, withFee = true): SwapOutcome {
  const fee = withFee ? swapFee(p, taoGross) : 0n;
  const netIn = taoGross - fee;
  if (p.stable) {
    return {
      amountIn: taoGross,
      fee: 0n,
      netIn: taoGross,
      amountOut: taoGross,
      taoIn: p.taoIn + taoGross,
      alphaIn: p.alphaIn,
    };
  }
  if (p.alphaIn < SWAP_MIN_RESERVE) fail('ReservesTooLow');
  if (netIn > MAX_INPUT_FACTOR * p.taoIn) fail('InsufficientLiquidity');
  const out = (p.alphaIn * netIn) / (p.taoIn + netIn);
  if (out >= p.alphaIn) fail('InsufficientLiquidity');
  return { amountIn: taoGross, fee, netIn, amountOut: out, taoIn: p.taoIn + netIn, alphaIn: p.alphaIn - out };
}

/** Alpha → TAO. */
export function quoteSell(p: Pool, alphaGross: bigint, withFee = true): SwapOutcome {
  const fee = withFee ? swapFee(p, alphaGross) : 0n;
  const netIn = alphaGross - fee;
  if (p.stable) {
    return {
      amountIn: alphaGross,
      fee: 0n,
      netIn: alphaGross,
      amountOut: alphaGross,
      taoIn: p.taoIn > alphaGross ? p.taoIn - alphaGross : 0n,
      alphaIn: p.alphaIn,
    };
  }
  if (p.taoIn < SWAP_MIN_RESERVE) fail('ReservesTooLow');
  if (netIn > MAX_INPUT_FACTOR * p.alphaIn) fail('InsufficientLiquidity');
  const out = (p.taoIn * netIn) / (p.alphaIn + netIn);
  if (out >= p.taoIn) fail('InsufficientLiquidity');
  return { amountIn: alphaGross, fee, netIn, amountOut: out, taoIn: p.taoIn - out, alphaIn: p.alphaIn + netIn };
}

/** Spot price after a quote (the pool's post-trade price). */
export function priceAfter(p: Pool, q: SwapOutcome): bigint {
  return spotPrice({ ...p, taoIn: q.taoIn, alphaIn: q.alphaIn });
}

/** Like quoteBuy/quoteSell but returns null instead of throwing (for simulations). */
export function tryQuote(fn: () => SwapOutcome): SwapOutcome | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
