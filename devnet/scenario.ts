// Scenario files: `{ accounts: [{ uri | address, free }], subtensor: <economics scenario>,
// history?: { epochs?, tempo?, blocks? }, genesisHash? }`. Amounts in rao (number, numeric string
// or bigint). The default funds //Alice..//Ferdie and //Demo (the README's demo account).
import { readFileSync } from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import type { AccountHex } from './runtime/economics.ts';

export interface ScenarioAccount {
  uri?: string;
  address?: string;
  free: string | number | bigint;
}

export interface Scenario {
  accounts?: ScenarioAccount[];
  subtensor?: unknown;
  history?: { epochs?: number; tempo?: number; blocks?: number };
  genesisHash?: string;
}

export const TAO = 1_000_000_000n;
export const DEV_URIS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];
export const DEMO_URI = '//Demo';
/** Block author (receives fees): Alice's stash, so Alice's own balance moves only by her transactions. */
export const AUTHOR_URI = '//Alice//stash';

export function defaultAccounts(): ScenarioAccount[] {
  return [
    ...DEV_URIS.map((uri) => ({ uri, free: (100_000n * TAO).toString() })),
    { uri: DEMO_URI, free: (1_000n * TAO).toString() },
  ];
}

export function loadScenarioFile(path: string): Scenario {
  return JSON.parse(readFileSync(path, 'utf8')) as Scenario;
}

/** Public key (hex) for a dev URI (sr25519) or an SS58/hex address. */
export function accountOf(a: { uri?: string; address?: string }): AccountHex {
  if (a.uri) return u8aToHex(new Keyring({ type: 'sr25519' }).addFromUri(a.uri).publicKey) as AccountHex;
  if (a.address) return u8aToHex(decodeAddress(a.address)) as AccountHex;
  throw new Error('scenario account needs uri or address');
}

export function endowments(accounts: ScenarioAccount[]): Array<{ address: AccountHex; free: bigint }> {
  return accounts.map((a) => ({ address: accountOf(a), free: BigInt(a.free) }));
}

export function historyBlocks(s: Scenario): number {
  const h = s.history;
  if (!h) return 0;
  if (typeof h.blocks === 'number') return h.blocks;
  return (h.epochs ?? 0) * ((h.tempo ?? 10) + 1);
}
