import { z } from 'zod';
import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import type { Store } from '../../store/store.ts';
import { rao, trackedTxSchema, txHistoryStore } from '../tx/history.ts';

export const txRecordSchema: z.ZodType<TxRecord> = trackedTxSchema.extend({
  kind: z.literal('transfer'),
  from: z.string(),
  to: z.string(),
  amount: rao,
  call: z.enum(['transfer_keep_alive', 'transfer_allow_death', 'transfer_all']),
});

/** This wallet's transfers, newest first. */
export function historyStore(local: StorageAreaLike, sealer?: Sealer): Store<TxRecord[]> {
  return txHistoryStore(local, 'transfers.history', txRecordSchema, sealer);
}
