import type { GenericCall, TypeRegistry } from '@polkadot/types';
import { Struct } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types/types';
import { hexToU8a, u8aEq, u8aToHex } from '@polkadot/util';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { SignerPayload } from './describe.ts';

/**
 * What a signature will cover, read back from the bytes themselves: the call and every extension field as the
 * chain will decode them. The approval screen shows these, and the signer signs `bytes`, nothing else.
 */
export interface SignedBytes {
  /** The exact SCALE payload that is signed (hashed with blake2-256 first when longer than 256 bytes). */
  bytes: Uint8Array;
  call: GenericCall;
  /** Explicit extension fields (era, nonce, tip, mode, …), decoded from `bytes`. */
  extra: Struct<Record<string, string>>;
  /** Implicit ("additional signed") fields (spec and transaction version, genesis, block hash, metadata hash, …). */
  implicit: Struct<Record<string, string>>;
}

function refuse(message: string, reason: string): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason });
}

/** A field of a decoded struct, or undefined when this runtime has no such extension. */
export function fieldOf(struct: Struct<Record<string, string>>, name: string): Codec | undefined {
  return struct.has(name) ? struct.get(name) : undefined;
}

/**
 * The call in `method`, decoded: refused unless it is exactly one call of this runtime that re-encodes to every
 * byte given. Bytes after the call would be signed too and read by the chain as the era, nonce and tip.
 */
export function exactCall(registry: TypeRegistry, methodHex: string): GenericCall {
  const bytes = hexToU8a(methodHex);
  let call: GenericCall;
  try {
    call = registry.createType('Call', bytes);
  } catch {
    throw refuse(
      'The transaction is not a call this network knows; TaoVault will not sign what it cannot read.',
      'undecodable-call',
    );
  }
  if (call.encodedLength !== bytes.length) {
    const extra = bytes.length - call.encodedLength;
    throw refuse(
      `The transaction has ${extra > 0 ? `${extra} bytes after its call` : 'a call cut short'}; TaoVault will not sign bytes it cannot show.`,
      'trailing-bytes',
    );
  }
  if (!u8aEq(call.toU8a(), bytes)) {
    throw refuse(
      "The transaction's call is not encoded the way this network encodes it; TaoVault will not sign it.",
      'non-canonical-call',
    );
  }
  return call;
}

/** Each payload field this runtime signs must say what the payload says: a field that did not survive encoding is refused. */
function sameAsGiven(
  payload: SignerPayload,
  extra: Struct<Record<string, string>>,
  implicit: Struct<Record<string, string>>,
): void {
  const expect: Array<[Struct<Record<string, string>>, string, string | number | bigint | null | undefined]> = [
    [extra, 'era', payload.era],
    [extra, 'nonce', BigInt(payload.nonce)],
    [extra, 'tip', BigInt(payload.tip)],
    [implicit, 'specVersion', BigInt(payload.specVersion)],
    [implicit, 'transactionVersion', BigInt(payload.transactionVersion)],
    [implicit, 'genesisHash', payload.genesisHash],
    [implicit, 'blockHash', payload.blockHash],
  ];
  for (const [struct, name, given] of expect) {
    const got = fieldOf(struct, name);
    if (!got) continue;
    const same =
      typeof given === 'bigint'
        ? BigInt(got.toString()) === given
        : got.toHex().toLowerCase() === String(given).toLowerCase();
    if (!same)
      throw refuse(`The transaction's ${name} cannot be signed as given; TaoVault will not sign it.`, 'field-mismatch');
  }
}

/**
 * Builds the bytes the signature will cover and reads them back independently of how they were built: the call
 * must be exactly `method`, the extension fields must fill the rest to the last byte, and each must be what the
 * payload says. Everything shown to the person comes from this read-back.
 */
export function signedBytesOf(registry: TypeRegistry, payload: SignerPayload): SignedBytes {
  const method = exactCall(registry, payload.method);
  let bytes: Uint8Array;
  try {
    bytes = registry.createType('ExtrinsicPayload', payload, { version: payload.version }).toU8a({ method: true });
  } catch {
    throw refuse(
      "The transaction's fields (era, nonce, tip, versions or hashes) cannot be encoded for this network; TaoVault will not sign it.",
      'invalid-fields',
    );
  }
  let call: GenericCall;
  let extra: Struct<Record<string, string>>;
  let implicit: Struct<Record<string, string>>;
  try {
    call = registry.createType('Call', bytes);
    extra = new Struct(registry, registry.getSignedExtensionTypes(), bytes.subarray(call.encodedLength));
    implicit = new Struct(
      registry,
      registry.getSignedExtensionExtra(),
      bytes.subarray(call.encodedLength + extra.encodedLength),
    );
  } catch {
    throw refuse(
      'The transaction cannot be read back from the bytes TaoVault would sign; it will not sign it.',
      'unreadable-payload',
    );
  }
  const read = call.encodedLength + extra.encodedLength + implicit.encodedLength;
  if (read !== bytes.length || !u8aEq(call.toU8a(), method.toU8a())) {
    throw refuse(
      'The bytes TaoVault would sign do not read back as the transaction shown; it will not sign them.',
      'unreadable-payload',
    );
  }
  sameAsGiven(payload, extra, implicit);
  return { bytes, call, extra, implicit };
}

export function bytesHex(signed: SignedBytes): `0x${string}` {
  return u8aToHex(signed.bytes);
}
