import type { ApiPromise } from '@polkadot/api';
import type { MoveCap, RootExitOwed, StakeWarning, TradeLeg } from '../../../protocol/domains/staking-values.ts';
import type { Built } from './calls.ts';
import type { StakeParams } from './read.ts';

/** What planning a staking operation reads from (plan.ts, move-route.ts, root-exit.ts). */
export interface PlanCtx {
  api: ApiPromise;
  /** Whose stake moves (the real account when acting as a proxy). */
  coldkey: string;
  toleranceBps: bigint;
  params: StakeParams;
  symbolOf: (netuid: number) => string;
  /** Limits as reviewed, per leg (StakeRequest.limits). */
  reviewed?: Array<string | null>;
}

/** The call(s) to send, each swap as the chain will do it, and what the person is warned about. */
export interface Plan {
  built: Built;
  legs: TradeLeg[];
  warnings: StakeWarning[];
  /** TAO leaving the coldkey's free balance (stakes). */
  spend: bigint;
  allowPartial: boolean;
  positionBefore?: bigint;
  positionAfter?: bigint;
  /** Root dividends an exit out of root would lose, claimed first or stated (root-exit.ts). */
  rootOwed?: RootExitOwed;
  /** What swap_stake_limit's own cap allows on these pools (move-route.ts). */
  moveCap?: MoveCap;
}
