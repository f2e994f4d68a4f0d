import { alphaToTao } from '../amount/convert.ts';
import { DEFAULT_MIN_STAKE, PPM } from './constants.ts';
import { swapFee } from './fee.ts';

/**
 * Smallest gross TAO that add_stake accepts (§1.4): amount ≥ min_stake + fee(min_stake) and the net
 * after the fee, amount − fee(amount), ≥ min_stake. Root/stable subnets charge no fee: pass feeRate 0.
 */
export function minAddStakeAmount(feeRate: bigint, minStake: bigint = DEFAULT_MIN_STAKE): bigint {
  let a = minStake + swapFee(minStake, feeRate);
  while (a - swapFee(a, feeRate) < minStake) a += 1n;
  return a;
}

export type AddStakeProblem = 'amount-too-low';

export function checkAddStake(
  amountTao: bigint,
  feeRate: bigint,
  minStake: bigint = DEFAULT_MIN_STAKE,
): { ok: boolean; minAmount: bigint; problem?: AddStakeProblem } {
  const minAmount = minAddStakeAmount(feeRate, minStake);
  return amountTao >= minAmount ? { ok: true, minAmount } : { ok: false, minAmount, problem: 'amount-too-low' };
}

export type RemoveStakeProblem =
  'zero-amount' | 'exceeds-stake' | 'amount-too-low' | 'remainder-below-min' | 'remainder-swept';

export interface SweepParams {
  /** DefaultMinStake (2 000 000 rao unless the chain says otherwise). */
  minStake?: bigint;
  /** NominatorMinRequiredStake storage (storage default 0: nothing is swept). */
  nominatorMinRequiredStake: bigint;
  /** Owners of the hotkey are never swept. */
  isHotkeyOwner?: boolean;
}

/** §1.3: threshold in rao = DefaultMinStake × NominatorMinRequiredStake / 10^6 (floored). */
export function nominatorSweepThreshold(params: SweepParams): bigint {
  return ((params.minStake ?? DEFAULT_MIN_STAKE) * params.nominatorMinRequiredStake) / PPM;
}

/**
 * True when the remaining position would be force-unstaked after a removal: not the hotkey's owner,
 * something remains, and its TAO value at the spot price (rao per alpha) is below the threshold.
 * [INFERRED] valuation at spot; the chain's own helper is `clear_small_nomination_if_required`.
 */
export function wouldBeSwept(remainingAlpha: bigint, priceRaoPerAlpha: bigint, params: SweepParams): boolean {
  if (params.isHotkeyOwner || remainingAlpha <= 0n) return false;
  return alphaToTao(remainingAlpha, priceRaoPerAlpha) < nominatorSweepThreshold(params);
}

/**
 * Checks a partial or full removal (§1.3–1.4). `taoOut` is the simulated TAO of this removal.
 * `capped` is true for remove_stake / move / swap (which cap at the holding) and false for
 * remove_stake_limit (which fails with NotEnoughStakeToWithdraw instead).
 * Chain errors: zero-amount, exceeds-stake, amount-too-low. Wallet warnings (the person loses nothing
 * now but is left with dust or a sweep): remainder-below-min, remainder-swept.
 */
export function checkRemoveStake(args: {
  amountAlpha: bigint;
  heldAlpha: bigint;
  taoOut: bigint;
  priceRaoPerAlpha: bigint;
  capped?: boolean;
  sweep?: SweepParams;
  minStake?: bigint;
}): RemoveStakeProblem[] {
  const minStake = args.minStake ?? DEFAULT_MIN_STAKE;
  if (args.amountAlpha <= 0n) return ['zero-amount'];
  if (args.amountAlpha > args.heldAlpha && !args.capped) return ['exceeds-stake'];
  const removed = args.amountAlpha > args.heldAlpha ? args.heldAlpha : args.amountAlpha;
  const remaining = args.heldAlpha - removed;
  if (remaining === 0n) return [];
  const problems: RemoveStakeProblem[] = [];
  if (args.taoOut < minStake) problems.push('amount-too-low');
  if (alphaToTao(remaining, args.priceRaoPerAlpha) < minStake) problems.push('remainder-below-min');
  if (args.sweep && wouldBeSwept(remaining, args.priceRaoPerAlpha, { minStake, ...args.sweep }))
    problems.push('remainder-swept');
  return problems;
}
