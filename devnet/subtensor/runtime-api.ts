/**
 * Runtime APIs (facts §3), returning plain objects with the metadata's (snake_case) field names, in
 * the shape `createType(<output type>, value)` accepts. Method names and args follow the spec346
 * metadata `apis`; `current_alpha_price_all` (HEAD only) is served too.
 * Args arrive positionally: AccountHex, numbers, bigint, arrays, null for None.
 */
import { isAccountHex } from './accounts.ts';
import { toBig } from './args.ts';
import { FEE_DENOM, PRICE_ONE, quoteBuy, quoteSell, spotPrice, tryQuote } from './pools.ts';
import { sortedNetuids, swapPool, type State, type SubnetState } from './state.ts';
import { stakeOf } from './stake-ops.ts';
import type { AccountHex, NetUid } from './types.ts';
import { subnetInfo, dynamicInfo } from './subnet-info.ts';
import { availabilityForColdkeys } from './locks.ts';

function acct(v: unknown, what: string): AccountHex {
  const s = typeof v === 'string' ? v.toLowerCase() : v;
  if (!isAccountHex(s)) throw new Error(`runtime API argument ${what} is not an account`);
  return s;
}
function netuidArg(v: unknown): NetUid {
  return Number(toBig(v, 'netuid'));
}

export function stakeInfo(st: State, hot: AccountHex, cold: AccountHex, netuid: NetUid) {
  const s = st.subnets.get(netuid);
  return {
    hotkey: hot,
    coldkey: cold,
    netuid,
    stake: stakeOf(st, hot, cold, netuid),
    locked: 0n,
    emission: st.alphaDivs.get(`${hot}:${netuid}`) ?? 0n,
    tao_emission: 0n,
    drain: 0n,
    is_registered: s ? s.uids.includes(hot) : false,
  };
}

function stakeInfoForColdkey(st: State, cold: AccountHex) {
  const out = [];
  for (const hot of st.stakingHotkeys.get(cold) ?? []) {
    for (const n of sortedNetuids(st)) if (stakeOf(st, hot, cold, n) > 0n) out.push(stakeInfo(st, hot, cold, n));
  }
  return out;
}

/** get_stake_fee: 0 when origin equals destination, else amount × FeeRate/65535 (dest, or origin). */
function stakeFee(st: State, origin: unknown, destination: unknown, amount: bigint): bigint {
  const pair = (v: unknown): [string, number] | null =>
    Array.isArray(v) ? [String(v[0]).toLowerCase(), netuidArg(v[1])] : null;
  const o = pair(origin);
  const d = pair(destination);
  if (o && d && o[0] === d[0] && o[1] === d[1]) return 0n;
  const n = d ? d[1] : o ? o[1] : null;
  const s = n === null ? undefined : st.subnets.get(n);
  if (!s) return 0n;
  const pool = swapPool(s);
  return pool.stable ? 0n : (amount * BigInt(s.feeRate)) / FEE_DENOM;
}

function delegateInfo(st: State, hot: AccountHex, withNominators: boolean) {
  const take = st.delegates.get(hot) ?? 0;
  const nominators = new Map<AccountHex, [number, bigint][]>();
  const registrations: number[] = [];
  let perDay = 0n;
  for (const n of sortedNetuids(st)) {
    const s = st.subnets.get(n)!;
    const uid = s.uids.indexOf(hot);
    if (uid >= 0) {
      registrations.push(n);
      if (s.tempo > 0) perDay += ((s.emission[uid] ?? 0n) * 7200n) / BigInt(s.tempo);
    }
    const pool = st.pools.get(`${hot}:${n}`);
    if (!withNominators || !pool) continue;
    for (const cold of pool.holders.keys()) {
      const v = stakeOf(st, hot, cold, n);
      if (v > 0n) nominators.set(cold, [...(nominators.get(cold) ?? []), [n, v]]);
    }
  }
  const rootStake = st.pools.get(`${hot}:0`)?.total ?? 0n;
  // return_per_1000 = emissions_per_day × (1 − take) / (root stake / 10^12), facts §3.2
  const returnPer1000 =
    rootStake === 0n ? 0n : (perDay * (FEE_DENOM - BigInt(take)) * 1_000_000_000_000n) / (FEE_DENOM * rootStake);
  return {
    delegate_ss58: hot,
    take,
    nominators: [...nominators.entries()],
    owner_ss58: st.owner.get(hot) ?? `0x${'0'.repeat(64)}`,
    registrations,
    validator_permits: registrations.filter((n) => {
      const s = st.subnets.get(n)!;
      return s.permits[s.uids.indexOf(hot)] === true;
    }),
    return_per_1000: returnPer1000,
    total_daily_return: perDay,
  };
}

function delegated(st: State, cold: AccountHex) {
  const out: [ReturnType<typeof delegateInfo>, [number, bigint]][] = [];
  for (const hot of [...st.delegates.keys()].sort()) {
    for (const n of sortedNetuids(st)) {
      const pool = st.pools.get(`${hot}:${n}`);
      if (pool?.holders.has(cold)) out.push([delegateInfo(st, hot, false), [n, stakeOf(st, hot, cold, n)]]);
    }
  }
  return out;
}

export function currentAlphaPrice(s: SubnetState | undefined): bigint {
  return s ? spotPrice(swapPool(s)) : 0n;
}

