import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { hexToU8a } from '@polkadot/util';
import { MAX_CIPHERTEXT, SHIELD_KEY_LEN } from '../../../core/shield/index.ts';
import type { ShieldOffReason, ShieldPlan } from '../../../protocol/domains/tx-values.ts';

/** ML-KEM-768 ciphertext, the key hash, kem_len, nonce and the Poly1305 tag around the encrypted extrinsic. */
const ENVELOPE = 16 + 2 + 1088 + 24 + 16;
/** What a signature adds to a call at most (version, signer, sr25519 signature, era, nonce, tip, extensions). */
const SIGNED_OVERHEAD = 160;

/** Whether the live metadata has MEV Shield: `MevShield.submit_encrypted` and the key it encrypts to. */
export function shieldOffered(api: ApiPromise): boolean {
  return typeof api.tx['mevShield']?.['submitEncrypted'] === 'function' && !!api.query['mevShield']?.['nextKey'];
}

/** `MevShield.NextKey` at the best block: the key to encrypt to, or null when none is announced. */
export async function readNextKey(api: ApiPromise): Promise<Uint8Array | null> {
  const query = api.query['mevShield']?.['nextKey'];
  if (!query) return null;
  const json = (await query()).toJSON();
  if (typeof json !== 'string') return null;
  const key = hexToU8a(json);
  return key.length === SHIELD_KEY_LEN ? key : null;
}

/** The ciphertext length of an extrinsic of `signedLen` bytes. */
export const envelopeLength = (signedLen: number): number => signedLen + ENVELOPE;

/**
 * Whether `tx` goes through MEV Shield and what the wrapper costs: undefined where the runtime has no MEV Shield
 * (nothing is offered or said); otherwise on, or off with the reason the review gives.
 */
export async function shieldPlan(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  opts: { signer: string; proxied: boolean; enabled: boolean },
): Promise<ShieldPlan | undefined> {
  if (!shieldOffered(api)) return undefined;
  const off = (reason: ShieldOffReason): ShieldPlan => ({ on: false, reason });
  if (opts.proxied) return off('proxied');
  if (!opts.enabled) return off('setting-off');
  const length = envelopeLength(tx.method.encodedLength + SIGNED_OVERHEAD);
  if (length > MAX_CIPHERTEXT) return off('too-large');
  if (!(await readNextKey(api))) return off('no-key');
  const submit = api.tx['mevShield']?.['submitEncrypted'];
  if (!submit) return undefined;
  const info = await submit(new Uint8Array(length)).paymentInfo(opts.signer);
  return { on: true, wrapperFee: info.partialFee.toBigInt().toString() };
}

/** `MevShield.NextKeyExpiresAt`: the first block where NextKey is no longer valid (null where unknown). */
export async function readNextKeyExpiry(api: ApiPromise): Promise<number | null> {
  const query = api.query['mevShield']?.['nextKeyExpiresAt'];
  if (!query) return null;
  const json = (await query()).toJSON();
  return typeof json === 'number' ? json : null;
}
