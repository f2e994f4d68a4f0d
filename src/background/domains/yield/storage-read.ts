import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { z } from 'zod';
import { rational, type Rational } from '../../../core/amount/rational.ts';
import { pickShare, shareToRational, type ShareValue } from '../../../core/staking/shares.ts';
import { big } from '../../chain/read/decoders.ts';

/** A storage item of SubtensorModule with the keys of one entry. */
export type KeyRef = { item: string; args: unknown[] };

const fixed = z.object({ bits: big });
const safeFloat = z.object({
  mantissa: big,
  exponent: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).transform((v) => BigInt(v)),
});

/** A U64F64 ({bits}) or SafeFloat ({mantissa, exponent}) share value as toJSON gives it; null when absent. */
export function decodeShare(json: unknown): ShareValue | null {
  const f = fixed.safeParse(json);
  if (f.success) return { bits: f.data.bits };
  const s = safeFloat.safeParse(json);
  return s.success ? s.data : null;
}

export function shareRational(legacy: ShareValue | null, v2: ShareValue | null): Rational {
  const v = pickShare(legacy, v2);
  return v ? shareToRational(v) : rational(0n);
}

/** Whether the share the chain reads (see pickShare) is a legacy U64F64 value. */
export function isFixedShare(legacy: ShareValue | null, v2: ShareValue | null): boolean {
  const v = pickShare(legacy, v2);
  return v !== null && 'bits' in v;
}

/** Whether the runtime has a SubtensorModule storage item (V2 share items exist only on newer specs). */
export function hasItem(api: ApiPromise, item: string): boolean {
  return Boolean(api.query['subtensorModule']?.[item]);
}

/** The metadata's lookup type of a SubtensorModule storage item's value. */
function valueType(api: ApiPromise, item: string): string {
  const meta = api.query['subtensorModule']![item]!.creator.meta;
  return api.registry.createLookupType(meta.type.isMap ? meta.type.asMap.value : meta.type.asPlain);
}

/** A storage item's value where the entry is absent: the default the metadata declares, decoded; null without the item. */
export function fallbackOf(api: ApiPromise, item: string): Codec | null {
  const entry = api.query['subtensorModule']?.[item];
  return entry ? api.registry.createType(valueType(api, item), entry.creator.meta.fallback.toU8a(true)) : null;
}

// The same entries are read at every sampled block: their keys (ss58 decoding and hashing) are built once per
// runtime (an upgrade may change an item's hashers, so a new spec version starts afresh).
const KEY_CACHE_LIMIT = 20_000;
const keyCache = new WeakMap<ApiPromise, { spec: string; keys: Map<string, string> }>();

function storageKey(api: ApiPromise, section: NonNullable<ApiPromise['query'][string]>, ref: KeyRef): string {
  const spec = api.runtimeVersion.specVersion.toString();
  let cache = keyCache.get(api);
  if (!cache || cache.spec !== spec) keyCache.set(api, (cache = { spec, keys: new Map() }));
  const id = `${ref.item}|${JSON.stringify(ref.args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;
  const known = cache.keys.get(id);
  if (known !== undefined) return known;
  const entry = section[ref.item];
  if (!entry) throw new Error(`no storage item ${ref.item}`);
  const key = entry.key(...ref.args);
  if (cache.keys.size >= KEY_CACHE_LIMIT) cache.keys.clear();
  cache.keys.set(id, key);
  return key;
}

/**
 * Reads many storage entries at one block in ONE `state_queryStorageAt` call (one archive query);
 * values decoded with the metadata's type, or null when the entry is absent.
 */
export async function readAt(api: ApiPromise, hash: string, refs: KeyRef[]): Promise<Array<Codec | null>> {
  const section = api.query['subtensorModule'];
  if (!section) throw new Error('no SubtensorModule');
  const keys = refs.map((r) => storageKey(api, section, r));
  // rpc-core answers hex keys with one StorageData per key, in order (absent entries empty).
  const got: unknown = await api.rpc.state.queryStorageAt(keys, hash);
  if (!Array.isArray(got) || got.length !== keys.length)
    throw new Error('state_queryStorageAt answered with an unexpected shape');
  const raws: unknown[] = got;
  return raws.map((raw, i) => {
    if (!isCodec(raw)) return null;
    const bytes = raw.toU8a(true);
    if (raw.isEmpty || bytes.length === 0) return null;
    return api.registry.createType(valueType(api, refs[i]!.item), bytes);
  });
}

function isCodec(v: unknown): v is Codec {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'toU8a') === 'function';
}

export const bigOf = (c: Codec | null): bigint => (c ? big.parse(c.toJSON()) : 0n);

/** Every subnet (netuid above 0) the chain has at `hash` (NetworksAdded), ascending; none without the item. */
export async function subnetsOf(api: ApiPromise, hash: string): Promise<number[]> {
  const entry = api.query['subtensorModule']?.['networksAdded'];
  if (!entry) return [];
  const entries = await entry.entriesAt(hash);
  return entries
    .filter(([, added]) => added.toJSON() === true)
    .map(([key]) => Number(key.args[0]?.toString()))
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
}
