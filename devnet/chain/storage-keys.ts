// Storage keys and value encoding from the decorated metadata (pallet/item names as in metadata).
import { compactStripLength, stringCamelCase, u8aToHex } from '@polkadot/util';
import type { StorageEntry } from '@polkadot/types/primitive/types';
import type { ChainMeta } from './metadata.ts';
import { jsonSafe } from '../runtime/codec.ts';

export class StorageCodec {
  private readonly keyCache = new Map<string, string>();
  private readonly entryCache = new Map<string, { fn: StorageEntry; valueType: string } | null>();

  constructor(readonly meta: ChainMeta) {}

  entry(pallet: string, item: string): { fn: StorageEntry; valueType: string } | null {
    const id = `${pallet}.${item}`;
    const hit = this.entryCache.get(id);
    if (hit !== undefined) return hit;
    const fn = this.meta.decorated.query[stringCamelCase(pallet)]?.[stringCamelCase(item)] ?? null;
    let out: { fn: StorageEntry; valueType: string } | null = null;
    if (fn) {
      const t = fn.meta.type;
      const valueId = t.isPlain ? t.asPlain : t.asMap.value;
      out = { fn, valueType: this.meta.registry.createLookupType(valueId) };
    }
    this.entryCache.set(id, out);
    return out;
  }

  has(pallet: string, item: string): boolean {
    return this.entry(pallet, item) !== null;
  }

  /** Hex storage key for `pallet.item(keys…)`. */
  key(pallet: string, item: string, keys: unknown[] = []): string {
    const cacheId = keys.length ? `${pallet}.${item}|${jsonSafe(keys)}` : `${pallet}.${item}`;
    const hit = this.keyCache.get(cacheId);
    if (hit) return hit;
    const e = this.entry(pallet, item);
    if (!e) throw new Error(`storage ${pallet}.${item} not in metadata`);
    const raw = compactStripLength(e.fn(...keys))[1];
    const hex = u8aToHex(raw);
    if (this.keyCache.size > 500_000) this.keyCache.clear();
    this.keyCache.set(cacheId, hex);
    return hex;
  }

  /** Hex of `value` encoded as the item's value type. */
  value(pallet: string, item: string, value: unknown): string {
    const e = this.entry(pallet, item);
    if (!e) throw new Error(`storage ${pallet}.${item} not in metadata`);
    return u8aToHex(this.meta.registry.createType(e.valueType, value).toU8a());
  }

  /** Prefix (twox128(pallet) ‖ twox128(item)) of an item. */
  prefix(pallet: string, item: string): string {
    const e = this.entry(pallet, item);
    if (!e) throw new Error(`storage ${pallet}.${item} not in metadata`);
    return u8aToHex(e.fn.keyPrefix());
  }
}
