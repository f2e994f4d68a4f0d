import { RAO_PER_TAO } from '../../../core/amount/constants.ts';
import { limitRatioForSwap } from '../../../core/staking/index.ts';
import { moveProtection, type MoveProtection } from '../../../core/staking/move-cap.ts';
import type { StakeWarning } from '../../../protocol/domains/staking-values.ts';
import { calls, hasCall } from './calls.ts';
import type { Plan, PlanCtx } from './plan-types.ts';
import { quoteBuy, quoteSell, unprotected, type Quote } from './quote.ts';
import { poolOf } from './read.ts';

export interface CrossMove {
  hotkey: string;
  from: number;
  to: number;
  alpha: bigint;
  held: bigint;
  warnings: StakeWarning[];
  /** The remainder would be swept after a removal (a two-leg route's first leg is one). */
  swept: boolean;
}

/** The reviewed limit of leg i, if the person approved one. */
function reviewed(ctx: PlanCtx, i: number): bigint | undefined {
  const v = ctx.reviewed?.[i];
  return v ? BigInt(v) : undefined;
}

/**
 * What swap_stake_limit really enforces here (core move-cap): between two dynamic subnets its cap is a
 * constant-product formula on weighted pools; elsewhere (root or a stable subnet on one side) the chain's own
 * add/remove caps apply, which are exact. null when there is nothing to check.
 */
async function protectionOf(ctx: PlanCtx, m: CrossMove, ratio: bigint, sell: Quote, buy: Quote) {
  if (m.from === 0 || m.to === 0 || buy.spot === 0n) return null;
  const [o, d] = await Promise.all([poolOf(ctx.api, m.from), poolOf(ctx.api, m.to)]);
  if (o.pool.mechanism === 'stable' || d.pool.mechanism === 'stable') return null;
  return moveProtection(o.pool, d.pool, m.alpha, ratio, (sell.spot * RAO_PER_TAO) / buy.spot, ctx.toleranceBps);
}

const capOf = (p: MoveProtection) => ({
  chainMax: p.chainMax?.toString() ?? null,
  allowedSlippagePpm: p.allowedSlippagePpm?.toString() ?? null,
  protected: p.protectedAtTolerance,
});

/**
 * Same hotkey, other subnet. swap_stake_limit where the chain's check holds the move to the tolerance asked;
 * otherwise (the chain would refuse it, fee paid, or let through more slippage than asked) the two-leg protected
 * route: remove_stake_limit then add_stake_limit of the TAO the first leg guarantees, in one utility.batch_all,
 * each leg held to half the tolerance (two fees). A runtime with move_stake_limit (facts §12, issue 20) is a third
 * route, chosen here from the metadata beside these two.
 */
export async function planSwapMove(ctx: PlanCtx, m: CrossMove): Promise<Plan> {
  const { api } = ctx;
  const tol = ctx.toleranceBps;
  const sym = ctx.symbolOf;
  const sell = await quoteSell(api, m.from, m.alpha, tol, sym(m.from));
  const buy = await quoteBuy(api, m.to, sell.out, tol, sym(m.to));
  const ratio = reviewed(ctx, 0) ?? limitRatioForSwap(sell.spot, buy.spot, tol);
  const protection = await protectionOf(ctx, m, ratio, sell, buy);
  const position = { spend: 0n, allowPartial: false, positionBefore: m.held, positionAfter: m.held - m.alpha };
  const twoLegs = hasCall(api, 'utility', 'batchAll') && hasCall(api, 'subtensorModule', 'addStakeLimit');
  if (protection && !protection.protectedAtTolerance && twoLegs) {
    const half = tol / 2n > 0n ? tol / 2n : 1n;
    const out = await quoteSell(api, m.from, m.alpha, half, sym(m.from), reviewed(ctx, 0));
    const tao = BigInt(out.leg.minOut ?? '0');
    const back = await quoteBuy(api, m.to, tao, half, sym(m.to), reviewed(ctx, 1));
    const warnings: StakeWarning[] = [...m.warnings, 'move-two-legs'];
    if (m.swept) warnings.push('remainder-swept');
    if (out.leg.exceedsTolerance || back.leg.exceedsTolerance) warnings.push('exceeds-tolerance');
    return {
      ...position,
      built: calls.batchAll(api, [
        calls.removeStakeLimit(api, m.hotkey, m.from, m.alpha, out.limit, false),
        calls.addStakeLimit(api, m.hotkey, m.to, tao, back.limit, false),
      ]),
      legs: [out.leg, back.leg],
      warnings,
      moveCap: capOf(protection),
    };
  }
  // swap_stake_limit, protected by the ratio of the two prices (the marginal price after the trade checked too).
  const after = buy.spotAfter === 0n ? 0n : (sell.spotAfter * RAO_PER_TAO) / buy.spotAfter;
  const exceeds = (ratio > 0n && after < ratio) || (protection !== null && !protection.chainAccepts);
  const warnings = [...m.warnings];
  if (exceeds) warnings.push('exceeds-tolerance');
  if (protection && !protection.protectedAtTolerance) warnings.push('move-cap-loose');
  return {
    ...position,
    built: calls.swapStakeLimit(api, m.hotkey, m.from, m.to, m.alpha, ratio, false),
    legs: [{ ...sell.leg, limitPrice: ratio.toString(), exceedsTolerance: exceeds }, unprotected(buy).leg],
    warnings,
    ...(protection ? { moveCap: capOf(protection) } : {}),
  };
}

/**
 * Another hotkey on another subnet where the runtime has move_stake_limit (spec 448 on): protected by the ratio of
 * the two prices, all or nothing unless the person asked for a partial fill.
 */
export function planMoveStakeLimit(
  ctx: PlanCtx,
  m: {
    hotkey: string;
    target: string;
    from: number;
    to: number;
    alpha: bigint;
    held: bigint;
    warnings: StakeWarning[];
  },
  q: { sell: Quote; buy: Quote; partial: boolean },
): Plan {
  const ratio = reviewed(ctx, 0) ?? limitRatioForSwap(q.sell.spot, q.buy.spot, ctx.toleranceBps);
  const after = q.buy.spotAfter === 0n ? 0n : (q.sell.spotAfter * RAO_PER_TAO) / q.buy.spotAfter;
  const exceeds = ratio > 0n && after < ratio;
  if (exceeds) m.warnings.push('exceeds-tolerance');
  const move = { from: m.hotkey, to: m.target, o: m.from, d: m.to, alpha: m.alpha, limitRatio: ratio };
  return {
    built: calls.moveStakeLimit(ctx.api, { ...move, allowPartial: q.partial }),
    legs: [{ ...q.sell.leg, limitPrice: ratio.toString(), exceedsTolerance: exceeds }, unprotected(q.buy).leg],
    warnings: m.warnings,
    spend: 0n,
    allowPartial: q.partial,
    positionBefore: m.held,
    positionAfter: m.held - m.alpha,
  };
}
