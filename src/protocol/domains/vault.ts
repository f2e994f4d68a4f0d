import { z } from 'zod';
import { message } from '../contract.ts';
import { MIN_PASSWORD_LENGTH, type VaultStatus } from './accounts-values.ts';

const password = z.string().min(1).max(1024);
const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(1024);

export const vaultMessages = {
  'pri(vault.status)': message<VaultStatus>()(() => z.null()),
  'pri(vault.subscribe)': message<VaultStatus, VaultStatus>()(() => z.null()),
  'pri(vault.create)': message<VaultStatus>()(() => z.object({ password: newPassword }).strict()),
  'pri(vault.unlock)': message<VaultStatus>()(() => z.object({ password }).strict()),
  'pri(vault.lock)': message<VaultStatus>()(() => z.null()),
  /** The person pressed a key or clicked in one of TaoVault's own pages: pushes auto-lock back (nothing else does). */
  'pri(vault.activity)': message<null>()(() => z.null()),
  /**
   * Erases the wallet on this device for a person who forgot the password: every stored item, locked or not. No
   * password (there is none to give); `confirm: true` only after the person typed the confirmation word.
   */
  'pri(vault.wipe)': message<VaultStatus>()(() => z.object({ confirm: z.literal(true) }).strict()),
  'pri(vault.changePassword)': message<VaultStatus>()(() => z.object({ oldPassword: password, newPassword }).strict()),
};

export const VAULT_SECRET_MESSAGES = ['pri(vault.create)', 'pri(vault.unlock)', 'pri(vault.changePassword)'] as const;
