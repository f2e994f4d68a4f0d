/**
 * Root Reborn's per-validator baskets (spec 441+, facts §12), as RaoFoundation/subtensor's
 * `staking/claim_root.rs` and `staking/basket_views.rs` do it:
 *  - a validator's basket is the stake of one escrow coldkey (`PalletId(*b"subtensr")` sub-account `b"beta/esc"`) on
 *    (hotkey, netuid) positions; its value N is each holding's fee-less sell quote (root: TAO, 1:1);
 *  - an epoch's root dividend of a validator (alpha of the epoch's subnet, after its take) is sold fee-less for TAO
 *    and deployed along its root weight vector (empty: all of it in the root slot as TAO), each slice bought fee-less
 *    into the escrow position; the deposit's value (N after − N before) × the stakers' share of root stake mints
 *    `value × P / N` fund shares (par for the first deposit), and `BasketRate += shares / stakers' root stake`;
 *  - `claim_root_with_hotkey(hotkey)`: owed = floor(rate × root stake − BasketClaimed), capped at P; the payout
 *    min(owed × N / P, N) must reach RootClaimableThreshold(0) (else nothing happens, without an error); every
 *    holding gives up holding × owed / P, sold fee-less (the root slot moves as is), and the TAO is staked on root
 *    for the claimer; BasketShares −= owed, BasketClaimed += owed; events BasketClaimed, then RootClaimed.
 *  - a change of a coldkey's root stake rebases its watermark by floor(rate × Δ) (stake-ops' credit/debit).
 * Departures: no `stake_into_basket`, basket trading, dissolution conversion or protocol-flow bookkeeping; the
 * buys run through the devnet's constant-product pools.
 */
import { BASKET_ESCROW, subnetAccount } from './accounts.ts';
import { fail, ModuleError } from './errors.ts';
import { FRAC32, U64_MAX } from './fixed.ts';
import { OverlayBalances } from './journal.ts';
import { quoteSell, tryQuote } from './pools.ts';
import { sortedNetuids, swapPool, type State } from './state.ts';
import { creditAlpha, debitAlpha, requireSubnet, stakeIntoSubnet, stakeOf, type Ctx } from './stake-ops.ts';
import type { AccountHex, NetUid } from './types.ts';

/** The first runtime with Root Reborn (facts §12). */
export const REBORN_SPEC = 441;

const I128_MAX = (1n << 127n) - 1n;
const I128_MIN = -(1n << 127n);
const sat128 = (v: bigint): bigint => (v > I128_MAX ? I128_MAX : v < I128_MIN ? I128_MIN : v);
const mulDivU64 = (a: bigint, b: bigint, d: bigint): bigint =>
  d === 0n ? 0n : (a * b) / d > U64_MAX ? U64_MAX : (a * b) / d;

/** Every (netuid, alpha) the escrow holds for `hot`, root slot included. */
export function basketHoldings(st: State, hot: AccountHex): Array<[NetUid, bigint]> {
  const out: Array<[NetUid, bigint]> = [];
  for (const n of sortedNetuids(st)) {
    const alpha = stakeOf(st, hot, BASKET_ESCROW, n);
    if (alpha > 0n) out.push([n, alpha]);
  }
  return out;
}

/** `realizable_tao_for_alpha`: the fee-less sell quote (root and stable subnets 1:1), 0 where no quote. */
export function realizableTao(st: State, netuid: NetUid, alpha: bigint): bigint {
  const s = st.subnets.get(netuid);
  if (alpha === 0n || !s) return 0n;
  if (netuid === 0 || s.mechanism !== 1) return alpha;
  return tryQuote(() => quoteSell(swapPool(s), alpha, false))?.amountOut ?? 0n;
}

export function basketNav(st: State, hot: AccountHex): bigint {
  return basketHoldings(st, hot).reduce((sum, [n, a]) => sum + realizableTao(st, n, a), 0n);
}

/** `get_basket_owed_shares`: floor(rate × root stake − claimed) as I96F32, 0 when negative. */
export function owedShares(st: State, hot: AccountHex, cold: AccountHex): bigint {
  const rate = st.basketRate.get(hot) ?? 0n;
  const claimed = st.basketClaimed.get(`${hot}:${cold}`) ?? 0n;
  const bits = sat128(sat128(rate * stakeOf(st, hot, cold, 0)) - sat128(claimed << FRAC32));
  if (bits < 0n) return 0n;
  return bits >> FRAC32 > U64_MAX ? U64_MAX : bits >> FRAC32;
}

/** `get_basket_payout_tao`: what a claim would pay now. */
export function basketPayout(st: State, hot: AccountHex, cold: AccountHex): bigint {
  const total = st.basketShares.get(hot) ?? 0n;
  const owed = owedShares(st, hot, cold);
  const nav = basketNav(st, hot);
  const paid = mulDivU64(owed < total ? owed : total, nav, total);
  return paid < nav ? paid : nav;
}

/** Sells `alpha` of subnet `n` fee-less (alpha leaves SubnetAlphaOut) and returns the TAO taken out of its account. */
function sellFeeless(ctx: Ctx, n: NetUid, alpha: bigint): bigint {
  const s = requireSubnet(ctx, n);
  if (n === 0) return alpha;
  const q = quoteSell(swapPool(s), alpha, false);
  s.alphaIn = q.alphaIn;
  s.taoIn = q.taoIn;
  s.alphaOut = s.alphaOut > alpha ? s.alphaOut - alpha : 0n;
  if (!ctx.balances.withdraw(subnetAccount(n), q.amountOut, false)) fail('InsufficientLiquidity');
  return q.amountOut;
}

