/**
 * btcli coldkey files: import every format of facts §7.2 and export `$NACL` + coldkeypub.txt.
 *
 * Error codes (KeystoreError.code):
 *   'password-required'  encrypted file, no password given
 *   'wrong-password'     the MAC failed: wrong password OR a damaged/edited body (all three
 *                        encrypted formats have one MAC, so the two cannot be told apart)
 *   'malformed'          damaged structure (truncated, bad base64/hex, bad JSON, invalid padding)
 *   'unsupported-format' unknown prefix
 *   'key-mismatch'       the secret does not produce the file's public key / address
 */
import { u8aToHex } from '@polkadot/util';
import { mnemonicToMiniSecret, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { bytesEqual, startsWithAscii, utf8Encode, wipe } from './bytes.ts';
import { KeystoreError } from './errors.ts';
import type { KdfOptions } from './kdf.ts';
import { addressToPublicKey, publicKeyToAddress } from './address.ts';
import { normalizeMnemonic } from './derive.ts';
import { ANSIBLE_PREFIX, ansibleDecryptFile } from './btcli-ansible.ts';
import { FERNET_PREFIX, fernetDecryptFile } from './btcli-fernet.ts';
import { NACL_PREFIX, naclDecryptFile, naclEncryptFile } from './btcli-nacl.ts';
import { decodeBtcliPayload, encodePythonPayload, type BtcliKey } from './btcli-payload.ts';
import { pairFromKeyMaterial } from './pair.ts';
import { polkadotToCanonicalSecret, canonicalToPolkadotSecret } from './sr25519-secret.ts';

export type { BtcliKey, BtcliSecret } from './btcli-payload.ts';
export type BtcliFormat = 'nacl' | 'ansible' | 'fernet' | 'plaintext';
export type BtcliImport = BtcliKey & { format: BtcliFormat };

function asBytes(file: Uint8Array | string): Uint8Array {
  return typeof file === 'string' ? utf8Encode(file) : file;
}

export function detectBtcliFormat(file: Uint8Array | string): BtcliFormat {
  const bytes = asBytes(file);
  if (startsWithAscii(bytes, NACL_PREFIX)) return 'nacl';
  if (startsWithAscii(bytes, ANSIBLE_PREFIX)) return 'ansible';
  if (startsWithAscii(bytes, FERNET_PREFIX)) return 'fernet';
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith('{') || head.startsWith('0x')) return 'plaintext';
  throw new KeystoreError(
    'unsupported-format',
    'This is not a btcli key file: its start matches no known format ($NACL, Ansible Vault, Fernet or JSON).',
  );
}

async function decrypt(
  format: BtcliFormat,
  bytes: Uint8Array,
  password: string | undefined,
  options?: KdfOptions,
): Promise<Uint8Array> {
  if (format === 'plaintext') return bytes.slice();
  if (password === undefined)
    throw new KeystoreError('password-required', 'This key file is encrypted: enter its btcli password.');
  if (format === 'nacl') return naclDecryptFile(bytes, password, options);
  if (format === 'fernet') return fernetDecryptFile(bytes, password, options);
  return ansibleDecryptFile(bytes, password, options);
}

/**
 * Import a btcli `coldkey` (or hotkey) file. `password` is ignored for plaintext files.
 * `options.kdf` replaces the Argon2i / PBKDF2 implementation (e.g. to run it in a worker);
 * `options.onProgress` gets coarse phases (0, ~0.9 after the KDF, 1).
 */
export async function importBtcliColdkey(
  file: Uint8Array | string,
  password?: string,
  options?: KdfOptions,
): Promise<BtcliImport> {
  const bytes = asBytes(file);
  const format = detectBtcliFormat(bytes);
  const plain = await decrypt(format, bytes, password, options);
  try {
    const key = decodeBtcliPayload(plain);
    options?.onProgress?.(1);
    return { ...key, format };
  } finally {
    wipe(plain);
  }
}

/** Import `coldkeypub.txt` (JSON or legacy `0x<pubkey>`) as a watch-only key. */
export function importBtcliColdkeyPub(file: Uint8Array | string): BtcliImport {
  const key = decodeBtcliPayload(asBytes(file));
  if (key.kind !== 'watch') throw new KeystoreError('malformed', 'coldkeypub.txt must not contain a secret.');
  return { ...key, format: 'plaintext' };
}

function canonicalFromSeed(seed: Uint8Array): Uint8Array {
  const { secretKey } = sr25519PairFromSeed(seed);
  try {
    return polkadotToCanonicalSecret(secretKey);
  } finally {
    secretKey.fill(0);
  }
}

export interface BtcliExportInput {
  mnemonic?: string;
  /** 32-byte mini-secret */
  seed?: Uint8Array;
  /** canonical schnorrkel 64 bytes (§7.3) */
  secretKey?: Uint8Array;
  publicKey: Uint8Array;
  /** ss58 address of publicKey (any prefix); the file always gets prefix 42 */
  ss58: string;
}

export interface BtcliExport {
  /** `$NACL` coldkey file bytes */
  coldkey: Uint8Array;
  coldkeypub: string;
}

/** Write a `$NACL` coldkey + coldkeypub.txt that btcli opens with the same password (Python-style JSON). */
export async function exportBtcliColdkey(
  input: BtcliExportInput,
  password: string,
  options?: KdfOptions & { nonce?: Uint8Array },
): Promise<BtcliExport> {
  if (!bytesEqual(addressToPublicKey(input.ss58), input.publicKey)) {
    throw new KeystoreError('key-mismatch', 'The address and the public key name different accounts.');
  }
  const mnemonic = input.mnemonic ? normalizeMnemonic(input.mnemonic) : undefined;
  const seed = mnemonic ? mnemonicToMiniSecret(mnemonic) : input.seed?.slice();
  const edForm = seed ? undefined : input.secretKey ? canonicalToPolkadotSecret(input.secretKey) : undefined;
  let payload: Uint8Array | undefined;
  try {
    const pair = pairFromKeyMaterial({ type: 'sr25519', seed, secretKey: edForm }, input.publicKey);
    const canonical = seed ? canonicalFromSeed(seed) : input.secretKey?.slice();
    const pub = u8aToHex(pair.publicKey);
    const address = publicKeyToAddress(pair.publicKey);
    const json = encodePythonPayload({
      accountId: pub,
      publicKey: pub,
      privateKey: canonical ? u8aToHex(canonical) : null,
      secretPhrase: mnemonic ?? null,
      secretSeed: seed ? u8aToHex(seed) : null,
      ss58Address: address,
    });
    wipe(canonical);
    payload = utf8Encode(json);
    const coldkey = await naclEncryptFile(payload, password, options);
    options?.onProgress?.(1);
    const coldkeypub = encodePythonPayload({
      accountId: pub,
      publicKey: pub,
      privateKey: null,
      secretPhrase: null,
      secretSeed: null,
      ss58Address: address,
    });
    return { coldkey, coldkeypub };
  } finally {
    wipe(seed, edForm, payload);
  }
}
