import type { ApiPromise } from '@polkadot/api';
import { big, priceAll } from './decoders.ts';
import { runtimeCall } from './runtime-api.ts';

/** Every subnet's spot price (rao of TAO per alpha) in one call where the runtime has current_alpha_price_all; else none. */
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
