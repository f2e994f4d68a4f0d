import { z } from 'zod';
import type { CallSummary } from '../../../core/calls/types.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { Store } from '../../store/store.ts';

const amount = z.string().regex(/^\d+$/);
const summary = z.custom<CallSummary>((v) => typeof v === 'object' && v !== null && typeof Reflect.get(v, 'i18nKey') === 'string' && typeof Reflect.get(v, 'params') === 'object');

export const stakeTxSchema: z.ZodType<StakeTxRecord> = z.object({
  id: z.string().min(1),
  networkId: z.string().min(1),
  genesisHash: z.string(),
  kind: z.literal('staking'),
  op: z.enum(['stake', 'unstake', 'move', 'transferStake', 'unstakeAll', 'batchStake', 'addProxy', 'removeProxy']),
  signer: z.string(),
  coldkey: z.string(),
  summary,
  fee: amount,
  hash: z.string(),
  status: z.enum(['submitted', 'inBlock', 'finalized', 'failed', 'dropped']),
  blockHash: z.string().optional(),
  blockNumber: z.number().int().optional(),
  error: z.string().optional(),
  errorDocs: z.string().optional(),
  submittedBlock: z.number().int().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** Staking transactions of this wallet, newest first (chrome.storage.local; survives restarts). */
export function stakingHistoryStore(local: StorageAreaLike): Store<StakeTxRecord[]> {
  return new Store(local, { key: 'staking.history', schema: z.array(stakeTxSchema), defaults: () => [] });
}