/** SimSwapResult; all zeros on failure (facts §3.4). tao_amount excludes the fee on a buy. */
export function simSwapTaoForAlpha(s: SubnetState | undefined, tao: bigint) {
  const q = s ? tryQuote(() => quoteBuy(swapPool(s), tao)) : null;
  if (!s || !q)
    return { tao_amount: 0n, alpha_amount: 0n, tao_fee: 0n, alpha_fee: 0n, tao_slippage: 0n, alpha_slippage: 0n };
  const price = spotPrice(swapPool(s));
  const ideal = price === 0n ? 0n : (tao * PRICE_ONE) / price;
  return {
    tao_amount: q.netIn,
    alpha_amount: q.amountOut,
    tao_fee: q.fee,
    alpha_fee: 0n,
    tao_slippage: 0n,
    alpha_slippage: ideal > q.amountOut ? ideal - q.amountOut : 0n,
  };
}

export function simSwapAlphaForTao(s: SubnetState | undefined, alpha: bigint) {
  const q = s ? tryQuote(() => quoteSell(swapPool(s), alpha)) : null;
  if (!s || !q)
    return { tao_amount: 0n, alpha_amount: 0n, tao_fee: 0n, alpha_fee: 0n, tao_slippage: 0n, alpha_slippage: 0n };
  const ideal = (alpha * spotPrice(swapPool(s))) / PRICE_ONE;
  return {
    tao_amount: q.amountOut,
    alpha_amount: q.netIn,
    tao_fee: 0n,
    alpha_fee: q.fee,
    tao_slippage: ideal > q.amountOut ? ideal - q.amountOut : 0n,
    alpha_slippage: 0n,
  };
}

export function runtimeApi(st: State, api: string, method: string, args: unknown[] | Record<string, unknown>): unknown {
  const list = Array.isArray(args) ? args : Object.values(args);
  const a = (i: number): unknown => list[i];
  const sub = (i: number) => st.subnets.get(netuidArg(a(i)));
  switch (`${api}_${method}`) {
    case 'StakeInfoRuntimeApi_get_stake_info_for_coldkey':
      return stakeInfoForColdkey(st, acct(a(0), 'coldkey'));
    case 'StakeInfoRuntimeApi_get_stake_info_for_coldkeys': {
      const list = a(0);
      if (!Array.isArray(list)) throw new Error('get_stake_info_for_coldkeys expects a list of accounts');
      return list.map((c) => [acct(c, 'coldkey'), stakeInfoForColdkey(st, acct(c, 'coldkey'))]);
    }
    case 'StakeInfoRuntimeApi_get_stake_info_for_hotkey_coldkey_netuid':
      return stakeInfo(st, acct(a(0), 'hotkey'), acct(a(1), 'coldkey'), netuidArg(a(2)));
    case 'StakeInfoRuntimeApi_get_stake_availability_for_coldkeys': {
      const coldkeys = a(0);
      const netuids = a(1);
      if (!Array.isArray(coldkeys)) throw new Error('get_stake_availability_for_coldkeys expects a list of accounts');
      return availabilityForColdkeys(
        st,
        coldkeys.map((c) => acct(c, 'coldkey')),
        Array.isArray(netuids) ? netuids.map(netuidArg) : null,
      );
    }
    case 'StakeInfoRuntimeApi_get_stake_fee':
      return stakeFee(st, a(0), a(2), toBig(a(4), 'amount'));
    case 'DelegateInfoRuntimeApi_get_delegates':
      return [...st.delegates.keys()].sort().map((h) => delegateInfo(st, h, true));
    case 'DelegateInfoRuntimeApi_get_delegate': {
      const h = acct(a(0), 'delegate');
      return st.delegates.has(h) ? delegateInfo(st, h, true) : null;
    }
    case 'DelegateInfoRuntimeApi_get_delegated':
      return delegated(st, acct(a(0), 'coldkey'));
    case 'SubnetInfoRuntimeApi_get_dynamic_info': {
      const s = sub(0);
      return s ? dynamicInfo(st, s) : null;
    }
    case 'SubnetInfoRuntimeApi_get_all_dynamic_info':
      return sortedNetuids(st).map((n) => dynamicInfo(st, st.subnets.get(n)!));
    case 'SubnetInfoRuntimeApi_get_subnet_info': {
      const s = sub(0);
      return s ? subnetInfo(st, s) : null;
    }
    case 'SubnetInfoRuntimeApi_get_subnets_info':
      return sortedNetuids(st).map((n) => subnetInfo(st, st.subnets.get(n)!));
    case 'SwapRuntimeApi_current_alpha_price':
      return currentAlphaPrice(sub(0));
    case 'SwapRuntimeApi_current_alpha_price_all':
      return sortedNetuids(st).map((n) => ({ netuid: n, price: currentAlphaPrice(st.subnets.get(n)) }));
    case 'SwapRuntimeApi_sim_swap_tao_for_alpha':
      return simSwapTaoForAlpha(sub(0), toBig(a(1), 'tao'));
    case 'SwapRuntimeApi_sim_swap_alpha_for_tao':
      return simSwapAlphaForTao(sub(0), toBig(a(1), 'alpha'));
    default:
      throw new Error(`runtime API ${api}_${method} is not implemented by the devnet's Subtensor model`);
  }
}
