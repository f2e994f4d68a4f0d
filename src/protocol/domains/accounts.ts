import { z } from 'zod';
import { message } from '../contract.ts';
import { MIN_PASSWORD_LENGTH, type AccountView, type BtcliProgress, type PendingMnemonic } from './accounts-values.ts';

const id = z.string().min(1).max(64);
const name = z.string().trim().min(1).max(64);
const keyType = z.enum(['sr25519', 'ed25519']);
const path = z
  .string()
  .max(256)
  .regex(/^((\/\/?)[^/]+)*$/, 'a derivation path looks like //0 or //hard/soft');
const walletPassword = z.string().min(1).max(1024);
const exportPassword = z.string().min(MIN_PASSWORD_LENGTH).max(1024);

export const accountsMessages = {
  'pri(accounts.list)': message<AccountView[]>()(() => z.null()),
  'pri(accounts.subscribe)': message<AccountView[], AccountView[]>()(() => z.null()),
  'pri(accounts.createBegin)': message<PendingMnemonic>()(() =>
    z.object({ words: z.union([z.literal(12), z.literal(24)]) }).strict(),
  ),
  'pri(accounts.createConfirm)': message<AccountView>()(() =>
    z
      .object({
        pendingId: id,
        answers: z
          .array(z.object({ position: z.number().int().min(1).max(24), word: z.string().max(32) }))
          .min(1)
          .max(24),
        name,
        type: keyType,
      })
      .strict(),
  ),
  'pri(accounts.importMnemonic)': message<AccountView>()(() =>
    z.object({ mnemonic: z.string().min(1).max(1024), derivationPath: path.optional(), name, type: keyType }).strict(),
  ),
  /** The positions of a phrase's words that are not BIP-39 English words (for marking them as typed). */
  'pri(accounts.checkWords)': message<{ unknown: number[] }>()(() =>
    z.object({ mnemonic: z.string().max(1024) }).strict(),
  ),
  'pri(accounts.importSeed)': message<AccountView>()(() =>
    z
      .object({
        seed: z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'a seed is 0x and 64 hex digits'),
        derivationPath: path.optional(),
        name,
        type: keyType,
      })
      .strict(),
  ),
  'pri(accounts.importJson)': message<AccountView[]>()(() =>
    z
      .object({ json: z.string().min(2).max(5_000_000), password: z.string().max(1024), name: name.optional() })
      .strict(),
  ),
  'pri(accounts.importBtcli)': message<AccountView, BtcliProgress>()(() =>
    z.object({ file: z.string().min(1).max(100_000), password: z.string().max(1024).optional(), name }).strict(),
  ),
  'pri(accounts.addWatch)': message<AccountView>()(() =>
    z.object({ address: z.string().trim().min(1).max(128), name }).strict(),
  ),
  'pri(accounts.derive)': message<AccountView>()(() =>
    z.object({ parentId: id, derivationPath: path.optional(), name }).strict(),
  ),
  'pri(accounts.rename)': message<AccountView>()(() => z.object({ id, name }).strict()),
  'pri(accounts.reorder)': message<AccountView[]>()(() => z.object({ ids: z.array(id).max(1_000) }).strict()),
  'pri(accounts.remove)': message<AccountView[]>()(() => z.object({ id, confirmName: z.string().max(64) }).strict()),
  'pri(accounts.exportJson)': message<{ json: string }>()(() =>
    z.object({ id, password: walletPassword, exportPassword }).strict(),
  ),
  'pri(accounts.exportBtcli)': message<{ coldkey: string; coldkeypub: string }, BtcliProgress>()(() =>
    z.object({ id, password: walletPassword, exportPassword }).strict(),
  ),
  'pri(accounts.revealMnemonic)': message<{ mnemonic: string }>()(() =>
    z.object({ id, password: walletPassword }).strict(),
  ),
};

/** Every message here that carries a password, a mnemonic, a seed or a key file. */
export const ACCOUNT_SECRET_MESSAGES = [
  'pri(accounts.createBegin)',
  'pri(accounts.createConfirm)',
  'pri(accounts.importMnemonic)',
  'pri(accounts.checkWords)',
  'pri(accounts.importSeed)',
  'pri(accounts.importJson)',
  'pri(accounts.importBtcli)',
  'pri(accounts.exportJson)',
  'pri(accounts.exportBtcli)',
  'pri(accounts.revealMnemonic)',
] as const;
