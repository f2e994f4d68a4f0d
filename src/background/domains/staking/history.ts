import { z } from 'zod';
import type { CallSummary } from '../../../core/calls/types.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import type { Store } from '../../store/store.ts';
import { trackedTxSchema, txHistoryStore } from '../tx/history.ts';

const summary = z.custom<CallSummary>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof Reflect.get(v, 'i18nKey') === 'string' &&
    typeof Reflect.get(v, 'params') === 'object',
);

export const stakeTxSchema: z.ZodType<StakeTxRecord> = trackedTxSchema.extend({
  kind: z.literal('staking'),
  op: z.enum([
    'stake',
    'unstake',
    'move',
    'transferStake',
    'unstakeAll',
    'claimRoot',
    'claimRootBaskets',
    'setRootClaimType',
    'disputeColdkeySwap',
    'batchStake',
    'addProxy',
    'removeProxy',
  ]),
  signer: z.string(),
  coldkey: z.string(),
  summary,
});

/** Staking transactions of this wallet, newest first. */
export function stakingHistoryStore(local: StorageAreaLike, sealer?: Sealer): Store<StakeTxRecord[]> {
  return txHistoryStore(local, 'staking.history', stakeTxSchema, sealer);
}
