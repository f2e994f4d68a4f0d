import { z } from 'zod';
import type { TrackedTx } from '../../../protocol/domains/tx-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import { Store } from '../../store/store.ts';

export const rao = z.string().regex(/^\d+$/);

/** The schema of the fields every tracked record has; a domain extends it with what it sent. */
export const trackedTxSchema = z.object({
  id: z.string().min(1),
  networkId: z.string().min(1),
  genesisHash: z.string(),
  fee: rao,
  hash: z.string(),
  status: z.enum(['submitted', 'inBlock', 'finalized', 'failed', 'dropped']),
  blockHash: z.string().optional(),
  blockNumber: z.number().int().optional(),
  error: z.string().optional(),
  errorDocs: z.string().optional(),
  submittedBlock: z.number().int().optional(),
  wrapperHash: z.string().optional(),
  shieldFallback: z.enum(['proxied', 'setting-off', 'no-key', 'too-large', 'refused']).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const isPending = (r: TrackedTx): boolean => r.status === 'submitted' || r.status === 'inBlock';

/** One domain's transactions, newest first, in chrome.storage.local (survives popup and worker restarts), sealed. */
export function txHistoryStore<R extends TrackedTx>(
  local: StorageAreaLike,
  key: string,
  record: z.ZodType<R>,
  sealer?: Sealer,
): Store<R[]> {
  return new Store(local, { key, schema: z.array(record), defaults: () => [], sealer });
}
