import { u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { pairFromSecret, type VaultAccount } from '../../../core/vault/index.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { cryptoReady } from '../../crypto-ready.ts';
import type { SignerPayload } from './describe.ts';
import type { SigningNetwork } from './network.ts';
import type { SignedBytes } from './signed-bytes.ts';

/** Refuses a payload whose transaction-extension list is not the chain's own (the signature would not verify). */
export function checkExtensions(network: SigningNetwork, payload: SignerPayload): void {
  const chain = network.registry.signedExtensions;
  const sent = payload.signedExtensions;
  if (chain.length !== sent.length || chain.some((id, i) => id !== sent[i])) {
    throw new ProtocolError(
      'invalid-request',
      `The transaction's signed extensions (${sent.join(', ')}) are not this network's (${chain.join(', ')}).`,
      {
        reason: 'extensions-mismatch',
      },
    );
  }
}

/** Signs with the account's key inside the background, then wipes the pair. */
async function withPair<T>(account: VaultAccount, use: (pair: ReturnType<typeof pairFromSecret>) => T): Promise<T> {
  await cryptoReady();
  const pair = pairFromSecret(account);
  try {
    return use(pair);
  } finally {
    pair.lock();
  }
}

/**
 * The MultiSignature (type byte + signature) over exactly the bytes the person's screen was read from
 * (blake2-256 of them when longer than 256 bytes, as the chain checks it), as polkadot-js signers return it.
 */
export function signBytesWith(account: VaultAccount, signed: SignedBytes): Promise<`0x${string}`> {
  const message = signed.bytes.length > 256 ? blake2AsU8a(signed.bytes, 256) : signed.bytes;
  return withPair(account, (pair) => u8aToHex(pair.sign(message, { withType: true })));
}

/**
 * The whole signed extrinsic (hex, length-prefixed) for a payload and its signature, built with the chain's own
 * registry: what a dApp gets back when it asks `withSignedTransaction`, so @polkadot/api submits exactly what the
 * person approved.
 */
export function signedTransactionOf(
  network: SigningNetwork,
  payload: SignerPayload,
  signature: `0x${string}`,
): `0x${string}` {
  const extrinsic = network.registry.createType('Extrinsic', { method: payload.method }, { version: payload.version });
  extrinsic.addSignature(payload.address, signature, payload as never);
  return extrinsic.toHex();
}

/** A signature over <Bytes>data</Bytes> (no type byte), which signatureVerify(data, signature, address) accepts. */
export function signRawWith(account: VaultAccount, bytes: Uint8Array): Promise<`0x${string}`> {
  return withPair(account, (pair) => u8aToHex(pair.sign(u8aWrapBytes(bytes))));
}
