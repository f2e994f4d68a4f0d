/**
 * Root Reborn's per-validator baskets (facts §12; RaoFoundation/subtensor `staking/claim_root.rs` and
 * `staking/basket_views.rs`), computed as the chain computes them:
 *  - a validator's basket is a fund of holdings (subnet alpha, and TAO in its root slot) with `BasketShares(hotkey)`
 *    fund shares outstanding (P) and a realizable value N (each holding's fee-less sell quote, root 1:1);
 *  - `BasketRate(hotkey)` (I96F32: 32 fractional bits) is fund shares per unit of root stake; a coldkey is owed
 *    `rate × rootStake − BasketClaimed(hotkey, coldkey)` shares (the watermark is a signed i128), floored, never
 *    below 0 (`get_basket_owed_shares`);
 *  - a claim pays `min(owed × N / P, N)` TAO (`basket_payout_from`, u128 arithmetic), restaked on root, by selling
 *    `holding × owed / P` of every holding (`root_claim_for_hotkey`); a payout below `RootClaimableThreshold(0)`
 *    (I96F32) is skipped by the chain without an error.
 */

const FRAC = 32n;
const U64_MAX = (1n << 64n) - 1n;
/** I96F32's range: an i128 of bits. */
const I128_MAX = (1n << 127n) - 1n;
const I128_MIN = -(1n << 127n);

const saturateI128 = (bits: bigint): bigint => (bits > I128_MAX ? I128_MAX : bits < I128_MIN ? I128_MIN : bits);

/** `a × b / denom` in u128, 0 for a zero denominator, saturated to u64 (the pallet's `mul_div_u64`). */
export function mulDivU64(a: bigint, b: bigint, denom: bigint): bigint {
  if (denom === 0n) return 0n;
  const q = (a * b) / denom;
  return q > U64_MAX ? U64_MAX : q;
}

/**
 * Fund shares a coldkey is owed on one validator (`get_basket_owed_shares`): the I96F32 product rate × stake
 * (bits = rateBits × stake, saturating), minus the watermark as I96F32 (claimed << 32, saturating), floored to an
 * integer; 0 when negative, saturated to u64.
 */
export function owedBasketShares(rateBits: bigint, rootStake: bigint, claimed: bigint): bigint {
  const claimable = saturateI128(rateBits * rootStake);
  const owedBits = saturateI128(claimable - saturateI128(claimed << FRAC));
  if (owedBits < 0n) return 0n;
  const owed = owedBits >> FRAC;
  return owed > U64_MAX ? U64_MAX : owed;
}

/** TAO rao a claim of `owedShares` pays out of a fund of value `nav` with `sharesTotal` shares (`basket_payout_from`). */
export function basketPayout(owedShares: bigint, nav: bigint, sharesTotal: bigint): bigint {
  const owed = owedShares < sharesTotal ? owedShares : sharesTotal;
  const paid = mulDivU64(owed, nav, sharesTotal);
  return paid < nav ? paid : nav;
}

/** What of one holding a claim of `owedShares` takes out of the fund (alpha rao; `slot_alpha × owed / P`). */
export function basketTake(holding: bigint, owedShares: bigint, sharesTotal: bigint): bigint {
  const owed = owedShares < sharesTotal ? owedShares : sharesTotal;
  return mulDivU64(holding, owed, sharesTotal);
}

/**
 * Whether `claim_root_with_hotkey` pays anything: the chain skips a payout whose I96F32 value is below
 * `RootClaimableThreshold(ROOT)` (bits), and a payout of 0.
 */
export function basketClaimPays(payout: bigint, thresholdBits: bigint): boolean {
  return payout > 0n && payout << FRAC >= thresholdBits;
}

/**
 * The watermark after a root-stake change of `delta` rao (signed): `claimed + floor(rate × delta)`
 * (`rebase_basket_claimed_for_stake_delta`), so a stake change never grants or removes accrued shares.
 */
export function rebasedClaimed(rateBits: bigint, claimed: bigint, delta: bigint): bigint {
  if (rateBits === 0n) return claimed;
  return saturateI128(claimed + (saturateI128(rateBits * delta) >> FRAC));
}

/** The rate increment of a deposit that minted `shares` against `totalRoot` rao of stakers' root stake (bits). */
export function basketRateIncrement(shares: bigint, totalRoot: bigint): bigint {
  return totalRoot === 0n ? 0n : saturateI128((shares << FRAC) / totalRoot);
}

/**
 * Fund shares minted for `value` TAO entering a fund of value `navBefore` with `sharesOutstanding` shares
 * (`basket_shares_for_value`): par for a first deposit, `value × P / N` after; a fund marked at 0 with more than dust
 * outstanding (P > value / 100) mints nothing.
 */
export function basketSharesForValue(value: bigint, navBefore: bigint, sharesOutstanding: bigint): bigint {
  if (sharesOutstanding === 0n) return value;
  if (navBefore === 0n) return sharesOutstanding <= value / 100n ? value : 0n;
  return mulDivU64(value, sharesOutstanding, navBefore);
}
