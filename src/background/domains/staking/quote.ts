import type { ApiPromise } from '@polkadot/api';
import { RAO_PER_TAO } from '../../../core/amount/constants.ts';
import { ceilDiv, floorDiv } from '../../../core/amount/muldiv.ts';
import {
  limitPriceForStake,
  limitPriceForUnstake,
  PPM,
  previewStake,
  previewUnstake,
} from '../../../core/staking/index.ts';
import type { TradeLeg } from '../../../protocol/domains/staking-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { spotPrice } from '../../chain/read/prices.ts';
import { poolOf, simulate } from './read.ts';

export interface Quote {
  leg: TradeLeg;
  out: bigint;
  spot: bigint;
  spotAfter: bigint;
  limit: bigint;
  feeRate: bigint;
}

/** Loss against the spot price, ppm rounded up: 1 − out / (netIn at spot). */
function impactPpm(idealOut: bigint, out: bigint): bigint {
  if (idealOut <= 0n || out >= idealOut) return 0n;
  return ceilDiv(PPM * (idealOut - out), idealOut);
}

function noLiquidity(netuid: number): ProtocolError {
  return new ProtocolError('invalid-request', `Subnet ${netuid}'s pool cannot take this trade.`, {
    reason: 'insufficient-liquidity',
    netuid,
  });
}

/**
 * A buy (stake) of `tao` gross on `netuid`: alpha out and fee from the chain's simulation; the price after the
 * trade from the pool's reserves (core math); the limit price from the tolerance. It exceeds the tolerance when
 * the price after the trade is above the limit (the chain would refuse with SlippageTooHigh). A limit the
 * person already reviewed is kept as it was (never recomputed from a price that moved since). On a runtime with
 * no simulation the output is the pool math's estimate and the leg says so (`simulated: false`); the limit,
 * from the current price and the tolerance, is what the chain enforces either way.
 */
export async function quoteBuy(
  api: ApiPromise,
  netuid: number,
  tao: bigint,
  toleranceBps: bigint,
  symbol: string,
  reviewedLimit?: bigint,
): Promise<Quote> {
  const [simulated, spot, { pool, feeRate }] = await Promise.all([
    simulate(api, 'buy', netuid, tao),
    spotPrice(api, netuid),
    poolOf(api, netuid),
  ]);
  const local = previewStake({ pool, feeRate, amountTao: tao });
  const sim = simulated ?? { alphaAmount: local.alphaOut, taoFee: local.fee };
  if (netuid !== 0 && sim.alphaAmount === 0n) throw noLiquidity(netuid);
  const spotAfter = netuid === 0 ? RAO_PER_TAO : local.spotAfter;
  const limit = reviewedLimit ?? limitPriceForStake(spot, toleranceBps);
  const net = tao - sim.taoFee;
  const ideal = spot === 0n ? 0n : floorDiv(net * RAO_PER_TAO, spot);
  const leg: TradeLeg = {
    netuid,
    symbol,
    direction: 'buy',
    amountIn: tao.toString(),
    out: sim.alphaAmount.toString(),
    swapFee: sim.taoFee.toString(),
    spot: spot.toString(),
    spotAfter: spotAfter.toString(),
    priceImpactPpm: impactPpm(ideal, sim.alphaAmount).toString(),
    limitPrice: limit.toString(),
    minOut: floorDiv(net * RAO_PER_TAO, limit).toString(),
    exceedsTolerance: netuid !== 0 && spotAfter > limit,
    simulated: simulated !== null,
  };
  return { leg, out: sim.alphaAmount, spot, spotAfter, limit, feeRate };
}

/** A sell (unstake) of `alpha` gross on `netuid`; exceeds the tolerance when the price after falls below the limit. */
export async function quoteSell(
  api: ApiPromise,
  netuid: number,
  alpha: bigint,
  toleranceBps: bigint,
  symbol: string,
  reviewedLimit?: bigint,
): Promise<Quote> {
  const [simulated, spot, { pool, feeRate }] = await Promise.all([
    simulate(api, 'sell', netuid, alpha),
    spotPrice(api, netuid),
    poolOf(api, netuid),
  ]);
  const local = previewUnstake({ pool, feeRate, amountAlpha: alpha });
  const sim = simulated ?? { taoAmount: local.taoOut, alphaFee: local.fee };
  if (netuid !== 0 && sim.taoAmount === 0n) throw noLiquidity(netuid);
  const spotAfter = netuid === 0 ? RAO_PER_TAO : local.spotAfter;
  const limit = reviewedLimit ?? limitPriceForUnstake(spot, toleranceBps);
  const net = alpha - sim.alphaFee;
  const ideal = floorDiv(net * spot, RAO_PER_TAO);
  const leg: TradeLeg = {
    netuid,
    symbol,
    direction: 'sell',
    amountIn: alpha.toString(),
    out: sim.taoAmount.toString(),
    swapFee: sim.alphaFee.toString(),
    spot: spot.toString(),
    spotAfter: spotAfter.toString(),
    priceImpactPpm: impactPpm(ideal, sim.taoAmount).toString(),
    limitPrice: limit.toString(),
    minOut: floorDiv(net * limit, RAO_PER_TAO).toString(),
    exceedsTolerance: netuid !== 0 && spotAfter < limit,
    simulated: simulated !== null,
  };
  return { leg, out: sim.taoAmount, spot, spotAfter, limit, feeRate };
}

/** A leg with no limit on it (plain move / transfer across subnets): shown, but marked unprotected. */
export function unprotected(q: Quote): Quote {
  const { limitPrice: _l, ...rest } = q.leg;
  return { ...q, leg: { ...rest, minOut: null, exceedsTolerance: false } };
}
