import type { ApiPromise } from '@polkadot/api';
import { owedAfterRootRemoval, owedAlpha } from '../../../core/yield/root-dividends.ts';
import type { RootExitOwed, StakeOp } from '../../../protocol/domains/staking-values.ts';
import { parseAmount, parseRecipient } from '../../lib/parse-input.ts';
import { bigOf } from '../yield/storage-read.ts';
import { bitsOf, ratesOf } from '../yield/root.ts';
import { calls, hasCall, type Built } from './calls.ts';
import type { Plan, PlanCtx } from './plan-types.ts';
import { stakeOf } from './read.ts';

/** claim_root takes 1 to 5 subnets (the chain's MAX_SUBNET_CLAIMS); more subnets take more claims. */
const SUBNETS_PER_CLAIM = 5;

export interface OwedOnExit {
  netuid: number;
  /** Owed now, and what would still be owed after the exit (alpha rao). */
  owed: bigint;
  kept: bigint;
  /** At or above RootClaimableThreshold: claim_root credits it (below it, the chain skips it silently). */
  claimable: boolean;
}

/**
 * What a coldkey is owed in root dividends through `hotkey` (facts §5.4), per subnet, and what of it survives
 * `removed` rao leaving the root stake (core owedAfterRootRemoval). Empty on runtimes without root claims.
 */
export async function owedOnRootExit(
  api: ApiPromise,
  hotkey: string,
  coldkey: string,
  stake: bigint,
  removed: bigint,
): Promise<OwedOnExit[]> {
  const sm = api.query['subtensorModule'];
  const claimable = sm?.['rootClaimable'];
  const claimedQ = sm?.['rootClaimed'];
  if (!claimable || !claimedQ || stake === 0n) return [];
  const rates = ratesOf(await claimable(hotkey));
  // The threshold is a ValueQuery: an unset subnet answers the metadata's default.
  const thresholdQ = sm['rootClaimableThreshold'];
  const out: OwedOnExit[] = [];
  await Promise.all(
    [...rates].map(async ([netuid, rate]) => {
      const [claimed, threshold] = await Promise.all([
        claimedQ(netuid, hotkey, coldkey).then((v) => bigOf(v)),
        thresholdQ ? thresholdQ(netuid).then((v) => bitsOf(v)) : Promise.resolve(0n),
      ]);
      const owed = owedAlpha(rate, stake, claimed);
      if (owed === 0n) return;
      const kept = owedAfterRootRemoval(rate, stake, claimed, removed);
      out.push({ netuid, owed, kept, claimable: owed << 32n >= threshold });
    }),
  );
  return out.sort((a, b) => a.netuid - b.netuid);
}

/**
 * The calls that claim the root dividends owed on `subnets` before an exit, chosen from the runtime's metadata, or
 * null where it offers none. Today: claim_root in groups of five subnets. A Root Reborn runtime (facts §12:
 * claim_root_with_hotkey, a hold window) is another branch here, chosen the same way from the metadata.
 */
export function claimCallsFor(api: ApiPromise, subnets: number[]): Built[] | null {
  if (!subnets.length || !hasCall(api, 'subtensorModule', 'claimRoot')) return null;
  const out: Built[] = [];
  for (let i = 0; i < subnets.length; i += SUBNETS_PER_CLAIM)
    out.push(calls.claimRoot(api, subnets.slice(i, i + SUBNETS_PER_CLAIM)));
  return out;
}

export interface RootExitPlan {
  /** The exit as sent: the claims and the exit in one utility.batch_all, or the exit alone. */
  built: Built;
  owed: RootExitOwed | null;
}

/**
 * An exit out of root (unstake, unstake_all, move, transfer or swap of root stake) that would throw away owed
 * dividends claims them first, in one batch_all with the exit (all or nothing), where the runtime has the calls;
 * otherwise the preview says how much would be lost before the person approves.
 */
export async function claimBeforeRootExit(
  api: ApiPromise,
  exit: Built,
  hotkey: string,
  coldkey: string,
  stake: bigint,
  removed: bigint,
  symbolOf: (netuid: number) => string,
): Promise<RootExitPlan> {
  const items = (await owedOnRootExit(api, hotkey, coldkey, stake, removed)).filter((x) => x.kept < x.owed);
  if (!items.length) return { built: exit, owed: null };
  const claims = hasCall(api, 'utility', 'batchAll')
    ? claimCallsFor(
        api,
        items.filter((x) => x.claimable).map((x) => x.netuid),
      )
    : null;
  const owed: RootExitOwed = {
    claimed: claims !== null,
    subnets: items.map((x) => ({
      netuid: x.netuid,
      symbol: symbolOf(x.netuid),
      alpha: (x.owed - x.kept).toString(),
      // What no claim can save: below the chain's claim threshold, or no way to claim in this runtime.
      lost: !claims || !x.claimable,
    })),
  };
  return { built: claims ? calls.batchAll(api, [...claims, exit]) : exit, owed };
}

/** The root stake an operation takes out of (hotkey, root): every unstake, move or transfer whose origin is root. */
function rootExitOf(op: StakeOp): { hotkey: string; amount: string | 'all' } | null {
  switch (op.op) {
    case 'unstake':
    case 'move':
    case 'transferStake':
      return op.netuid === 0 ? { hotkey: op.hotkey, amount: op.all ? 'all' : op.amount } : null;
    case 'unstakeAll':
      return { hotkey: op.hotkey, amount: 'all' };
    default:
      return null;
  }
}

/** A plan whose operation leaves root, with the owed dividends claimed first (or the loss stated): see claimBeforeRootExit. */
export async function withRootClaim(ctx: PlanCtx, op: StakeOp, plan: Plan): Promise<Plan> {
  const exit = rootExitOf(op);
  if (!exit) return plan;
  const hotkey = parseRecipient(exit.hotkey);
  const stake = await stakeOf(ctx.api, hotkey, ctx.coldkey, 0);
  const removed = exit.amount === 'all' ? stake : parseAmount(exit.amount);
  const { built, owed } = await claimBeforeRootExit(
    ctx.api,
    plan.built,
    hotkey,
    ctx.coldkey,
    stake,
    removed,
    ctx.symbolOf,
  );
  if (!owed) return plan;
  return {
    ...plan,
    built,
    rootOwed: owed,
    warnings: [...plan.warnings, owed.claimed ? 'root-claim-first' : 'root-owed-lost'],
  };
}
