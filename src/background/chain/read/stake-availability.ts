import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import { toBittensorAddress } from '../../../core/address/index.ts';
import { big } from './decoders.ts';
import { runtimeCall } from './runtime-api.ts';

/** One subnet of one coldkey: its alpha there over every hotkey, what a conviction lock holds, what may leave. */
export interface StakeAvailability {
  total: bigint;
  locked: bigint;
  available: bigint;
}

const availability = z.object({ total: big, locked: big, available: big });
/** BTreeMap<AccountId32, BTreeMap<NetUid, StakeAvailability>> as Codec.toJSON gives it. */
const answer = z.record(z.string(), z.record(z.string().regex(/^\d+$/), availability));

/**
 * Conviction locks, where the runtime has them (opentensor/subtensor HEAD: `StakeInfoRuntimeApi.
 * get_stake_availability_for_coldkeys`; `staking/lock.rs`): per coldkey and subnet, total, locked and available
 * alpha. The lock is subnet-wide: it holds back that much of the coldkey's stake on the subnet whichever hotkey it is
 * with, and the chain refuses an unstake or a cross-subnet move of more than `available` (StakeUnavailable).
 * null when the runtime has no such API (spec 293 and the like): nothing is locked there. Subnets the answer leaves
 * out have neither stake nor a lock.
 */
export async function readStakeAvailability(
  api: ApiPromise,
  coldkeys: string[],
  netuids?: number[],
): Promise<Map<string, Map<number, StakeAvailability>> | null> {
  const call = runtimeCall(api, 'stakeInfoRuntimeApi', 'getStakeAvailabilityForColdkeys');
  if (!call) return null;
  const out = new Map<string, Map<number, StakeAvailability>>();
  if (!coldkeys.length) return out;
  const got = answer.parse((await call(coldkeys, netuids?.length ? netuids : null)).toJSON());
  for (const [key, subnets] of Object.entries(got)) {
    const address = toBittensorAddress(key);
    if (!address) continue;
    out.set(address, new Map(Object.entries(subnets).map(([n, a]) => [Number(n), a])));
  }
  return out;
}

/** What a position of `alpha` can give up now, given its coldkey's availability on that subnet (null: no locks). */
export function unstakableOf(alpha: bigint, subnet: StakeAvailability | undefined | null): bigint {
  if (!subnet) return alpha;
  return subnet.available < alpha ? subnet.available : alpha;
}
