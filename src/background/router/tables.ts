import { approvalsHandlers } from '../domains/approvals/handler.ts';
import { accountsHandlers } from '../domains/accounts/handler.ts';
import { addressBookHandlers } from '../domains/addressbook/handler.ts';
import { dappHandlers } from '../domains/dapp/handler.ts';
import { networksHandlers } from '../domains/networks/handler.ts';
import { portfolioHandlers } from '../domains/portfolio/handler.ts';
import { settingsHandlers } from '../domains/settings/handler.ts';
import { sitesHandlers } from '../domains/sites/handler.ts';
import { stakingHandlers } from '../domains/staking/handler.ts';
import { systemHandlers } from '../domains/system/handler.ts';
import { transfersHandlers } from '../domains/transfers/handler.ts';
import { validatorsHandlers } from '../domains/validators/handler.ts';
import { vaultHandlers } from '../domains/vault/handler.ts';
import { yieldHandlers } from '../domains/yield/handler.ts';
import type { PrivTable, PubTable } from './types.ts';

/** Every privileged message has exactly one handler; the compiler checks the table is complete. */
export const privateHandlers: PrivTable = {
  ...systemHandlers,
  ...settingsHandlers,
  ...vaultHandlers,
  ...accountsHandlers,
  ...approvalsHandlers,
  ...sitesHandlers,
  ...networksHandlers,
  ...portfolioHandlers,
  ...transfersHandlers,
  ...addressBookHandlers,
  ...stakingHandlers,
  ...validatorsHandlers,
  ...yieldHandlers,
};

export const publicHandlers: PubTable = {
  ...dappHandlers,
};
