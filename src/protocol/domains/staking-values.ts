/**
 * Plain types of the staking domain (no schema library), safe to import from the popup. Amounts travel as
 * decimal strings of rao (TAO) or alpha-rao; prices in rao of TAO per 1 alpha.
 */
import type { CallSummary } from '../../core/calls/types.ts';
import type { ShieldPlan, TrackedTx } from './tx-values.ts';

/** What the person asks for. Amounts are typed text ("1.5"), parsed exactly in the background. */
export type StakeOp =
  | { op: 'stake'; hotkey: string; netuid: number; amount: string; allowPartial?: boolean }
  | { op: 'unstake'; hotkey: string; netuid: number; amount: string; all?: boolean; allowPartial?: boolean }
  | {
      op: 'move';
      hotkey: string;
      netuid: number;
      toHotkey: string;
      toNetuid: number;
      amount: string;
      all?: boolean;
      /** With a price limit (swap_stake_limit, move_stake_limit): fill what the limit allows instead of all or nothing. */
      allowPartial?: boolean;
    }
  | {
      op: 'transferStake';
      hotkey: string;
      netuid: number;
      toColdkey: string;
      toNetuid: number;
      amount: string;
      all?: boolean;
    }
  | { op: 'unstakeAll'; hotkey: string }
  /** claim_root: the root dividends owed on these subnets (1 to 5) become stake (facts §5.4). */
  | { op: 'claimRoot'; subnets: number[] }
  | { op: 'claimRootBaskets'; hotkeys: string[] }
  /** set_root_claim_type: what claims do with root dividends, one of the runtime's variants without fields. */
  | { op: 'setRootClaimType'; claimType: string; subnets?: number[] }
  | { op: 'batchStake'; items: Array<{ hotkey: string; netuid: number; amount: string }> }
  /** dispute_coldkey_swap: stops a coldkey swap announced for this account (runtimes with announcements). */
  | { op: 'disputeColdkeySwap' }
  | { op: 'addProxy'; delegate: string }
  | { op: 'removeProxy'; delegate: string };

export interface StakeRequest {
  accountId: string;
  op: StakeOp;
  /** Overrides the Settings tolerance for this trade (basis points). */
  slippageBps?: number;
  /** Act as a Staking proxy for this coldkey (it named the signing account as its proxy). */
  real?: string;
  /**
   * The limit of each leg as the person reviewed it (StakePreview.legs[i].limitPrice; null for a leg without
   * one). Sent with Approve so the call carries exactly the reviewed limit, not one recomputed from a price
   * that moved since: if it moved past it, the chain refuses the trade instead of filling it worse.
   */
  limits?: Array<string | null>;
}

/** One swap of the operation, as the chain's own simulation predicts it. */
export interface TradeLeg {
  netuid: number;
  symbol: string;
  direction: 'buy' | 'sell';
  /** Gross input: rao for a buy, alpha for a sell. */
  amountIn: string;
  /** Output: alpha for a buy, rao for a sell (SwapRuntimeApi sim_swap_*, or the pool math's estimate: `simulated`). */
  out: string;
  /**
   * Whether `out` and the swap fee are the chain's own simulation. False on runtimes without sim_swap_* (spec 293):
   * then they are estimated from the pool's reserves; the limit price, which the chain enforces, is exact either way.
   */
  simulated: boolean;
  swapFee: string;
  /** rao per alpha now, and after this trade (core pool math on the reserves). */
  spot: string;
  spotAfter: string;
  /** Parts per million, rounded up. */
  priceImpactPpm: string;
  /** The limit sent with the call (rao per alpha; for swap_stake_limit the price ratio × 10^9). */
  limitPrice?: string;
  /** The smallest output the limit guarantees (null: no limit on this leg). */
  minOut?: string | null;
  /** The limit is tighter than this trade's own price move: the chain will refuse it. */
  exceedsTolerance: boolean;
}

export type StakeWarning =
  | 'tolerance-risky'
  | 'exceeds-tolerance'
  | 'remainder-swept'
  | 'remainder-below-min'
  | 'amount-too-low'
  | 'transfer-stake'
  | 'unprotected-move'
  | 'move-swaps'
  | 'allow-partial'
  | 'proxy-grants-control'
  /** Root dividends owed would be lost by this exit: the wallet claims them first in the same batch. */
  | 'root-claim-first'
  /** Root dividends owed would be lost by this exit and cannot be claimed first (see rootOwed). */
  | 'root-owed-lost'
  /** swap_stake_limit would not hold this move to the tolerance: sent as remove_stake_limit + add_stake_limit. */
  | 'move-two-legs'
  /** swap_stake_limit is sent although its check is looser than the tolerance (no two-leg route on this runtime). */
  | 'move-cap-loose';

