// Parameter validation helpers (bad params -> -32602).
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { invalidParams } from './errors.ts';

export const isHex = (v: unknown): v is string => typeof v === 'string' && /^0x([0-9a-fA-F]{2})*$/.test(v);

export function hexParam(params: unknown[], i: number, name: string): string {
  const v = params[i];
  if (!isHex(v)) throw invalidParams(`${name} must be 0x-prefixed hex`);
  return v.toLowerCase();
}

export function optHashParam(params: unknown[], i: number): string | null {
  const v = params[i];
  if (v === undefined || v === null) return null;
  if (!isHex(v) || v.length !== 66) throw invalidParams('block hash must be 32-byte hex');
  return v.toLowerCase();
}

export function accountParam(params: unknown[], i: number): `0x${string}` {
  const v = params[i];
  if (typeof v !== 'string') throw invalidParams('account must be an SS58 address or hex public key');
  try {
    return u8aToHex(decodeAddress(v)) as `0x${string}`;
  } catch {
    throw invalidParams('account must be an SS58 address or hex public key');
  }
}

export function numberParam(params: unknown[], i: number, name: string, optional = false): number | null {
  const v = params[i];
  if ((v === undefined || v === null) && optional) return null;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(v)) {
    const n = Number(v);
    if (Number.isSafeInteger(n)) return n;
  }
  throw invalidParams(`${name} must be a non-negative integer`);
}
