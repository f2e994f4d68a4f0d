import { z } from 'zod';
import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { Store } from '../../store/store.ts';

const MAX_RECORDS = 200;
const amount = z.string().regex(/^\d+$/);

export const txRecordSchema: z.ZodType<TxRecord> = z.object({
  id: z.string().min(1),
  networkId: z.string().min(1),
  genesisHash: z.string(),
  kind: z.literal('transfer'),
  from: z.string(),
  to: z.string(),
  amount,
  fee: amount,
  call: z.enum(['transfer_keep_alive', 'transfer_allow_death', 'transfer_all']),
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

/** This wallet's transactions, newest first, in chrome.storage.local (survives popup and worker restarts). */
export function historyStore(local: StorageAreaLike): Store<TxRecord[]> {
  return new Store(local, { key: 'transfers.history', schema: z.array(txRecordSchema), defaults: () => [] });
}

export function addRecord(list: TxRecord[], record: TxRecord): TxRecord[] {
  return [record, ...list.filter((r) => r.id !== record.id)].slice(0, MAX_RECORDS);
}

export function patchRecord(list: TxRecord[], id: string, patch: Partial<TxRecord>, now: number): TxRecord[] {
  return list.map((r) => (r.id === id ? { ...r, ...patch, updatedAt: now } : r));
}

export const isPending = (r: TxRecord): boolean => r.status === 'submitted' || r.status === 'inBlock';