/**
 * swap_stake_limit's own cap between two dynamic subnets (move_stake.rs get_max_amount_move, constant-product on
 * weighted pools): the most it moves at the limit (null: it refuses every amount), the slippage it really lets through
 * (ppm, before fees; null when it accepts none), and whether that holds the move to the tolerance asked.
 */
export interface MoveCap {
  chainMax: string | null;
  allowedSlippagePpm: string | null;
  protected: boolean;
}

/**
 * Root dividends an exit out of root would throw away (facts §5.4: RootClaimed drops with the stake, never below 0),
 * per subnet in that subnet's alpha. `claimed`: the exit is sent as batch_all(claim_root…, exit), so nothing is lost
 * but what is marked `lost` (below the chain's claim threshold, or no claim call on this runtime).
 */
export interface RootExitOwed {
  claimed: boolean;
  subnets: Array<{ netuid: number; symbol: string; alpha: string; lost: boolean }>;
}

export interface StakePreview {
  networkId: string;
  /** The account that signs (the proxy when acting for someone). */
  signer: string;
  /** The coldkey whose stake moves (differs from signer when acting as a proxy). */
  coldkey: string;
  /** The call as sent, summarised for the review sentence. */
  summary: CallSummary;
  /** section.method of every call sent (the outermost first). */
  calls: string[];
  legs: TradeLeg[];
  /** Transaction fee (TransactionPaymentApi), rao. */
  txFee: string;
  slippageBps: number;
  allowPartial: boolean;
  /** DefaultMinStake in rao and the smallest gross TAO a stake may be here. */
  minStake: string;
  /** Alpha held on the position(s) now and after (first leg's origin / destination). */
  positionBefore?: string;
  positionAfter?: string;
  /** Proxy deposit reserved by add_proxy (rao). */
  deposit?: string;
  /** Root dividends this exit would otherwise lose, and whether they are claimed first. */
  rootOwed?: RootExitOwed;
  /** A cross-subnet move: what swap_stake_limit's own check allows on these pools. */
  moveCap?: MoveCap;
  /** MEV Shield, where the runtime has it (absent: the chain offers none, nothing is said). */
  shield?: ShieldPlan;
  warnings: StakeWarning[];
}

export interface StakeTxRecord extends TrackedTx {
  kind: 'staking';
  op: StakeOp['op'];
  signer: string;
  coldkey: string;
  summary: CallSummary;
}

export interface ProxyView {
  delegate: string;
  proxyType: string;
  delay: number;
}

export interface ProxiesState {
  /** Proxies this account named (who may act for it). */
  proxies: ProxyView[];
  deposit: string;
}

/**
 * The coldkey's root claim type: `current` is the variant stored on chain (the default when none is), with its
 * subnets when it keeps a list of them; `options` the variants this runtime's metadata offers (empty when it has
 * no root claims), of which `withSubnets` take a list of subnets (KeepSubnets: Keep on those, Swap elsewhere).
 */
export interface RootClaimTypeState {
  current: string | null;
  currentSubnets: number[] | null;
  options: string[];
  withSubnets: string[];
}

/** One subnet holding of a validator's Root Reborn basket (rao amounts as decimal strings). */
export interface RootBasketHolding {
  netuid: number;
  /** Alpha the basket holds (on root: TAO). */
  alpha: string;
  /** Its realizable TAO value, as the chain values it. */
  tao: string;
  /** What of it a claim by this coldkey would take (holding × owed shares / all shares). */
  yours: string;
}

/** A validator's basket as one coldkey sees it (Root Reborn: claim_root_with_hotkey). */
export interface RootBasketView {
  hotkey: string;
  /** The coldkey's root stake with this validator (rao). */
  rootStake: string;
  /** Fund shares the coldkey is owed, and all outstanding (BasketShares). */
  owedShares: string;
  sharesTotal: string;
  /** TAO (rao) a claim would stake on root now. */
  payout: string;
  /** Whether a claim pays anything (a payout below RootClaimableThreshold is skipped by the chain). */
  claimable: boolean;
  holdings: RootBasketHolding[];
  /** Block until which this root stake is held (cannot be unstaked, moved or transferred), or null. */
  holdUntil: number | null;
}

export interface RootBasketsState {
  /** Whether the runtime has Root Reborn's per-validator claims (claim_root_with_hotkey in its metadata). */
  available: boolean;
  /** RootClaimableThreshold(ROOT) in rao (rounded up): smaller claims pay nothing. */
  threshold: string;
  baskets: RootBasketView[];
}
