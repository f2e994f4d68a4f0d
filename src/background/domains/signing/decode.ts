import { GenericCall, type TypeRegistry } from '@polkadot/types';
import type { Codec } from '@polkadot/types/types';
import { hexToU8a, isHex, stringToU8a, u8aToHex } from '@polkadot/util';
import type { DecodedCall } from '../../../core/calls/types.ts';
import type { Mortality } from '../../../protocol/domains/approvals-values.ts';

/** Raw values (toJSON) with nested calls decoded too, as core/calls summarizeCall expects. */
function plain(value: Codec): unknown {
  if (value instanceof GenericCall) return callToDecoded(value);
  if (Array.isArray(value)) return value.map((v: Codec) => plain(v));
  return value.toJSON();
}

export function callToDecoded(call: GenericCall): DecodedCall {
  const args: Record<string, unknown> = {};
  call.meta.args.forEach((meta, i) => {
    const arg = call.args[i];
    if (arg) args[meta.name.toString()] = plain(arg);
  });
  return { section: call.section, method: call.method, args };
}

export function mortalityOf(registry: TypeRegistry, eraHex: string, blockNumber: number): Mortality {
  const era = registry.createType('ExtrinsicEra', eraHex);
  if (!era.isMortalEra) return { mortal: false };
  const m = era.asMortalEra;
  return {
    mortal: true,
    period: m.period.toNumber(),
    fromBlock: m.birth(blockNumber),
    toBlock: m.death(blockNumber) - 1,
  };
}

/** The bytes a signRaw request names: hex as bytes, anything else as UTF-8 text (as polkadot-js does). */
export function rawBytes(data: string): Uint8Array {
  return isHex(data) ? hexToU8a(data) : stringToU8a(data);
}

/** The message as text when it is printable UTF-8 (new lines and tabs allowed), else undefined. */
export function printable(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

export function hexOf(bytes: Uint8Array): string {
  return u8aToHex(bytes);
}
