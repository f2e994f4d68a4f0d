import { z } from 'zod';
import { message } from '../contract.ts';
import type { TransferPreview, TxRecord } from './chain-values.ts';

const transfer = z
  .object({
    fromId: z.string().min(1).max(64),
    /** ss58 of any prefix; checked (checksum, 32-byte account) in the background. */
    to: z.string().trim().min(1).max(128),
    /** TAO as typed ("1.5") or "max". Parsed exactly in the background. */
    amount: z.string().trim().min(1).max(64),
    /** With "max": send everything and let the account be reaped (transfer_all, keep_alive false). */
    emptyAccount: z.boolean().optional(),
  })
  .strict();

export const transfersMessages = {
  'pri(transfers.prepare)': message<TransferPreview>()(() => transfer),
  /** Signs in the background (wallet must be unlocked) and submits; resolves once the pool accepts it. */
  'pri(transfers.send)': message<TxRecord>()(() => transfer),
  'pri(transfers.history)': message<TxRecord[], TxRecord[]>()(() => z.null()),
  'pri(transfers.clearHistory)': message<TxRecord[]>()(() => z.null()),
};
