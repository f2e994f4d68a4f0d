import type { DefMap, RequestOf, ResponseOf, SubscriptionOf } from './contract.ts';
import { ACCOUNT_SECRET_MESSAGES, accountsMessages } from './domains/accounts.ts';
import { addressBookMessages } from './domains/addressbook.ts';
import { approvalsMessages } from './domains/approvals.ts';
import { dappMessages } from './domains/dapp.ts';
import { networksMessages } from './domains/networks.ts';
import { portfolioMessages } from './domains/portfolio.ts';
import { settingsMessages } from './domains/settings.ts';
import { sitesMessages } from './domains/sites.ts';
import { stakingMessages } from './domains/staking.ts';
import { systemMessages } from './domains/system.ts';
import { transfersMessages } from './domains/transfers.ts';
import { validatorsMessages } from './domains/validators.ts';
import { VAULT_SECRET_MESSAGES, vaultMessages } from './domains/vault.ts';
import { yieldMessages } from './domains/yield.ts';

/** The one message contract: every name the background serves, with its request schema and result types. */
export const contract = {
  ...systemMessages,
  ...settingsMessages,
  ...vaultMessages,
  ...accountsMessages,
  ...dappMessages,
  ...approvalsMessages,
  ...sitesMessages,
  ...networksMessages,
  ...portfolioMessages,
  ...transfersMessages,
  ...addressBookMessages,
  ...stakingMessages,
  ...validatorsMessages,
  ...yieldMessages,
} satisfies DefMap;

export type Contract = typeof contract;
export type MessageName = keyof Contract;
export type Req<N extends MessageName> = RequestOf<Contract[N]>;
export type Res<N extends MessageName> = ResponseOf<Contract[N]>;
export type Sub<N extends MessageName> = SubscriptionOf<Contract[N]>;
export type SubscriptionName = {
  [N in MessageName]: [Sub<N>] extends [never] ? never : N;
}[MessageName];
/** Subscriptions whose request is null: one live copy per page can serve every reader (popup/state/live.ts). */
export type NullRequestSubscription = {
  [N in SubscriptionName]: [Req<N>] extends [null] ? N : never;
}[SubscriptionName];
export type PublicMessageName = Extract<MessageName, `pub(${string})`>;

/** Messages whose requests or responses carry secrets (passwords, mnemonics, keys): never logged. */
export const SECRET_MESSAGES: ReadonlySet<string> = new Set<string>([
  ...VAULT_SECRET_MESSAGES,
  ...ACCOUNT_SECRET_MESSAGES,
]);

export * from './errors.ts';
export * from './ports.ts';
export * from './envelope.ts';
export { isPublicName, isPrivateName, domainOf } from './contract.ts';
export type { Settings } from './domains/settings-values.ts';
export type { SystemInfo } from './domains/system.ts';
export { DEFAULT_SETTINGS, LANGUAGES, THEMES } from './domains/settings-values.ts';
export type {
  AccountView,
  VaultStatus,
  PendingMnemonic,
  BtcliProgress,
  KeyType,
  AccountSource,
} from './domains/accounts-values.ts';
export type * from './domains/chain-values.ts';
export type * from './domains/approvals-values.ts';
export type * from './domains/staking-values.ts';
export type * from './domains/validators-values.ts';
export { approvalKindOf } from './domains/approvals-values.ts';
