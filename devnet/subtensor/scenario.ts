/**
 * Scenario: a JSON-serialisable description of the chain's Subtensor state at genesis. Amounts are
 * rao / alpha-rao as decimal strings (numbers and bigint are accepted too).
 *
 * Keys of the default scenario are deterministic: `labelKey(label)` = blake2b-256 of
 * "taovault-devnet:" + label. Nobody holds their secret keys; the dev accounts //Alice … //Ferdie
 * (well-known sr25519 public keys, DEV_ACCOUNTS) are the coldkeys that can sign.
 */
import { blake2AsHex } from '@polkadot/util-crypto';
import type { AccountHex } from './types.ts';
import type { ChainIdentity, SubnetIdentity } from './state.ts';

export type Amount = string | number | bigint;

export interface ScenarioSubnet {
  netuid: number;
  name: string;
  symbol: string;
  /** Blocks per epoch; default 10. */
  tempo?: number;
  taoReserve: Amount;
  alphaReserve: Amount;
  /** Swap.FeeRate, default 33. */
  feeRate?: number;
  /** SubnetMechanism: 1 dynamic (default), 0 stable. */
  mechanism?: number;
  owner: AccountHex;
  ownerHotkey: AccountHex;
  subtokenEnabled?: boolean;
  transferToggle?: boolean;
  identity?: Partial<SubnetIdentity>;
  /** Receives the miner half; null/absent → validators get it. */
  miner?: { hotkey: AccountHex; coldkey: AccountHex } | null;
  /** FirstEmissionBlockNumber: emissions start there; null = not started (no start_call yet). Default 0. */
  firstEmissionBlock?: Amount | null;
  /** NetworkRegisteredAt (default 0). */
  registeredAt?: Amount;
}

export interface ScenarioValidator {
  hotkey: AccountHex;
  coldkey: AccountHex;
  /** Delegates take, parts of 65535; null: not in Delegates (the default take applies, as on the chain). */
  take: number | null;
  name?: string;
  /** Subnets (non-root) where the hotkey is registered with a validator permit. */
  registrations: number[];
  /** Own stake: alpha per subnet; netuid 0 is root stake in TAO. */
  stakes: { netuid: number; alpha: Amount }[];
  /** Block of the last take change (LastTxBlockDelegateTake; may be negative: before the devnet's genesis). */
  lastTakeChange?: number;
}

export interface ScenarioNomination {
  coldkey: AccountHex;
  hotkey: AccountHex;
  netuid: number;
  alpha: Amount;
}

export interface ScenarioParams {
  nominatorMinRequiredStake?: Amount;
  taoWeight?: Amount;
  subnetOwnerCut?: number;
  maxDelegateTake?: number;
  minDelegateTake?: number;
  minStake?: Amount;
  feeRecipient?: AccountHex | null;
  /** RootStakeUnlockInterval in blocks (runtimes with Root Reborn's hold window; default 0: none). */
  rootStakeUnlockInterval?: number;
  /** UnlockRate in blocks (default 934,866). */
  unlockRate?: Amount;
}

/** A conviction lock at genesis (current runtimes): `amount` of the coldkey's alpha on the subnet, to `hotkey`. */
export interface ScenarioLock {
  coldkey: AccountHex;
  hotkey: AccountHex;
  netuid: number;
  amount: Amount;
  /** Non-decaying (DecayingLock = false). Default false. */
  perpetual?: boolean;
}

export interface ScenarioSubtensor {
  params?: ScenarioParams;
  subnets: ScenarioSubnet[];
  validators: ScenarioValidator[];
  nominations?: ScenarioNomination[];
  locks?: ScenarioLock[];
  identities?: ({ coldkey: AccountHex } & Partial<ChainIdentity>)[];
}

/** sr25519 public keys of the Substrate dev accounts (checked against @polkadot/keyring in tests). */
export const DEV_ACCOUNTS = {
  alice: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
  bob: '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48',
  charlie: '0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
  dave: '0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20',
  eve: '0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e',
  ferdie: '0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c',
} as const satisfies Record<string, AccountHex>;

export function labelKey(label: string): AccountHex {
  return blake2AsHex(`taovault-devnet:${label}`, 256) as AccountHex;
}

export function toAmount(v: Amount, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  throw new TypeError(`scenario: ${what} is not an integer amount`);
}
