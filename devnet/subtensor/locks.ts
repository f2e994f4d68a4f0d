/**
 * Conviction locks (opentensor/subtensor HEAD `pallets/subtensor/src/staking/lock.rs`, current-runtime mode): a
 * coldkey locks alpha on a subnet to one hotkey; the lock is subnet-wide, so it holds back that much of the coldkey's
 * stake on the subnet whichever hotkey it sits with. The locked mass decays as `mass × exp(−dt / UnlockRate)` (default
 * 934,866 blocks: half in about 90 days) unless the lock is perpetual (`DecayingLock = false`).
 *  - `stake_availability`: total = the coldkey's alpha on the subnet over its staking hotkeys, locked = the rolled
 *    mass, available = total − locked (saturating);
 *  - `ensure_available_to_unstake`: removing more than available fails with StakeUnavailable (remove_stake*,
 *    unstake_all*, cross-subnet moves, swaps and transfers);
 *  - `get_stake_availability_for_coldkeys` answers per coldkey and subnet, leaving out subnets with neither.
 * Departs from the source: the decay is computed exactly (bigint series) where the chain uses I64F64 `exp`, so the
 * two may differ by a rao; conviction (which only decides subnet ownership) is not modelled, nor lock_stake itself:
 * locks come from the scenario.
 */
import { isAccountHex } from './accounts.ts';
import { fail } from './errors.ts';
import { satSub } from './fixed.ts';
import { stakeOf, type Ctx } from './stake-ops.ts';
import { sortedNetuids, type State } from './state.ts';
import type { AccountHex, NetUid } from './types.ts';
import { toAmount, type ScenarioLock } from './scenario.ts';

export interface LockEntry {
  hotkey: AccountHex;
  /** Locked mass at `lastUpdate`, alpha rao. */
  mass: bigint;
  lastUpdate: number;
  /** A perpetual lock does not decay. */
  perpetual: boolean;
}

export const lockKey = (cold: AccountHex, netuid: NetUid): string => `${cold}:${netuid}`;

const SCALE = 1n << 96n;

/** exp(−dt / tau) × 2^96, floored: halve the exponent below 1, sum the series, square back. */
export function decayFactor(dt: bigint, tau: bigint): bigint {
  if (dt === 0n) return SCALE;
  if (tau === 0n) return 0n;
  // The chain clamps the exponent at −40.
  const n = dt > 40n * tau ? 40n * tau : dt;
  let t = tau;
  let halvings = 0;
  while (n >= t) {
    t *= 2n;
    halvings++;
  }
  // x = n / t < 1: e^{−x} = Σ (−x)^k / k!, then squared `halvings` times.
  const x = (n * SCALE) / t;
  let term = SCALE;
  let sum = SCALE;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * x) / SCALE / k;
    sum = k % 2n === 1n ? sum - term : sum + term;
  }
  for (let i = 0; i < halvings; i++) sum = (sum * sum) / SCALE;
  return sum;
}

/** The lock's mass rolled forward to the current block. */
export function currentLocked(st: State, cold: AccountHex, netuid: NetUid): bigint {
  const lock = st.locks.get(lockKey(cold, netuid));
  if (!lock) return 0n;
  if (lock.perpetual || st.block <= lock.lastUpdate) return lock.mass;
  return (lock.mass * decayFactor(BigInt(st.block - lock.lastUpdate), st.params.unlockRate)) / SCALE;
}

/** (total, locked, available) of a coldkey on one subnet. */
export function stakeAvailability(st: State, cold: AccountHex, netuid: NetUid) {
  let total = 0n;
  for (const hot of st.stakingHotkeys.get(cold) ?? []) total += stakeOf(st, hot, cold, netuid);
  const locked = currentLocked(st, cold, netuid);
  return { total, locked, available: satSub(total, locked) };
}

/** ensure_available_to_unstake: StakeUnavailable when `alpha` exceeds what the lock leaves free. */
export function ensureAvailable(ctx: Ctx, cold: AccountHex, netuid: NetUid, alpha: bigint): void {
  if (!ctx.state.locks.size) return;
  if (stakeAvailability(ctx.state, cold, netuid).available < alpha) fail('StakeUnavailable');
}

/** The runtime API's answer: coldkey → netuid → { total, locked, available }. */
export function availabilityForColdkeys(
  st: State,
  coldkeys: AccountHex[],
  requested: NetUid[] | null,
): Map<AccountHex, Map<NetUid, { total: bigint; locked: bigint; available: bigint }>> {
  const existing = sortedNetuids(st);
  let netuids = existing;
  let invalid = false;
  if (requested) {
    const wanted = [...new Set(requested)].sort((a, b) => a - b);
    invalid = wanted.length === 0 || wanted.length > existing.length;
    netuids = wanted.filter((n) => st.subnets.has(n));
  }
  const out = new Map<AccountHex, Map<NetUid, { total: bigint; locked: bigint; available: bigint }>>();
  for (const cold of coldkeys) {
    const inner = new Map<NetUid, { total: bigint; locked: bigint; available: bigint }>();
    if (!invalid)
      for (const n of netuids) {
        const a = stakeAvailability(st, cold, n);
        if (a.total !== 0n || a.locked !== 0n) inner.set(n, a);
      }
    out.set(cold, inner);
  }
  return out;
}

function account(v: string): AccountHex {
  const s = v.toLowerCase();
  if (!isAccountHex(s)) throw new Error(`scenario: lock account ${v} is not a 32-byte hex key`);
  return s;
}

/** A scenario lock: like do_lock_stake, at most the coldkey's alpha on the subnet (InsufficientStakeForLock). */
export function addGenesisLock(st: State, l: ScenarioLock): void {
  const cold = account(l.coldkey);
  const amount = toAmount(l.amount, 'lock amount');
  if (amount === 0n || stakeAvailability(st, cold, l.netuid).total < amount)
    throw new Error(`scenario: lock of ${amount} on subnet ${l.netuid} exceeds the coldkey's stake there`);
  st.locks.set(lockKey(cold, l.netuid), {
    hotkey: account(l.hotkey),
    mass: amount,
    lastUpdate: st.block,
    perpetual: l.perpetual ?? false,
  });
}