/** `distribute_root_alpha_to_basket`: an epoch's root dividend of `hot` on subnet `origin`. */
export function depositRootDividend(ctx: Ctx, hot: AccountHex, origin: NetUid, alpha: bigint): void {
  const st = ctx.state;
  if (alpha === 0n) return;
  const stored = st.rootWeights.get(hot) ?? [];
  const allRoot: Array<[NetUid, number]> = [[0, 0xffff]];
  const weights = (stored.length ? stored : allRoot).filter(([n, w]) => w > 0 && st.subnets.has(n));
  const escrowRoot = stakeOf(st, hot, BASKET_ESCROW, 0);
  const totalRoot = (st.pools.get(`${hot}:0`)?.total ?? 0n) - escrowRoot;
  // Transactional on the chain: where it would fail (or nothing to apportion), the alpha is recycled instead.
  let fits = weights.length > 0 && totalRoot > 0n;
  if (fits) {
    try {
      const dry: Ctx = { state: structuredClone(st), balances: new OverlayBalances(ctx.balances), events: [] };
      deploy(dry, hot, origin, alpha, weights, totalRoot, escrowRoot);
    } catch (e) {
      if (!(e instanceof ModuleError)) throw e;
      fits = false;
    }
  }
  if (fits) deploy(ctx, hot, origin, alpha, weights, totalRoot, escrowRoot);
  else {
    const s = st.subnets.get(origin);
    if (s) s.alphaOut = s.alphaOut > alpha ? s.alphaOut - alpha : 0n;
  }
}

function deploy(
  ctx: Ctx,
  hot: AccountHex,
  origin: NetUid,
  alpha: bigint,
  weights: Array<[NetUid, number]>,
  totalRoot: bigint,
  escrowRoot: bigint,
): void {
  const st = ctx.state;
  const shares0 = st.basketShares.get(hot) ?? 0n;
  const tao = sellFeeless(ctx, origin, alpha);
  const navBefore = basketNav(st, hot);
  const weightSum = weights.reduce((x, [, w]) => x + BigInt(w), 0n);
  let spent = 0n;
  weights.forEach(([n, w], i) => {
    const slice = i === weights.length - 1 ? tao - spent : mulDivU64(tao, BigInt(w), weightSum);
    spent += slice;
    // The slice's TAO left the origin's pot (sellFeeless) and is bought fee-less into the escrow position.
    if (slice > 0n) stakeIntoSubnet({ ...ctx, events: [] }, hot, BASKET_ESCROW, n, slice, false);
  });
  const added = basketNav(st, hot) - navBefore;
  const stakersValue = mulDivU64(added > 0n ? added : 0n, totalRoot, totalRoot + escrowRoot);
  let shares = mulDivU64(stakersValue, shares0, navBefore);
  if (shares0 === 0n) shares = stakersValue;
  else if (navBefore === 0n) shares = shares0 <= stakersValue / 100n ? stakersValue : 0n;
  const increment = sat128((shares << FRAC32) / totalRoot);
  if (shares === 0n || increment === 0n) fail('AmountTooLow'); // "basket deposit too small"
  st.basketShares.set(hot, shares0 + shares);
  st.basketRate.set(hot, sat128((st.basketRate.get(hot) ?? 0n) + increment));
  ctx.events.push({ pallet: 'SubtensorModule', name: 'BasketDeposited', data: [hot, added, shares] });
}

/**
 * `do_root_claim(coldkey, hotkeys)`: `claim_root_with_hotkey(hotkey)` claims one validator's basket, `claim_root`
 * (its subnets ignored) every hotkey in StakingHotkeys(coldkey); then RootClaimed(coldkey, tao), even of 0.
 */
export function claimBaskets(ctx: Ctx, cold: AccountHex, hotkeys: readonly AccountHex[]): void {
  let paid = 0n;
  for (const hot of hotkeys) paid += claimBasket(ctx, cold, hot);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'RootClaimed', data: [cold, paid] });
}

function claimBasket(ctx: Ctx, cold: AccountHex, hot: AccountHex): bigint {
  const st = ctx.state;
  const total = st.basketShares.get(hot) ?? 0n;
  let owed = owedShares(st, hot, cold);
  if (owed === 0n || total === 0n) return 0n;
  if (owed > total) owed = total;
  const estimate = basketPayout(st, hot, cold);
  // RootClaimableThreshold(ROOT) is an I96F32 of rao (params keeps the rao): a smaller payout is skipped.
  if (estimate < st.params.rootClaimableThreshold || estimate === 0n) return 0n;
  let rootSlot = 0n;
  let swapped = 0n;
  for (const [n, holding] of basketHoldings(st, hot)) {
    const take = mulDivU64(holding, owed, total);
    if (take === 0n) continue;
    debitAlpha(st, hot, BASKET_ESCROW, n, take);
    if (n === 0) rootSlot += take;
    else swapped += sellFeeless(ctx, n, take);
  }
  const paid = rootSlot + swapped;
  if (paid === 0n) return 0n;
  // The root slot is already TAO on root; the sold alpha's TAO enters root's reserves.
  const root = requireSubnet(ctx, 0);
  root.taoIn += swapped;
  ctx.balances.deposit(subnetAccount(0), swapped);
  // creditAlpha rebases the watermark for the new root stake (add_stake_adjust_root_claimed_…).
  creditAlpha(st, hot, cold, 0, paid);
  st.basketShares.set(hot, total - owed);
  st.basketClaimed.set(`${hot}:${cold}`, (st.basketClaimed.get(`${hot}:${cold}`) ?? 0n) + owed);
  ctx.events.push({ pallet: 'SubtensorModule', name: 'BasketClaimed', data: [hot, cold, paid] });
  return paid;
}
