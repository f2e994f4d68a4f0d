/**
 * Epoch (facts §6.3, §6.4), run for subnet n in the blocks shouldRunEpoch names (the chain's schedule).
 *
 * Simplified Yuma, documented: there are no weights, so consensus is "validator dividends
 * proportional to stake". For each registered validator h (ValidatorPermit) with a = TotalHotkeyAlpha
 * (h, n) and r = TotalHotkeyAlpha(h, 0):
 *   alpha_divs_h = floor(PendingValidatorEmission × a / Σa)     (the chain's alpha/root split by the
 *   root_divs_h  = floor(PendingRootAlphaDivs    × r / Σr)      hotkey's composition, in closed form)
 * The flooring dust stays pending for the next epoch. Then, exactly as §6.4 "Distribution":
 *   - take = Delegates(h)/65535 of BOTH parts (floor) is staked to Owner(h) on (h, n);
 *   - alpha_divs_h − alpha_take compounds into TotalHotkeyAlpha(h, n) (shares unchanged) and is
 *     recorded in AlphaDividendsPerSubnet(n, h); TotalHotkeyAlphaLastEpoch(h, n) = the total after;
 *   - root_divs_h − root_take becomes RootClaimable[h][n] (rate per root stake) and is recorded in
 *     RootAlphaDividendsPerSubnet(n, h);
 *   - miners: PendingServerEmission is staked to the subnet's miner (hotkey, owner coldkey); with no
 *     miner it joins the validators' alpha part (the chain's "no incentive" rule);
 *   - owner cut: PendingOwnerCut is staked to (SubnetOwnerHotkey, SubnetOwner).
 * Every credit is recorded in the ledger as the change of each holder's stake value (ground truth
 * for tests); `dust` is what share rounding left unattributed in the hotkey's pool.
 */
import { DEFAULT_PARAMS, peekPool, type State, type SubnetState } from './state.ts';
import { FEE_DENOM } from './pools.ts';
import { depositRootDividend } from './root-baskets.ts';
import { addRootClaimable } from './root-rates.ts';
import { compound, valueOf } from './shares.ts';
import { creditAlpha, type Ctx } from './stake-ops.ts';
import type { AccountHex, NetUid } from './types.ts';

export interface Credit {
  hotkey: AccountHex;
  coldkey: AccountHex;
  netuid: NetUid;
  /** Change of this coldkey's stake value on (hotkey, netuid) during the epoch's distribution. */
  alpha: bigint;
}

export interface HotkeyDividend {
  hotkey: AccountHex;
  owner: AccountHex;
  take: number;
  alphaDivs: bigint;
  rootDivs: bigint;
  alphaTake: bigint;
  rootTake: bigint;
  /** alphaDivs − alphaTake: added to TotalHotkeyAlpha. */
  compounded: bigint;
  /** rootDivs − rootTake: made claimable by the hotkey's root stakers. */
  rootClaimable: bigint;
  /** alphaTake + rootTake + compounded − Σ credits on the pool (share rounding). */
  dust: bigint;
}

export interface EpochReport {
  block: number;
  netuid: NetUid;
  /** Pending amounts drained by this epoch (before carrying the dust). */
  pending: { ownerCut: bigint; server: bigint; validator: bigint; root: bigint };
  ownerCut: bigint;
  miner: bigint;
  hotkeys: HotkeyDividend[];
  /** Left pending for the next epoch (flooring dust, or no recipients). */
  carried: { validator: bigint; root: bigint };
  credits: Credit[];
}

function holdersSnapshot(state: State, hot: AccountHex, netuid: NetUid): Map<AccountHex, bigint> {
  const pool = peekPool(state, hot, netuid);
  const m = new Map<AccountHex, bigint>();
  if (pool) for (const c of pool.holders.keys()) m.set(c, valueOf(pool, c));
  return m;
}

function creditsSince(state: State, hot: AccountHex, netuid: NetUid, before: Map<AccountHex, bigint>): Credit[] {
  const pool = peekPool(state, hot, netuid);
  const out: Credit[] = [];
  if (!pool) return out;
  for (const c of pool.holders.keys()) {
    const d = valueOf(pool, c) - (before.get(c) ?? 0n);
    if (d !== 0n) out.push({ hotkey: hot, coldkey: c, netuid, alpha: d });
  }
  return out;
}

function creditPosition(
  state: State,
  hot: AccountHex,
  cold: AccountHex,
  netuid: NetUid,
  alpha: bigint,
  credits: Credit[],
): void {
  const before = holdersSnapshot(state, hot, netuid);
  creditAlpha(state, hot, cold, netuid, alpha);
  credits.push(...creditsSince(state, hot, netuid, before));
}

