/**
 * Typed access to dispatch arguments keyed by metadata arg names. Accepts the shapes the chain half
 * produces from decoded calls: AccountHex strings, bigint (or number / decimal string) amounts,
 * numbers for u16, booleans, null | bigint for Option. Malformed arguments throw a TypeError: that is
 * a bug in the caller, not a chain error.
 */
import { isAccountHex } from './accounts.ts';
import type { AccountHex, DispatchArgs } from './types.ts';

function need(args: DispatchArgs, name: string): unknown {
  if (!(name in args)) throw new TypeError(`missing argument '${name}'`);
  return args[name];
}

export function account(args: DispatchArgs, name: string): AccountHex {
  const v = need(args, name);
  const s = typeof v === 'string' ? v.toLowerCase() : v;
  if (!isAccountHex(s)) throw new TypeError(`argument '${name}' is not a 32-byte 0x hex account`);
  return s;
}

export function toBig(v: unknown, name: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  if (v !== null && typeof v === 'object' && 'toBigInt' in v && typeof v.toBigInt === 'function')
    return v.toBigInt() as bigint;
  throw new TypeError(`argument '${name}' is not an integer`);
}

export function big(args: DispatchArgs, name: string): bigint {
  const v = toBig(need(args, name), name);
  if (v < 0n) throw new TypeError(`argument '${name}' is negative`);
  return v;
}

export function optBig(args: DispatchArgs, name: string): bigint | null {
  const v = need(args, name);
  return v === null || v === undefined ? null : toBig(v, name);
}

export function num(args: DispatchArgs, name: string): number {
  const v = toBig(need(args, name), name);
  if (v < 0n || v > 0xffffn) throw new TypeError(`argument '${name}' is not a u16`);
  return Number(v);
}

export function bool(args: DispatchArgs, name: string): boolean {
  const v = need(args, name);
  if (typeof v !== 'boolean') throw new TypeError(`argument '${name}' is not a boolean`);
  return v;
}

export function netuidList(args: DispatchArgs, name: string): number[] {
  const v = need(args, name);
  const arr = v instanceof Set ? [...v] : v;
  if (!Array.isArray(arr)) throw new TypeError(`argument '${name}' is not a list`);
  return arr.map((x: unknown, i: number) => num({ [`${name}[${i}]`]: x }, `${name}[${i}]`));
}
