// Event and error encoding driven by the metadata: an event is [pallet index, variant index] followed
// by its fields encoded as their lookup types; System.Events is Vec<EventRecord{phase, event, topics}>.
import { compactToU8a, u8aConcat, u8aToU8a } from '@polkadot/util';
import type { ChainMeta } from '../chain/metadata.ts';

export type Phase = { ApplyExtrinsic: number } | 'Finalization' | 'Initialization';

export interface ChainEvent {
  pallet: string;
  name: string;
  data: unknown[];
}

export interface EventRecord {
  phase: Phase;
  event: ChainEvent;
}

interface VariantInfo {
  palletIndex: number;
  index: number;
  fieldTypes: number[];
}

const cache = new WeakMap<ChainMeta, Map<string, VariantInfo>>();

function variantOf(meta: ChainMeta, pallet: string, name: string, kind: 'events' | 'errors'): VariantInfo {
  let m = cache.get(meta);
  if (!m) cache.set(meta, (m = new Map()));
  const key = `${kind}:${pallet}:${name}`;
  const hit = m.get(key);
  if (hit) return hit;
  const p = meta.pallet(pallet);
  const opt = p[kind];
  if (opt.isNone) throw new Error(`${pallet} has no ${kind}`);
  const typeId = opt.unwrap().type;
  const def = meta.registry.lookup.getSiType(typeId).def;
  const variant = def.asVariant.variants.find((v) => v.name.eq(name));
  if (!variant) throw new Error(`${pallet}.${name} not in metadata ${kind}`);
  const info = {
    palletIndex: p.index.toNumber(),
    index: variant.index.toNumber(),
    fieldTypes: variant.fields.map((f) => f.type.toNumber()),
  };
  m.set(key, info);
  return info;
}

export function hasEvent(meta: ChainMeta, pallet: string, name: string): boolean {
  try {
    variantOf(meta, pallet, name, 'events');
    return true;
  } catch {
    return false;
  }
}

export function encodeEvent(meta: ChainMeta, ev: ChainEvent): Uint8Array {
  const v = variantOf(meta, ev.pallet, ev.name, 'events');
  const parts: Uint8Array[] = [new Uint8Array([v.palletIndex, v.index])];
  v.fieldTypes.forEach((t, i) => {
    parts.push(meta.registry.createType(meta.registry.createLookupType(t), ev.data[i]).toU8a());
  });
  return u8aConcat(...parts);
}

function encodePhase(phase: Phase): Uint8Array {
  if (phase === 'Finalization') return new Uint8Array([1]);
  if (phase === 'Initialization') return new Uint8Array([2]);
  const n = phase.ApplyExtrinsic;
  return new Uint8Array([0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]);
}

/** SCALE of Vec<EventRecord> for System.Events (records without topics). */
export function encodeEventRecords(meta: ChainMeta, records: EventRecord[]): Uint8Array {
  const parts = records.map((r) => u8aConcat(encodePhase(r.phase), encodeEvent(meta, r.event), new Uint8Array([0])));
  return u8aConcat(compactToU8a(records.length), ...parts);
}

/** `DispatchError::Module { index, error }` for a metadata error variant. */
export function moduleError(
  meta: ChainMeta,
  pallet: string,
  name: string,
): { Module: { index: number; error: Uint8Array } } {
  const v = variantOf(meta, pallet, name, 'errors');
  return { Module: { index: v.palletIndex, error: u8aToU8a([v.index, 0, 0, 0]) } };
}

export function hasError(meta: ChainMeta, pallet: string, name: string): boolean {
  try {
    variantOf(meta, pallet, name, 'errors');
    return true;
  } catch {
    return false;
  }
}
