// The devnet's "current runtime" mode: metadata of a runtime like Finney's today (spec 459, facts §12), built from
// the newest fixture (spec 346, V16) with what later runtimes added or retired, each in the shape the Subtensor
// source gives it (opentensor/subtensor HEAD `pallets/subtensor/src/macros/dispatches.rs` and `lib.rs`; the
// RaoFoundation/subtensor files for specs 441–459):
//  - coldkey swap with announcement: calls announce_coldkey_swap (125, `new_coldkey_hash: T::Hash`),
//    swap_coldkey_announced (126, `new_coldkey`), dispute_coldkey_swap (127); storage ColdkeySwapAnnouncements
//    (Twox64Concat AccountId → (BlockNumber, Hash), optional), ColdkeySwapDisputes (Twox64Concat AccountId →
//    BlockNumber, optional), ColdkeySwapAnnouncementDelay (default 36,000 blocks: 5 days); its events and errors;
//  - move_stake_limit (149): move_stake's fields, then swap_stake_limit's `limit_price` and `allow_partial`;
//  - claim_root_with_hotkey (148, `hotkey`); set_root_claim_type (122) retired, with RootClaimType; Root Reborn's
//    baskets (metadata-reborn.ts);
//  - the MevShield pallet (index 30: `metadata-mev-shield.ts`);
//  - conviction locks: StakeInfoRuntimeApi.get_stake_availability_for_coldkeys and StakeUnavailable (metadata-locks.ts).
// Written to a temporary file for `startDevnet({ metadata })` (or `npm run devnet -- --runtime current`).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { defaultMetadataPath } from './metadata.ts';
import { addMevShield } from './metadata-mev-shield.ts';
import { addStakeAvailability, type LocksMetadataJson } from './metadata-locks.ts';
import { addRootReborn } from './metadata-reborn.ts';

/** The spec version the mode stands for (RaoFoundation/subtensor `runtime/src/lib.rs` at 005a8dc0, facts §12). */
export const CURRENT_SPEC = 459;
/** InitialColdkeySwapAnnouncementDelay on a production runtime: 5 × 24 × 60 × 60 / 12 blocks. */
export const ANNOUNCEMENT_DELAY = 36_000;

export interface Field {
  name: string | null;
  type: number;
  typeName: string | null;
  docs: string[];
}
export interface Variant {
  name: string;
  fields: Field[];
  index: number;
  docs: string[];
}
export interface LookupType {
  id: number;
  type: { path: string[]; params: unknown[]; def: { variant?: { variants: Variant[] } } & Record<string, unknown> };
}
export interface StorageItem {
  name: string;
  modifier: string;
  type: unknown;
  fallback: string;
  docs: string[];
  deprecationInfo: unknown;
}
export interface PalletJson {
  name: string;
  storage: { prefix: string; items: StorageItem[] } | null;
  calls: { type: number } | null;
  events: { type: number } | null;
  errors: { type: number } | null;
  constants: Array<{ name: string; type: number; value: string }>;
}
export interface V16Json {
  lookup: { types: LookupType[] };
  pallets: PalletJson[];
  outerEnums: { callType: number; eventType: number; errorType: number };
  apis: LocksMetadataJson['apis'];
}

function variantsOf(v: V16Json, id: number | undefined, what: string): Variant[] {
  const found = v.lookup.types.find((t) => t.id === id)?.type.def.variant?.variants;
  if (!found) throw new Error(`the source metadata has no ${what} enum`);
  return found;
}

function add(list: Variant[], name: string, index: number, fields: Field[], docs: string[]): void {
  if (list.some((x) => x.name === name || x.index === index)) return;
  list.push({ name, index, fields, docs });
  list.sort((a, b) => a.index - b.index);
}

const field = (name: string, type: number, typeName: string): Field => ({ name, type, typeName, docs: [] });
const NOT_DEPRECATED = { notDeprecated: null };

