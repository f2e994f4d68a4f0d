import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import { DEFAULT_FEE_RATE, DEFAULT_MIN_STAKE, type Pool } from '../../../core/staking/index.ts';
import { big, stakeInfo } from '../../chain/read/decoders.ts';
import { requiredCall, runtimeCall } from '../../chain/read/runtime-api.ts';

const simResult = z.object({ taoAmount: big, alphaAmount: big, taoFee: big, alphaFee: big });
export type SimResult = z.infer<typeof simResult>;

/** A storage value as bigint (u16/u64/bool-as-0/1), or null when the runtime has no such item. */
async function storageBig(api: ApiPromise, section: string, item: string, ...keys: unknown[]): Promise<bigint | null> {
  const q = api.query[section]?.[item];
  if (!q) return null;
  const v = await q(...keys);
  const json = v.toJSON();
  if (typeof json === 'boolean') return json ? 1n : 0n;
  const parsed = big.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * SwapRuntimeApi.sim_swap_tao_for_alpha / sim_swap_alpha_for_tao: the chain's own answer for a trade; null on a
 * runtime without them (spec 293 has current_alpha_price only), where the caller estimates and says so.
 */
export async function simulate(
  api: ApiPromise,
  direction: 'buy' | 'sell',
  netuid: number,
  amount: bigint,
): Promise<SimResult | null> {
  if (netuid === 0) return { taoAmount: amount, alphaAmount: amount, taoFee: 0n, alphaFee: 0n };
  const call = runtimeCall(api, 'swapRuntimeApi', direction === 'buy' ? 'simSwapTaoForAlpha' : 'simSwapAlphaForTao');
  return call ? simResult.parse((await call(netuid, amount)).toJSON()) : null;
}

/** Whether the runtime simulates swaps (SwapRuntimeApi.sim_swap_*; absent before mid-2025 runtimes, e.g. spec 293). */
export function hasSimulation(api: ApiPromise): boolean {
  return runtimeCall(api, 'swapRuntimeApi', 'simSwapAlphaForTao') !== null;
}

/** The pool's reserves, weights and fee rate, for the price after a trade (core pool math). */
export async function poolOf(api: ApiPromise, netuid: number): Promise<{ pool: Pool; feeRate: bigint }> {
  if (netuid === 0) return { pool: { taoReserve: 1n, alphaReserve: 1n, mechanism: 'stable' }, feeRate: 0n };
  const [tao, alphaIn, mechanism, feeRate, balancer] = await Promise.all([
    storageBig(api, 'subtensorModule', 'subnetTAO', netuid),
    storageBig(api, 'subtensorModule', 'subnetAlphaIn', netuid),
    storageBig(api, 'subtensorModule', 'subnetMechanism', netuid),
    storageBig(api, 'swap', 'feeRate', netuid),
    quoteWeight(api, netuid),
  ]);
  const stable = mechanism === 0n;
  const pool: Pool = {
    taoReserve: tao ?? 0n,
    alphaReserve: alphaIn ?? 0n,
    mechanism: stable ? 'stable' : 'dynamic',
    ...(balancer ? { quoteWeight: balancer } : {}),
  };
  return { pool, feeRate: stable ? 0n : (feeRate ?? DEFAULT_FEE_RATE) };
}

async function quoteWeight(api: ApiPromise, netuid: number): Promise<bigint | null> {
  const q = api.query['swap']?.['swapBalancer'];
  if (!q) return null;
  const parsed = z.object({ quote: big }).safeParse((await q(netuid)).toJSON());
  return parsed.success && parsed.data.quote > 0n ? parsed.data.quote : null;
}

/** Alpha of `coldkey` on (hotkey, netuid), exactly as the chain computes it. */
export async function stakeOf(api: ApiPromise, hotkey: string, coldkey: string, netuid: number): Promise<bigint> {
  const call = requiredCall(api, 'stakeInfoRuntimeApi', 'getStakeInfoForHotkeyColdkeyNetuid', 'StakeInfoRuntimeApi');
  const parsed = stakeInfo.nullable().parse((await call(hotkey, coldkey, netuid)).toJSON());
  return parsed?.stake ?? 0n;
}

export async function stakesOfColdkey(
  api: ApiPromise,
  coldkey: string,
): Promise<Array<{ hotkey: string; netuid: number; stake: bigint }>> {
  const call = requiredCall(api, 'stakeInfoRuntimeApi', 'getStakeInfoForColdkey', 'StakeInfoRuntimeApi');
  return z.array(stakeInfo).parse((await call(coldkey)).toJSON());
}

export interface StakeParams {
  minStake: bigint;
  nominatorMinRequiredStake: bigint;
}

/**
 * DefaultMinStake as the chain has it: the `InitialMinStake` constant of runtimes whose metadata publishes it
 * (opentensor/subtensor HEAD `macros/config.rs`), else 2,000,000 rao (the value every runtime so far has used).
 */
export function minStakeOf(api: ApiPromise): bigint {
  const c = api.consts['subtensorModule']?.['initialMinStake'];
  const parsed = c ? big.safeParse(c.toJSON()) : null;
  return parsed?.success ? parsed.data : DEFAULT_MIN_STAKE;
}

export async function stakeParams(api: ApiPromise): Promise<StakeParams> {
  const nominator = await storageBig(api, 'subtensorModule', 'nominatorMinRequiredStake');
  return { minStake: minStakeOf(api), nominatorMinRequiredStake: nominator ?? 0n };
}

/** The owner coldkey of a hotkey, or null when it has none (Owner is a ValueQuery: the zero account means none). */
export async function ownerOf(api: ApiPromise, hotkey: string): Promise<string | null> {
  const q = api.query['subtensorModule']?.['owner'];
  if (!q) return null;
  const v = await q(hotkey);
  return v.toU8a().every((b) => b === 0) ? null : v.toString();
}

/** Of these netuids, those with no subnet on chain (NetworksAdded false), in one query; none when the runtime has no such map. */
export async function missingSubnets(api: ApiPromise, netuids: number[]): Promise<number[]> {
  const q = api.query['subtensorModule']?.['networksAdded'];
  if (!q || !netuids.length) return [];
  const added = (await q.multi(netuids)) as unknown as Array<{ isTrue: boolean }>;
  return netuids.filter((_, i) => !added[i]?.isTrue);
}
