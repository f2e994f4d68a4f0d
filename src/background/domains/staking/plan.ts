import { RAO_PER_TAO } from '../../../core/amount/constants.ts';
import { sortedNetuids } from '../../../core/staking/netuid-list.ts';
import type { StakeOp, StakeWarning } from '../../../protocol/domains/staking-values.ts';
import { parseAmount, parseRecipient } from '../../lib/parse-input.ts';
import { spotPrice } from '../../chain/read/prices.ts';
import { calls, hasCall } from './calls.ts';
import { planMoveStakeLimit, planSwapMove } from './move-route.ts';
import {
  heldOrRefuse,
  refuse,
  removalWarnings,
  reviewedLimit,
  stakePlan,
  type Plan,
  type PlanCtx,
} from './plan-steps.ts';
import { quoteBuy, quoteSell, unprotected } from './quote.ts';
import { disputePlan } from './dispute.ts';
import { withinLock } from './locks.ts';
import { rootClaimTypeOptions } from './root-claim-type.ts';
import { hasSimulation, missingSubnets, stakeOf, stakesOfColdkey } from './read.ts';

export type { Plan, PlanCtx };

/** Turns what the person asked for into the protected call(s), the chain's simulation of each swap, and warnings. */
export async function planOp(ctx: PlanCtx, op: StakeOp): Promise<Plan> {
  const { api } = ctx;
  const tol = ctx.toleranceBps;
  switch (op.op) {
    case 'stake': {
      const hotkey = parseRecipient(op.hotkey);
      const held = await stakeOf(api, hotkey, ctx.coldkey, op.netuid);
      const { built, q, amount } = await stakePlan(ctx, hotkey, op.netuid, op.amount, op.allowPartial ?? false);
      return {
        built,
        legs: [q.leg],
        warnings: q.leg.exceedsTolerance ? ['exceeds-tolerance'] : [],
        spend: amount,
        allowPartial: op.allowPartial ?? false,
        positionBefore: held,
        positionAfter: held + q.out,
      };
    }
    case 'unstake': {
      const hotkey = parseRecipient(op.hotkey);
      const held = await heldOrRefuse(ctx, hotkey, op.netuid);
      // A conviction lock caps what may leave: "everything" becomes what is available (locks.ts).
      const alpha = await withinLock(ctx, op.netuid, op.all ? held : parseAmount(op.amount), op.all ?? false);
      const whole = op.all && alpha === held;
      const q = await quoteSell(api, op.netuid, alpha, tol, ctx.symbolOf(op.netuid), reviewedLimit(ctx, 0));
      const warnings = whole ? [] : await removalWarnings(ctx, hotkey, op.netuid, alpha, held, q.out, q.spot);
      if (q.leg.exceedsTolerance) warnings.push('exceeds-tolerance');
      const allowPartial = !op.all && (op.allowPartial ?? false);
      // Everything: remove_stake_full_limit where the runtime has it, else remove_stake_limit of the exact holding.
      const built =
        whole && api.tx['subtensorModule']?.['removeStakeFullLimit']
          ? calls.removeStakeFullLimit(api, hotkey, op.netuid, q.limit)
          : calls.removeStakeLimit(api, hotkey, op.netuid, alpha, q.limit, allowPartial);
      return {
        built,
        legs: [q.leg],
        warnings,
        spend: 0n,
        allowPartial,
        positionBefore: held,
        positionAfter: held - alpha,
      };
    }
    case 'move':
    case 'transferStake': {
      const hotkey = parseRecipient(op.hotkey);
      const target = parseRecipient(op.op === 'move' ? op.toHotkey : op.toColdkey);
      const held = await heldOrRefuse(ctx, hotkey, op.netuid);
      const asked = op.all ? held : parseAmount(op.amount);
      // To another subnet, a conviction lock caps what may leave (locks.ts); within the subnet it does not.
      const alpha = op.netuid === op.toNetuid ? asked : await withinLock(ctx, op.netuid, asked, op.all ?? false);
      if (alpha > held)
        throw refuse('unstake-over-position', 'That is more than this position holds.', { held: held.toString() });
      const warnings: StakeWarning[] = op.op === 'transferStake' ? ['transfer-stake'] : [];
      // The chain sweeps small nominations only after removals (remove_stake*, unstake_all), not after moves.
      let swept = false;
      if (!op.all) {
        const spot = await spotPrice(api, op.netuid);
        const found = await removalWarnings(ctx, hotkey, op.netuid, alpha, held, (alpha * spot) / RAO_PER_TAO, spot);
        swept = found.includes('remainder-swept');
        warnings.push(...found.filter((w) => w !== 'remainder-swept'));
      }
      // A move or transfer of stake without a price limit: the position goes down by `alpha`, nothing is spent.
      const unlimited = (built: Plan['built'], legs: Plan['legs']): Plan => ({
        built,
        legs,
        warnings,
        spend: 0n,
        allowPartial: false,
        positionBefore: held,
        positionAfter: held - alpha,
      });
      if (op.netuid === op.toNetuid) {
        if (op.op === 'move' && target === hotkey)
          throw refuse('move-same-place', 'Choose another validator or another subnet.');
        const built =
          op.op === 'move'
            ? calls.moveStake(api, hotkey, target, op.netuid, op.netuid, alpha)
            : calls.transferStake(api, target, hotkey, op.netuid, op.netuid, alpha);
        // Runtimes from before swap simulation existed (spec 293 among them) sell the stake and buy it back even
        // within one subnet, with no price limit; newer ones move the alpha as is. Never claim the latter there.
        if (op.netuid !== 0 && !hasSimulation(api)) {
          const sell = await quoteSell(api, op.netuid, alpha, tol, ctx.symbolOf(op.netuid));
          const buy = await quoteBuy(api, op.netuid, sell.out, tol, ctx.symbolOf(op.netuid));
          warnings.push('move-swaps');
          return unlimited(built, [unprotected(sell).leg, unprotected(buy).leg]);
        }
        return unlimited(built, []);
      }
      // Same hotkey, other subnet: swap_stake_limit, or two protected legs where its check would not hold (move-route).
      if (op.op === 'move' && target === hotkey)
        return planSwapMove(ctx, { hotkey, from: op.netuid, to: op.toNetuid, alpha, held, warnings, swept });
      const sell = await quoteSell(api, op.netuid, alpha, tol, ctx.symbolOf(op.netuid));
      const buy = await quoteBuy(api, op.toNetuid, sell.out, tol, ctx.symbolOf(op.toNetuid));
      if (op.op === 'move' && hasCall(api, 'subtensorModule', 'moveStakeLimit'))
        return planMoveStakeLimit(
          ctx,
          { hotkey, target, from: op.netuid, to: op.toNetuid, alpha, held, warnings },
          {
            sell,
            buy,
            partial: op.allowPartial ?? false,
          },
        );
      if (op.op === 'move' && op.allowPartial)
        throw refuse(
          'move-no-limit',
          "This network's runtime has no price limit for a move to another validator on another subnet, so a partial fill cannot be asked for.",
        );
      warnings.push('unprotected-move');
      const built =
        op.op === 'move'
          ? calls.moveStake(api, hotkey, target, op.netuid, op.toNetuid, alpha)
          : calls.transferStake(api, target, hotkey, op.netuid, op.toNetuid, alpha);
      return unlimited(built, [unprotected(sell).leg, unprotected(buy).leg]);
    }
    case 'unstakeAll': {
      const hotkey = parseRecipient(op.hotkey);
      const positions = (await stakesOfColdkey(api, ctx.coldkey)).filter((p) => p.hotkey === hotkey && p.stake > 0n);
      if (!positions.length) throw refuse('no-position', 'This account has no stake with that validator.');
      // unstake_all fails whole (StakeUnavailable) if a lock holds back any of these positions.
      for (const p of positions) await withinLock(ctx, p.netuid, p.stake, false);
      const legs = await Promise.all(
        positions.map(
          async (p) => unprotected(await quoteSell(api, p.netuid, p.stake, tol, ctx.symbolOf(p.netuid))).leg,
        ),
      );
      return {
        built: calls.unstakeAll(api, hotkey),
        legs,
        warnings: ['unprotected-move'],
        spend: 0n,
        allowPartial: false,
      };
    }
    case 'claimRoot':
      return { built: calls.claimRoot(api, op.subnets), legs: [], warnings: [], spend: 0n, allowPartial: false };
    case 'setRootClaimType': {
      const options = rootClaimTypeOptions(api);
      const option = options.find((o) => o.name === op.claimType);
      if (!option)
        throw refuse('claim-type-unknown', `This network does not offer the root claim type ${op.claimType}.`, {
          options: options.map((o) => o.name).join(', '),
        });
      if (!option.subnetsField) {
        if (op.subnets) throw refuse('claim-type-no-subnets', `The root claim type ${op.claimType} takes no subnets.`);
        return {
          built: calls.setRootClaimType(api, op.claimType),
          legs: [],
          warnings: [],
          spend: 0n,
          allowPartial: false,
        };
      }
      const netuids = sortedNetuids(op.subnets ?? []);
      if (!netuids.length) throw refuse('claim-subnets-empty', `Choose at least one subnet for ${op.claimType}.`);
      const missing = await missingSubnets(api, netuids);
      if (missing.length)
        throw refuse('subnet-unknown', `There is no subnet ${missing.join(', ')} on this network.`, {
          subnets: missing.join(', '),
        });
      return {
        built: calls.setRootClaimType(api, op.claimType, { field: option.subnetsField, netuids }),
        legs: [],
        warnings: [],
        spend: 0n,
        allowPartial: false,
      };
    }
    case 'batchStake': {
      const parts = [];
      for (const [i, item] of op.items.entries())
        parts.push(await stakePlan(ctx, parseRecipient(item.hotkey), item.netuid, item.amount, false, i));
      const warnings: StakeWarning[] = parts.some((p) => p.q.leg.exceedsTolerance) ? ['exceeds-tolerance'] : [];
      return {
        built: calls.batchAll(
          api,
          parts.map((p) => p.built),
        ),
        legs: parts.map((p) => p.q.leg),
        warnings,
        spend: parts.reduce((s, p) => s + p.amount, 0n),
        allowPartial: false,
      };
    }
    case 'disputeColdkeySwap':
      return disputePlan(api, ctx.coldkey);
    case 'addProxy':
      return {
        built: calls.addProxy(api, parseRecipient(op.delegate)),
        legs: [],
        warnings: ['proxy-grants-control'],
        spend: 0n,
        allowPartial: false,
      };
    case 'removeProxy':
      return {
        built: calls.removeProxy(api, parseRecipient(op.delegate)),
        legs: [],
        warnings: [],
        spend: 0n,
        allowPartial: false,
      };
  }
}