/** Builds the current-runtime metadata from `source` (the spec-346 V16 fixture) and returns the file it wrote. */
export function metadataCurrent(source = defaultMetadataPath()): string {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, new Uint8Array(readFileSync(source)));
  registry.setMetadata(metadata);
  if (metadata.version !== 16) throw new Error(`${source}: V16 metadata expected, got V${metadata.version}`);
  const json = metadata.toJSON() as unknown as { magicNumber: number; metadata: { v16: V16Json } };
  const v = json.metadata.v16;
  const sub = v.pallets.find((p) => p.name === 'SubtensorModule');
  if (!sub?.calls || !sub.events || !sub.errors || !sub.storage) throw new Error(`${source}: no SubtensorModule`);
  const calls = variantsOf(v, sub.calls.type, 'SubtensorModule call');
  const events = variantsOf(v, sub.events.type, 'SubtensorModule event');
  const errors = variantsOf(v, sub.errors.type, 'SubtensorModule error');
  const fieldsOf = (name: string): Field[] => {
    const c = calls.find((x) => x.name === name);
    if (!c) throw new Error(`${source}: no SubtensorModule.${name}`);
    return c.fields;
  };
  const accountId = fieldsOf('move_stake')[0]!.type;
  const h256 = v.lookup.types.find((t) => t.type.path.join('::') === 'primitive_types::H256')?.id;
  const u32 = v.lookup.types.find((t) => JSON.stringify(t.type.def) === '{"primitive":"U32"}')?.id;
  if (h256 === undefined || u32 === undefined) throw new Error(`${source}: no H256 or u32 type`);
  const whenHash = Math.max(...v.lookup.types.map((t) => t.id)) + 1;
  v.lookup.types.push({ id: whenHash, type: { path: [], params: [], def: { tuple: [u32, h256] } } });

  // Calls: the coldkey swap with announcement, Root Reborn's claim, the protected move; the retired claim type.
  add(
    calls,
    'announce_coldkey_swap',
    125,
    [field('new_coldkey_hash', h256, 'T::Hash')],
    ['Announces a coldkey swap using BlakeTwo256 hash of the new coldkey.'],
  );
  add(
    calls,
    'swap_coldkey_announced',
    126,
    [field('new_coldkey', accountId, 'T::AccountId')],
    ['Performs a coldkey swap if an announcement has been made.'],
  );
  add(calls, 'dispute_coldkey_swap', 127, [], ['Dispute a coldkey swap.']);
  add(
    calls,
    'claim_root_with_hotkey',
    148,
    [field('hotkey', accountId, 'T::AccountId')],
    ["Claims the caller's root dividends accrued in one validator's basket."],
  );
  const [limitPrice, allowPartial] = fieldsOf('swap_stake_limit').slice(4);
  add(
    calls,
    'move_stake_limit',
    149,
    [...fieldsOf('move_stake'), limitPrice!, allowPartial!],
    [
      'Moves stake from one hotkey to another and, when the subnets differ, protects the swap with a relative price limit.',
    ],
  );
  const retired = calls.findIndex((c) => c.name === 'set_root_claim_type');
  if (retired >= 0) calls.splice(retired, 1);
  sub.storage.items = sub.storage.items.filter((i) => i.name !== 'RootClaimType');

  // Events and errors at the end of their enums.
  let nextEvent = Math.max(...events.map((e) => e.index)) + 1;
  add(
    events,
    'ColdkeySwapAnnounced',
    nextEvent++,
    [field('who', accountId, 'T::AccountId'), field('new_coldkey_hash', h256, 'T::Hash')],
    ['A coldkey swap announcement has been made.'],
  );
  add(
    events,
    'ColdkeySwapDisputed',
    nextEvent++,
    [field('coldkey', accountId, 'T::AccountId')],
    ['A coldkey swap has been disputed.'],
  );
  let nextError = Math.max(...errors.map((e) => e.index)) + 1;
  for (const name of [
    'ColdkeySwapAnnouncementNotFound',
    'ColdkeySwapTooEarly',
    'ColdkeySwapReannouncedTooEarly',
    'AnnouncedColdkeyHashDoesNotMatch',
    'ColdkeySwapAlreadyDisputed',
    'ColdkeySwapAnnounced',
    'ColdkeySwapDisputed',
    'RootStakeLocked',
    'StakeUnavailable',
  ])
    add(errors, name, nextError++, [], []);

  const map = (value: number) => ({ map: { hashers: ['Twox64Concat'], key: accountId, value } });
  const le32 = (n: number) =>
    `0x${[0, 8, 16, 24].map((s) => ((n >>> s) & 0xff).toString(16).padStart(2, '0')).join('')}`;
  const item = (name: string, modifier: string, type: unknown, fallback: string, doc: string): StorageItem => ({
    name,
    modifier,
    type,
    fallback,
    docs: [doc],
    deprecationInfo: NOT_DEPRECATED,
  });
  const u64 = v.lookup.types.find((t) => JSON.stringify(t.type.def) === '{"primitive":"U64"}')?.id;
  if (u64 === undefined) throw new Error(`${source}: no u64 type`);
  sub.storage.items.push(
    item(
      'RootStakeUnlockInterval',
      'Default',
      { plain: u64 },
      '0x0000000000000000',
      ' Blocks root stake is held (cannot leave root) after the last stake operation of its coldkey-hotkey pair; 0: no hold.',
    ),
    item(
      'ColdkeySwapAnnouncementDelay',
      'Default',
      { plain: u32 },
      le32(ANNOUNCEMENT_DELAY),
      ' The delay after an announcement before a coldkey swap can be performed.',
    ),
    item(
      'ColdkeySwapAnnouncements',
      'Optional',
      map(whenHash),
      '0x00',
      ' A map of the coldkey swap announcements from a coldkey to the block number the coldkey swap can be performed.',
    ),
    item(
      'ColdkeySwapDisputes',
      'Optional',
      map(u32),
      '0x00',
      ' A map of the coldkey swap disputes from a coldkey to the block number the coldkey swap was disputed.',
    ),
  );

  // MEV Shield (pallet 30): its calls, key storage, events and errors.
  addMevShield(v);

  // Conviction locks: the availability runtime API (metadata-locks.ts).
  addStakeAvailability(v);
  // Root Reborn's baskets: their storage, events, RootClaimed's payout and BetaBasketRuntimeApi.
  addRootReborn(v, { accountId, u64, events });

  // System.Version: the spec version this mode stands for.
  const system = v.pallets.find((p) => p.name === 'System');
  const version = system?.constants.find((c) => c.name === 'Version');
  if (!version) throw new Error(`${source}: no System.Version`);
  const typeName = registry.createLookupType(version.type);
  const rv = registry.createType(typeName, version.value).toJSON() as Record<string, unknown>;
  version.value = registry.createType(typeName, { ...rv, specVersion: CURRENT_SPEC }).toHex();

  const file = join(mkdtempSync(join(tmpdir(), 'taovault-metadata-')), `subtensor-spec${CURRENT_SPEC}-current.scale`);
  writeFileSync(file, new Metadata(new TypeRegistry(), json as never).toU8a());
  return file;
}
