import { RAO_PER_TAO } from '../amount/constants.ts';
import { ceilDiv, floorDiv } from '../amount/muldiv.ts';
import { MAX_INPUT_RESERVE_MULTIPLE, PERQUINTILL, PPM, SWAP_MINIMUM_RESERVE } from './constants.ts';
import { swapFee } from './fee.ts';
import { alphaOutForTaoIn, isStable, quoteWeightOf, spotPrice, taoOutForAlphaIn, type Pool } from './pool.ts';

/** Why the chain would refuse the swap (§5.1 guards). */
export type PreviewError = 'zero-amount' | 'reserves-too-low' | 'input-too-large' | 'zero-output';

export interface SwapPreview {
  /** Output in the smallest unit: alpha for a stake, rao for an unstake. */
  out: bigint;
  /** Swap fee, in the input token. */
  fee: bigint;
  /** Input entering the pool after the fee. */
  netIn: bigint;
  /** Spot price before and after, rao per alpha (floored). */
  spotBefore: bigint;
  spotAfter: bigint;
  /**
   * How much less the trade yields than the net input at the spot price (fee excluded, shown
   * separately), in parts per million, rounded UP so a loss is never understated.
   */
  priceImpact: bigint; // ppm
  /** Output lost to price movement AND fee versus the gross input at spot, like SimSwapResult's slippage. */
  slippage: bigint;
  /** Rao per alpha actually paid (stake, ceil) or received (unstake, floor), fee included. */
  effectivePrice: bigint;
  error?: PreviewError;
}

export interface StakePreview extends SwapPreview {
  alphaOut: bigint;
}
export interface UnstakePreview extends SwapPreview {
  taoOut: bigint;
}

interface Side {
  inRes: bigint;
  outRes: bigint;
  inW: bigint;
  outW: bigint;
}

/** Output units per input unit at spot, (w_in · outRes) / (w_out · inRes), as num/den. */
function idealRatio(s: Side): { num: bigint; den: bigint } {
  return { num: s.inW * s.outRes, den: s.outW * s.inRes };
}

function guard(pool: Pool, amount: bigint, netIn: bigint, s: Side): PreviewError | undefined {
  if (amount <= 0n) return 'zero-amount';
  if (isStable(pool)) return undefined;
  if (s.outRes < SWAP_MINIMUM_RESERVE) return 'reserves-too-low';
  if (netIn > MAX_INPUT_RESERVE_MULTIPLE * s.inRes) return 'input-too-large';
  return undefined;
}

function build(
  pool: Pool,
  amount: bigint,
  fee: bigint,
  out: bigint,
  s: Side,
  after: Pool,
  err?: PreviewError,
): SwapPreview {
  const netIn = amount - fee;
  const r = idealRatio(s);
  const stable = isStable(pool);
  const idealNet = netIn * r.num; // ideal out × r.den
  const impact = stable || idealNet === 0n ? 0n : ceilDiv(PPM * (idealNet - out * r.den), idealNet);
  const slippage = stable || r.den === 0n ? 0n : floorDiv(amount * r.num - out * r.den, r.den);
  return {
    out,
    fee,
    netIn,
    spotBefore: spotPrice(pool),
    spotAfter: spotPrice(after),
    priceImpact: impact < 0n ? 0n : impact,
    slippage: slippage < 0n ? 0n : slippage,
    effectivePrice: 0n,
    ...(err ? { error: err } : {}),
  };
}

/** Stake preview: gross TAO in → alpha out (fee on the TAO side). Root/stable: 1:1, no fee. */
export function previewStake(args: { pool: Pool; feeRate: bigint; amountTao: bigint }): StakePreview {
  const { pool, feeRate, amountTao } = args;
  const stable = isStable(pool);
  const q = stable ? PERQUINTILL / 2n : quoteWeightOf(pool);
  const s: Side = { inRes: pool.taoReserve, outRes: pool.alphaReserve, inW: q, outW: PERQUINTILL - q };
  const fee = stable || amountTao <= 0n ? 0n : swapFee(amountTao, feeRate);
  let err = guard(pool, amountTao, amountTao - fee, s);
  let out = err ? 0n : alphaOutForTaoIn(pool, amountTao - fee);
  if (!err && out === 0n) err = 'zero-output';
  if (err) out = 0n;
  const after: Pool = stable
    ? pool
    : { ...pool, taoReserve: pool.taoReserve + (err ? 0n : amountTao - fee), alphaReserve: pool.alphaReserve - out };
  const base = build(pool, amountTao, fee, out, stable ? { inRes: 1n, outRes: 1n, inW: 1n, outW: 1n } : s, after, err);
  return { ...base, alphaOut: out, effectivePrice: out === 0n ? 0n : ceilDiv(amountTao * RAO_PER_TAO, out) };
}

/** Unstake preview: gross alpha in → TAO out (fee on the alpha side). Root/stable: 1:1, no fee. */
export function previewUnstake(args: { pool: Pool; feeRate: bigint; amountAlpha: bigint }): UnstakePreview {
  const { pool, feeRate, amountAlpha } = args;
  const stable = isStable(pool);
  const q = stable ? PERQUINTILL / 2n : quoteWeightOf(pool);
  const s: Side = { inRes: pool.alphaReserve, outRes: pool.taoReserve, inW: PERQUINTILL - q, outW: q };
  const fee = stable || amountAlpha <= 0n ? 0n : swapFee(amountAlpha, feeRate);
  let err = guard(pool, amountAlpha, amountAlpha - fee, s);
  let out = err ? 0n : taoOutForAlphaIn(pool, amountAlpha - fee);
  if (!err && out === 0n) err = 'zero-output';
  if (err) out = 0n;
  const after: Pool = stable
    ? pool
    : { ...pool, alphaReserve: pool.alphaReserve + (err ? 0n : amountAlpha - fee), taoReserve: pool.taoReserve - out };
  const base = build(
    pool,
    amountAlpha,
    fee,
    out,
    stable ? { inRes: 1n, outRes: 1n, inW: 1n, outW: 1n } : s,
    after,
    err,
  );
  return { ...base, taoOut: out, effectivePrice: amountAlpha <= 0n ? 0n : floorDiv(out * RAO_PER_TAO, amountAlpha) };
}
