import { formatTao } from '../../../core/amount/format.ts';
import { checkAddStake, checkRemoveStake, wouldBeSwept } from '../../../core/staking/index.ts';
import type { StakeWarning } from '../../../protocol/domains/staking-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { parseAmount } from '../../lib/parse-input.ts';
import { calls } from './calls.ts';
import type { Plan, PlanCtx } from './plan-types.ts';
import { quoteBuy } from './quote.ts';
import { ownerOf, stakeOf } from './read.ts';
import { refuseInsideRootHold } from './root-hold.ts';

// The steps planOp (plan.ts) is built from: the stake leg, what an unstake leaves, the position it comes from.

export type { Plan, PlanCtx };

/** The reviewed limit of leg i, if the person approved one. */
export function reviewedLimit(ctx: PlanCtx, i: number): bigint | undefined {
  const v = ctx.reviewed?.[i];
  return v ? BigInt(v) : undefined;
}

export function refuse(reason: string, message: string, data: Record<string, string | number> = {}): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason, ...data });
}

export async function stakePlan(
  ctx: PlanCtx,
  hotkey: string,
  netuid: number,
  amountText: string,
  allowPartial: boolean,
  leg = 0,
) {
  const amount = parseAmount(amountText);
  const q = await quoteBuy(ctx.api, netuid, amount, ctx.toleranceBps, ctx.symbolOf(netuid), reviewedLimit(ctx, leg));
  const check = checkAddStake(amount, q.feeRate, ctx.params.minStake);
  if (!check.ok)
    throw refuse('stake-below-minimum', `The smallest stake here is ${formatTao(check.minAmount)}.`, {
      minimum: check.minAmount.toString(),
      minimumTao: formatTao(check.minAmount),
    });
  return { built: calls.addStakeLimit(ctx.api, hotkey, netuid, amount, q.limit, allowPartial), q, amount };
}

/** What an unstake of `alpha` from (hotkey, netuid) leaves behind, as warnings (§1.3 sweep, §1.4 minimums). */
export async function removalWarnings(
  ctx: PlanCtx,
  hotkey: string,
  netuid: number,
  alpha: bigint,
  held: bigint,
  taoOut: bigint,
  spot: bigint,
): Promise<StakeWarning[]> {
  const owner = await ownerOf(ctx.api, hotkey);
  const sweep = {
    nominatorMinRequiredStake: ctx.params.nominatorMinRequiredStake,
    isHotkeyOwner: owner === ctx.coldkey,
    minStake: ctx.params.minStake,
  };
  const problems = checkRemoveStake({
    amountAlpha: alpha,
    heldAlpha: held,
    taoOut,
    priceRaoPerAlpha: spot,
    sweep,
    minStake: ctx.params.minStake,
  });
  if (problems.includes('zero-amount')) throw refuse('amount-zero', 'Enter an amount above zero.');
  if (problems.includes('exceeds-stake'))
    throw refuse('unstake-over-position', 'That is more than this position holds.', { held: held.toString() });
  if (problems.includes('amount-too-low'))
    throw refuse(
      'unstake-below-minimum',
      `That returns less than the ${formatTao(ctx.params.minStake)} the chain accepts.`,
      {
        minimumTao: formatTao(ctx.params.minStake),
      },
    );
  const out: StakeWarning[] = [];
  if (problems.includes('remainder-swept') || wouldBeSwept(held - alpha, spot, sweep)) out.push('remainder-swept');
  else if (problems.includes('remainder-below-min')) out.push('remainder-below-min');
  return out;
}

export async function heldOrRefuse(ctx: PlanCtx, hotkey: string, netuid: number): Promise<bigint> {
  const held = await stakeOf(ctx.api, hotkey, ctx.coldkey, netuid);
  if (held === 0n) throw refuse('no-position', 'This account has no stake with that validator on that subnet.');
  if (netuid === 0) await refuseInsideRootHold(ctx.api, ctx.coldkey, hotkey);
  return held;
}
