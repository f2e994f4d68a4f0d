// MEV Shield as the devnet runs it (opentensor/subtensor HEAD `pallets/shield`, `runtime/src/check_mortality.rs`):
//  - keys: every block's inherent `announce_next_key` rotates CurrentKey ← PendingKey ← NextKey ← the key the
//    author two blocks ahead last announced (AuthorKeys, read before this block's author writes its new one), with
//    PendingKeyExpiresAt = n + 2 and NextKeyExpiresAt = n + 3. Three Aura authors take turns; each announces a fresh
//    ML-KEM-768 key every time it authors (seeded from the block number, so a run is reproducible);
//  - the pool: a `submit_encrypted` with an immortal era or a period over 8 is refused Stale (CheckMortality), a
//    ciphertext that does not parse Custom 23 (CheckShieldedTxValidity, FailedShieldedTxParsing);
//  - dispatch: the wrapper emits EncryptedSubmitted { id: blake2_256((who, ciphertext)), who };
//  - the author: a wrapper whose key_hash is a key it holds is decrypted (ML-KEM-768 + XChaCha20-Poly1305), and the
//    signed extrinsic inside is checked like any transaction and applied right after it in the same block. A key
//    not (or no longer) held leaves the wrapper included and paid for, with nothing executed.
// Departs from the chain: the inherent is run in Initialization without an extrinsic of its own, and the devnet's
// author holds the secret keys of both user-facing keys inside their expiry window (PendingKey and NextKey of the
// parent block), where on chain only the block's own author can decrypt (PendingKey): a shielded transaction can
// land one block sooner here.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { compactToU8a, u8aConcat, u8aEq, u8aToHex, hexToU8a } from '@polkadot/util';
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';
import type { StorageCodec } from '../chain/storage-keys.ts';
import type { DecodedCall } from './call.ts';
import { fail, moduleFail, OK, type DispatchResult, type RuntimeCtx } from './dispatch.ts';
import type { AccountHex } from './economics.ts';

interface KeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export const MAX_SHIELD_ERA_PERIOD = 8;
/** CustomTransactionError::FailedShieldedTxParsing (subtensor `common/src/transaction_error.rs`). */
export const FAILED_SHIELDED_TX_PARSING = 23;
const AUTHORS = ['//Aura//1', '//Aura//2', '//Aura//3'].map((s) => blake2AsU8a(s, 256));

/** `ShieldedTransaction::parse`: key_hash(16) ‖ kem_len(2, LE) ‖ kem_ct ‖ nonce(24) ‖ aead_ct. */
export function parseShielded(
  ct: Uint8Array,
): { keyHash: Uint8Array; kemCt: Uint8Array; nonce: Uint8Array; aeadCt: Uint8Array } | null {
  if (ct.length < 18) return null;
  const kemLen = (ct[16] ?? 0) | ((ct[17] ?? 0) << 8);
  if (ct.length < 18 + kemLen + 24) return null;
  return {
    keyHash: ct.slice(0, 16),
    kemCt: ct.slice(18, 18 + kemLen),
    nonce: ct.slice(18 + kemLen, 18 + kemLen + 24),
    aeadCt: ct.slice(18 + kemLen + 24),
  };
}

export class MevShieldState {
  current: KeyPair | null = null;
  pending: KeyPair | null = null;
  next: KeyPair | null = null;
  pendingExpiresAt: number | null = null;
  nextExpiresAt: number | null = null;
  readonly authorKeys = new Map<string, KeyPair>();

  static author(n: number): Uint8Array {
    return AUTHORS[n % AUTHORS.length] as Uint8Array;
  }

  /** `announce_next_key` of block `n` by its author, announcing a fresh key. */
  rotate(n: number): void {
    this.current = this.pending;
    this.pending = this.next;
    this.next = this.authorKeys.get(u8aToHex(MevShieldState.author(n + 2))) ?? null;
    this.authorKeys.set(u8aToHex(MevShieldState.author(n)), ml_kem768.keygen(blake2AsU8a(`mev-shield-${n}`, 512)));
    this.pendingExpiresAt = this.pending ? n + 2 : null;
    this.nextExpiresAt = this.next ? n + 3 : null;
  }

  /** The keys the author of the next block can decrypt with (see the header: PendingKey and NextKey). */
  authorKeysForNextBlock(): KeyPair[] {
    return [this.pending, this.next].filter((k): k is KeyPair => k !== null);
  }

  /** The signed extrinsic inside `ciphertext`, or null when no held key opens it. */
  static unshield(keys: KeyPair[], ciphertext: Uint8Array): Uint8Array | null {
    const parts = parseShielded(ciphertext);
    if (!parts) return null;
    const key = keys.find((k) => u8aEq(xxhashAsU8a(k.publicKey, 128), parts.keyHash));
    if (!key || parts.kemCt.length !== 1088 || parts.nonce.length !== 24) return null;
    try {
      const shared = ml_kem768.decapsulate(parts.kemCt, key.secretKey);
      const plain = xchacha20poly1305(shared, parts.nonce).decrypt(parts.aeadCt);
      return plain.length ? plain : null;
    } catch {
      return null;
    }
  }

  project(c: StorageCodec, out: Map<string, string | null>): void {
    const put = (name: string, value: unknown): void => {
      out.set(c.key('MevShield', name), value === null ? null : c.value('MevShield', name, value));
    };
    put('CurrentKey', this.current ? u8aToHex(this.current.publicKey) : null);
    put('PendingKey', this.pending ? u8aToHex(this.pending.publicKey) : null);
    put('NextKey', this.next ? u8aToHex(this.next.publicKey) : null);
    put('PendingKeyExpiresAt', this.pendingExpiresAt);
    put('NextKeyExpiresAt', this.nextExpiresAt);
    for (const [author, key] of this.authorKeys)
      out.set(c.key('MevShield', 'AuthorKeys', [author]), c.value('MevShield', 'AuthorKeys', u8aToHex(key.publicKey)));
  }
}

/** The runtime's MevShield calls. */
export function dispatchMevShield(ctx: RuntimeCtx, origin: AccountHex, d: DecodedCall): DispatchResult {
  if (d.method === 'submit_encrypted') {
    const ciphertext = hexToU8a(String(d.args['ciphertext']));
    const id = blake2AsU8a(u8aConcat(hexToU8a(origin), compactToU8a(ciphertext.length), ciphertext), 256);
    ctx.events.push({ pallet: 'MevShield', name: 'EncryptedSubmitted', data: [u8aToHex(id), origin] });
    return OK;
  }
  // announce_next_key is the author's unsigned inherent; the stored queue and the admin setters are not modelled.
  if (d.method === 'announce_next_key') return fail('BadOrigin');
  return moduleFail(ctx, 'System', 'CallFiltered');
}
