/**
 * Stake as shares (facts doc §4.2), in the spec346 representation: `Alpha(hot, cold, netuid)` and
 * `TotalHotkeyShares(hot, netuid)` are U64F64 (bits = shares × 2^64), `TotalHotkeyAlpha(hot, netuid)`
 * is the pool's total value in alpha rao.
 *
 *  - value(cold): the chain's own U64F64 arithmetic (primitives/share-pool `get_value`): T / S truncated to 64
 *    fraction bits, times the share, truncated, integer part. A rao below floor(T × share / S) at times (seen on
 *    the real spec-293 runtime: a sole holder is worth T − 1).
 *  - adding v: the first stake (S = 0, or T = 0 meaning the pool is worthless: old shares are
 *    dropped) gets share = v·2^64; otherwise share += floor(v·S/T). Then T += v.
 *  - removing v ≤ value: if v equals the whole value all the holder's shares are burnt, else
 *    floor(v·S/T) shares are burnt. Then T −= v.
 *  - emission (auto-compounding) raises T without minting shares.
 * The chain computes v/T·S in fixed point before flooring; we floor the exact rational when minting and burning,
 * so share bits can differ from a real node's in the last bit.
 * If every holder leaves while T > 0 (rounding dust), the dust goes to the next staker.
 */
import type { AccountHex } from './types.ts';

export interface SharePool {
  /** TotalHotkeyAlpha */
  total: bigint;
  /** TotalHotkeyShares (U64F64 bits) */
  shares: bigint;
  /** Alpha(hot, cold, netuid) (U64F64 bits), only non-zero entries */
  holders: Map<AccountHex, bigint>;
}

export function emptyPool(): SharePool {
  return { total: 0n, shares: 0n, holders: new Map() };
}

const U128_MAX = (1n << 128n) - 1n;

export function valueOf(pool: SharePool, cold: AccountHex): bigint {
  const s = pool.holders.get(cold) ?? 0n;
  if (s === 0n || pool.shares === 0n) return 0n;
  const shared = pool.total << 64n;
  const perShare = (shared << 64n) / pool.shares;
  // checked_div overflows only for pools worth more than 2^64 per share; then the chain multiplies first.
  const bits = perShare <= U128_MAX ? (perShare * s) >> 64n : (((shared * s) >> 64n) << 64n) / pool.shares;
  return bits >> 64n;
}

export function addValue(pool: SharePool, cold: AccountHex, amount: bigint): void {
  if (amount <= 0n) return;
  if (pool.shares === 0n || pool.total === 0n) {
    pool.holders.clear();
    const s = amount << 64n;
    pool.holders.set(cold, s);
    pool.shares = s;
    pool.total += amount;
    return;
  }
  const minted = (amount * pool.shares) / pool.total;
  pool.holders.set(cold, (pool.holders.get(cold) ?? 0n) + minted);
  pool.shares += minted;
  pool.total += amount;
}

/** Removes `amount` of value from `cold`; the caller has checked amount ≤ valueOf(cold). */
export function removeValue(pool: SharePool, cold: AccountHex, amount: bigint): void {
  if (amount <= 0n) return;
  const own = pool.holders.get(cold) ?? 0n;
  const value = valueOf(pool, cold);
  if (amount > value) throw new RangeError('removeValue above the holding');
  const burnt = amount === value ? own : (amount * pool.shares) / pool.total;
  const left = own - burnt;
  if (left > 0n) pool.holders.set(cold, left);
  else pool.holders.delete(cold);
  pool.shares -= burnt;
  pool.total -= amount;
  if (pool.shares === 0n) pool.holders.clear();
}

/** Emission: the value of every share grows; no shares are minted. */
export function compound(pool: SharePool, amount: bigint): void {
  pool.total += amount;
}
