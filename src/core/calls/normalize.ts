import { encodeAddress } from '@polkadot/util-crypto';
import { BITTENSOR_SS58_PREFIX, parseAddress } from '../address/ss58.ts';

/** "add_stake", "addStake", "AddStake" → "addstake"; "subtensorModule" → "subtensormodule". */
export function normName(s: string): string {
  return s.replaceAll('_', '').toLowerCase();
}

/** Reads an argument whatever its casing: `amount_staked` also finds `amountStaked`. */
export function getArg(args: Record<string, unknown>, name: string): unknown {
  if (name in args) return args[name];
  const want = normName(name);
  for (const [k, v] of Object.entries(args)) if (normName(k) === want) return v;
  return undefined;
}

/** Unwraps { Some: x } / { some: x }, and maps None / null / undefined to undefined. */
export function unwrapOption(v: unknown): unknown {
  if (v === null || v === undefined || v === 'None' || v === 'none') return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && normName(keys[0] ?? '') === 'some') return o[keys[0] as string];
    if (keys.length === 1 && normName(keys[0] ?? '') === 'none') return undefined;
  }
  return v;
}

/**
 * Amount to bigint: bigint; safe non-negative integer number; decimal string with thousands commas
 * ("10,000,000,000" from toHuman); 0x hex (toJSON of large u64/u128); { Compact: x }-like wrappers.
 * Lossy forms ("1.0000 TAO", "1.5 mTAO", floats) give null so the UI can warn instead of guessing.
 */
export function toBigInt(v: unknown): bigint | null {
  const u = unwrapOption(v);
  if (typeof u === 'bigint') return u >= 0n ? u : null;
  if (typeof u === 'number') return Number.isSafeInteger(u) && u >= 0 ? BigInt(u) : null;
  if (typeof u === 'string') {
    const s = u.trim();
    if (/^0x[0-9a-f]+$/i.test(s)) return BigInt(s);
    if (/^\d{1,3}(,\d{3})+$/.test(s) || /^\d+$/.test(s)) return BigInt(s.replaceAll(',', ''));
    return null;
  }
  if (u && typeof u === 'object' && !Array.isArray(u)) {
    const vals = Object.values(u as Record<string, unknown>);
    if (vals.length === 1) return toBigInt(vals[0]);
  }
  return null;
}

export function toNumber(v: unknown): number | null {
  const b = toBigInt(v);
  return b !== null && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : null;
}

export function toBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'Yes') return true;
  if (v === 'false' || v === 'No') return false;
  return null;
}

/**
 * Account argument (AccountId32 or MultiAddress { Id | id }) to a prefix-42 address, or null.
 * Accepts ss58 of any prefix and 0x + 32-byte hex (toJSON may give either).
 */
export function toAddress(v: unknown): string | null {
  const u = unwrapOption(v);
  if (typeof u === 'string') {
    const s = u.trim();
    if (/^0x[0-9a-f]{64}$/i.test(s)) return encodeAddress(s, BITTENSOR_SS58_PREFIX);
    const p = parseAddress(s);
    return p.ok ? p.address : null;
  }
  if (u && typeof u === 'object' && !Array.isArray(u)) {
    const o = u as Record<string, unknown>;
    const id = Object.entries(o).find(([k]) => normName(k) === 'id');
    if (id) return toAddress(id[1]);
  }
  return null;
}

/** A nested call argument (proxy.proxy `call`, batch `calls[i]`) if it has the DecodedCall shape. */
export function toDecodedCall(v: unknown): { section: string; method: string; args: Record<string, unknown> } | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.section !== 'string' || typeof o.method !== 'string') return null;
  const args =
    o.args && typeof o.args === 'object' && !Array.isArray(o.args) ? (o.args as Record<string, unknown>) : {};
  return { section: o.section, method: o.method, args };
}

/** Enum argument (ProxyType) from "Staking", { Staking: null }, or its index. */
export function toEnumName(v: unknown, names: readonly string[]): string | null {
  if (typeof v === 'string') return /^\d+$/.test(v) ? (names[Number(v)] ?? v) : v;
  if (typeof v === 'number') return names[v] ?? String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1) return keys[0] ?? null;
  }
  return null;
}
