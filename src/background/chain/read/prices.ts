import type { ApiPromise } from '@polkadot/api';
import { RAO_PER_TAO } from '../../../core/amount/constants.ts';
import { big, priceAll } from './decoders.ts';
import { requiredCall, runtimeCall } from './runtime-api.ts';

/**
 * The one reader of subnet prices (rao of TAO per 1 alpha), from SwapRuntimeApi: current_alpha_price_all where
 * the runtime has it, current_alpha_price per subnet otherwise (spec 293 has only the latter). Root is 10^9.
 */

/** Every subnet's spot price in one call where the runtime has current_alpha_price_all; else none. */
export async function allPrices(api: ApiPromise): Promise<Map<number, bigint>> {
  const call = runtimeCall(api, 'swapRuntimeApi', 'currentAlphaPriceAll');
  return new Map(call ? priceAll.parse((await call()).toJSON()).map((p) => [p.netuid, p.price] as const) : []);
}

/** Adds the prices of these netuids that `prices` lacks, one current_alpha_price call each (in parallel). */
export async function fillPrices(api: ApiPromise, netuids: number[], prices: Map<number, bigint>): Promise<void> {
  const one = runtimeCall(api, 'swapRuntimeApi', 'currentAlphaPrice');
  const missing = netuids.filter((n) => !prices.has(n));
  if (!one || missing.length === 0) return;
  const got = await Promise.all(missing.map((n) => one(n)));
  missing.forEach((n, i) => prices.set(n, big.parse(got[i]!.toJSON())));
}

/** The prices of these subnets (and of every subnet where one call gives them all), root included. */
export async function subnetPrices(api: ApiPromise, netuids: number[]): Promise<Map<number, bigint>> {
  const prices = await allPrices(api);
  prices.set(0, RAO_PER_TAO);
  await fillPrices(api, netuids, prices);
  return prices;
}

/** One subnet's spot price; refused where the runtime has no current_alpha_price (a stake cannot be priced). */
export async function spotPrice(api: ApiPromise, netuid: number): Promise<bigint> {
  if (netuid === 0) return RAO_PER_TAO;
  const call = requiredCall(api, 'swapRuntimeApi', 'currentAlphaPrice', 'SwapRuntimeApi.current_alpha_price');
  return big.parse((await call(netuid)).toJSON());
}
