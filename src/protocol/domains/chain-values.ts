/**
 * Plain types of the networks, portfolio, transfers and address-book domains (no schema library), safe to
 * import from the popup. Amounts travel as decimal strings of rao / alpha-rao (the contract carries JSON).
 */
import type { TrackedTx } from './tx-values.ts';

export type NetworkKind = 'mainnet' | 'testnet' | 'local' | 'custom';

export interface NetworkView {
  id: string;
  name: string;
  kind: NetworkKind;
  endpoints: string[];
  /** Known once TaoVault has connected (or built in for Finney). */
  genesisHash?: string;
  /** A block explorer page for a block: a URL with {block} for the block hash; none for local and custom nodes. */
  explorer?: string;
}

export type ConnectionState = 'connecting' | 'connected' | 'offline';

export interface ChainStatus {
  networkId: string;
  state: ConnectionState;
  /** Endpoint in use (or last tried). */
  endpoint?: string;
  bestBlock?: number;
  finalizedBlock?: number;
  /** Why the last attempt failed (plain English, for the log line; the popup shows its own sentence). */
  lastError?: string;
  /** When the next attempt starts (ms since epoch), while offline. */
  retryAt?: number;
  /** Offline, and an attempt to reconnect is under way. */
  retrying?: boolean;
}

export interface NetworksState {
  selected: string;
  networks: NetworkView[];
  status: ChainStatus;
}

export interface PositionView {
  hotkey: string;
  /** Identity name of the hotkey's owner (IdentitiesV2), when the chain has one. */
  validatorName?: string;
  netuid: number;
  subnetName: string;
  symbol: string;
  /** alpha rao (TAO rao on root). */
  alpha: string;
  /** rao: alpha × spot price. */
  taoSpot: string;
  /**
   * rao: what unstaking it now would return (equals taoSpot on root): its share, pro rata to its alpha, of one
   * simulated sale of everything this account may sell on the subnet now (every position there, capped by a lock).
   */
  taoUnstake: string;
  /**
   * A conviction lock on this account's stake on the subnet (runtimes with locks): alpha of this position held back
   * (`locked`) and that may leave now (`available`, at most the subnet's available alpha, which its positions share),
   * and the lock's whole amount on the subnet (`subnetLocked`).
   */
  lock?: { locked: string; available: string; subnetLocked: string };
  /** False where the runtime cannot simulate the sale: taoUnstake is then the spot value, and says so. */
  unstakeSimulated: boolean;
  /** rao of TAO per 1 alpha. */
  price: string;
}

export interface AccountPortfolio {
  address: string;
  free: string;
  reserved: string;
  frozen: string;
  /** free − frozen, as the chain computes it (never below zero). */
  transferable: string;
  stakedRoot: string;
  /** Sum over subnet positions of their spot value, and of their unstake value. */
  stakedSubnetSpot: string;
  stakedSubnetUnstake: string;
  /** Some subnet position's unstake value is its spot value, not a simulation (see PositionView.unstakeSimulated). */
  unstakeAtSpot: boolean;
  /** free + reserved + root stake + subnet positions at spot. */
  total: string;
  positions: PositionView[];
  /** A swap of this coldkey to another key announced on chain (runtimes with ColdkeySwapAnnouncements). */
  coldkeySwap?: ColdkeySwapView;
}

/** An announced coldkey swap: after `executesAt` the funds can move to the announced key unless disputed. */
export interface ColdkeySwapView {
  /** The block from which the swap can run. */
  executesAt: number;
  /** The block it was disputed in (then no call of the coldkey is accepted until the chain's operators act). */
  disputedAt: number | null;
}

export interface PortfolioTotals {
  transferable: string;
  reserved: string;
  frozen: string;
  stakedRoot: string;
  stakedSubnetSpot: string;
  stakedSubnetUnstake: string;
  total: string;
}

export interface PortfolioView {
  networkId: string;
  /** Block the values were read at. */
  block?: number;
  /** When they were read (ms since epoch). */
  at: number;
  /** Last known values, shown while the network is (re)connecting. */
  cached: boolean;
  accounts: AccountPortfolio[];
  totals: PortfolioTotals;
  /**
   * The selected network cannot give balances and stake at all (not a Subtensor runtime, metadata V14 only, no stake
   * APIs): the refusal, as an error object the popup turns into a sentence. `accounts` is empty then.
   */
  unreadable?: { code: 'unavailable'; message: string; data: { reason: string; api?: string } };
}

export type { TxStatus } from './tx-values.ts';

export interface TxRecord extends TrackedTx {
  kind: 'transfer';
  from: string;
  to: string;
  /** rao; for transfer_all the amount is what left the account. */
  amount: string;
  call: 'transfer_keep_alive' | 'transfer_allow_death' | 'transfer_all';
}

export interface TransferWarning {
  code: 'own-account' | 'validator-hotkey' | 'empties-account';
}

export interface TransferPreview {
  networkId: string;
  from: string;
  /** Recipient re-encoded with prefix 42. */
  to: string;
  amount: string;
  fee: string;
  /** amount + fee */
  total: string;
  call: TxRecord['call'];
  /** Transferable balance after the transfer. */
  remaining: string;
  existentialDeposit: string;
  warnings: TransferWarning['code'][];
}

export interface AddressBookEntry {
  id: string;
  name: string;
  address: string;
  note?: string;
}

export const EXISTENTIAL_DEPOSIT_RAO = 500n;