/**
 * blocks_until_next_epoch (run_coinbase.rs, the same at specs 293 and 346): tempo − (block + netuid + 1) mod
 * (tempo + 1), saturating; a tempo of 0 never runs. The epoch runs in the blocks where that is 0, in on_initialize.
 */
export function blocksUntilNextEpoch(netuid: number, tempo: number, block: number): bigint {
  if (tempo === 0) return (1n << 64n) - 1n;
  const remainder = (BigInt(block) + BigInt(netuid) + 1n) % BigInt(tempo + 1);
  return remainder >= BigInt(tempo) ? 0n : BigInt(tempo) - remainder;
}

/** should_run_epoch: a subnet's epoch is due in this block (root has none). */
export function shouldRunEpoch(s: SubnetState, block: number): boolean {
  return s.netuid !== 0 && blocksUntilNextEpoch(s.netuid, s.tempo, block) === 0n;
}

export function runEpoch(ctx: Ctx, s: SubnetState, block: number): EpochReport {
  const st = ctx.state;
  const n = s.netuid;
  const pending = {
    ownerCut: s.pendingOwnerCut,
    server: s.pendingServer,
    validator: s.pendingValidator,
    root: s.pendingRoot,
  };
  const credits: Credit[] = [];
  s.pendingOwnerCut = 0n;
  s.pendingServer = 0n;
  s.pendingValidator = 0n;
  s.pendingRoot = 0n;

  const minerOwner = s.miner ? st.owner.get(s.miner) : undefined;
  let pve = pending.validator;
  let miner = 0n;
  if (s.miner && minerOwner) {
    miner = pending.server;
    creditPosition(st, s.miner, minerOwner, n, miner, credits);
  } else pve += pending.server;
  creditPosition(st, s.ownerHotkey, s.owner, n, pending.ownerCut, credits);

  const validators = s.uids.filter((_, uid) => s.permits[uid]);
  const a = validators.map((h) => peekPool(st, h, n)?.total ?? 0n);
  const r = validators.map((h) => peekPool(st, h, 0)?.total ?? 0n);
  const sumA = a.reduce((x, y) => x + y, 0n);
  const sumR = r.reduce((x, y) => x + y, 0n);
  const hotkeys: HotkeyDividend[] = [];
  let paidA = 0n;
  let paidR = 0n;
  const emission = s.uids.map((h) => (h === s.miner ? miner : 0n));
  validators.forEach((h, i) => {
    const alphaDivs = sumA === 0n ? 0n : (pve * a[i]!) / sumA;
    const rootDivs = sumR === 0n ? 0n : (pending.root * r[i]!) / sumR;
    paidA += alphaDivs;
    paidR += rootDivs;
    emission[s.uids.indexOf(h)] = alphaDivs + rootDivs;
    const owner = st.owner.get(h)!;
    const take = st.delegates.get(h) ?? DEFAULT_PARAMS.defaultTake;
    const alphaTake = (alphaDivs * BigInt(take)) / FEE_DENOM;
    const rootTake = (rootDivs * BigInt(take)) / FEE_DENOM;
    const before = holdersSnapshot(st, h, n);
    creditAlpha(st, h, owner, n, alphaTake + rootTake);
    const compounded = alphaDivs - alphaTake;
    const pool = peekPool(st, h, n);
    if (pool && compounded > 0n) compound(pool, compounded);
    else if (compounded > 0n) creditAlpha(st, h, owner, n, compounded);
    const hc = creditsSince(st, h, n, before);
    credits.push(...hc);
    const key = `${h}:${n}`;
    st.alphaDivs.set(key, compounded);
    st.lastEpochTotal.set(key, peekPool(st, h, n)?.total ?? 0n);
    const rootRem = rootDivs - rootTake;
    st.rootAlphaDivs.set(key, rootRem);
    // Root Reborn: the dividend goes into the validator's basket; before it, it became RootClaimable.
    if (st.reborn) depositRootDividend(ctx, h, n, rootRem);
    else addRootClaimable(st, h, n, rootRem, r[i]!);
    const credited = hc.reduce((x, c) => x + c.alpha, 0n);
    hotkeys.push({
      hotkey: h,
      owner,
      take,
      alphaDivs,
      rootDivs,
      alphaTake,
      rootTake,
      compounded,
      rootClaimable: rootRem,
      dust: alphaTake + rootTake + compounded - credited,
    });
  });
  s.pendingValidator = pve - paidA;
  s.pendingRoot = pending.root - paidR;
  s.emission = emission;
  s.lastStep = BigInt(block);
  return {
    block,
    netuid: n,
    pending,
    ownerCut: pending.ownerCut,
    miner,
    hotkeys,
    carried: { validator: s.pendingValidator, root: s.pendingRoot },
    credits,
  };
}
