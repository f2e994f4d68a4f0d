import { accountsHandlers } from '../domains/accounts/handler.ts';
import { dappHandlers } from '../domains/dapp/handler.ts';
import { settingsHandlers } from '../domains/settings/handler.ts';
import { systemHandlers } from '../domains/system/handler.ts';
import { vaultHandlers } from '../domains/vault/handler.ts';
import type { PrivTable, PubTable } from './types.ts';

/** Every privileged message has exactly one handler; the compiler checks the table is complete. */
export const privateHandlers: PrivTable = {
  ...systemHandlers,
  ...settingsHandlers,
  ...vaultHandlers,
  ...accountsHandlers,
};

export const publicHandlers: PubTable = {
  ...dappHandlers,
};
