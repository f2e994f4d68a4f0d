// Conversions between @polkadot/types codecs and the plain JS values the economics half uses
// (AccountHex strings, bigint amounts, number netuids/u8-u32, booleans, null for None).
import type { Codec } from '@polkadot/types/types';
import type { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';

type AnyCodec = Codec & Record<string, unknown>;

/** Plain JS value of a decoded codec. */
export function toPlain(value: Codec): unknown {
  const c = value as AnyCodec;
  const name = c.constructor.name;
  const raw = c.toRawType();
  if (
    raw === 'AccountId' ||
    raw === 'AccountId32' ||
    raw === 'AccountId20' ||
    name === 'GenericAccountId' ||
    name === 'GenericAccountId32'
  )
    return u8aToHex(c.toU8a(true));
  if (raw === 'bool' || name === 'bool') return c.isTrue === true;
  if (typeof c['unwrap'] === 'function' && raw.startsWith('Compact<')) return toPlain((c['unwrap'] as () => Codec)());
  if (/^[ui](8|16|32)$/.test(raw)) return Number(c.toString());
  if (/^[ui](64|128|256)$/.test(raw)) return BigInt(c.toString());
  if (name === 'Option' || raw.startsWith('Option<')) {
    const opt = c as unknown as { isNone: boolean; unwrap(): Codec };
    return opt.isNone ? null : toPlain(opt.unwrap());
  }
  if (name === 'Null' || raw === 'Null') return null;
  if (raw === 'Bytes' || raw === 'Text' || /^\[u8;\d+\]$/.test(raw)) return c.toHex();
  if (Array.isArray(c)) return (c as unknown as Codec[]).map(toPlain);
  if (c instanceof Set) return [...(c as unknown as Set<Codec>)].map(toPlain);
  if (typeof c['isBasic'] === 'boolean' && typeof c['type'] === 'string') {
    // Enum: MultiAddress::Id -> AccountHex; basic enum -> variant name; else { Variant: value }.
    const e = c as unknown as { isBasic: boolean; type: string; inner: Codec };
    if (e.type === 'Id' && e.inner.toU8a().length === 32) return u8aToHex(e.inner.toU8a());
    if (e.isBasic) return e.type;
    return { [e.type]: toPlain(e.inner) };
  }
  if (typeof (c as unknown as { defKeys?: unknown }).defKeys !== 'undefined') {
    const struct = c as unknown as Map<string, Codec> & { defKeys: string[] };
    const out: Record<string, unknown> = {};
    for (const [k, v] of struct.entries()) out[k] = toPlain(v);
    return out;
  }
  if (c instanceof Map)
    return new Map([...(c as unknown as Map<Codec, Codec>)].map(([k, v]) => [toPlain(k), toPlain(v)]));
  return c.toJSON();
}

/** Encodes a plain value as the metadata lookup type `typeId`. */
export function encodeAs(registry: TypeRegistry, typeId: number, value: unknown): Uint8Array {
  return registry.createType(registry.createLookupType(typeId), value).toU8a();
}

/** Makes bigint-containing JSON safe for createType (polkadot-js accepts bigint directly). */
export function jsonSafe(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
