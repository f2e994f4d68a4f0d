/**
 * polkadot{.js} JSON key files, version 3 (scrypt + xsalsa20-poly1305, pkcs8 content):
 * single account, and the extension's batch export `{encoded, encoding:{content:['batch-pkcs8']}, accounts}`
 * whose decrypted content is a JSON array of single-account files encrypted with the same password.
 * Secretbox has one MAC: a wrong password and a damaged `encoded` both give 'wrong-password'.
 */
import type { KeyringPair$Json, KeyringPair$Meta } from '@polkadot/keyring/types';
import { decodePair } from '@polkadot/keyring/pair/decode';
import { isHex, hexToU8a, stringToU8a, u8aToString } from '@polkadot/util';
import { base64Decode, jsonDecrypt, jsonEncrypt } from '@polkadot/util-crypto';
import { z } from 'zod';
import { bytesEqual, wipe } from './bytes.ts';
import { KeystoreError, WRONG_PASSWORD_OR_TAMPERED } from './errors.ts';
import { addressToPublicKey, publicKeyToAddress } from './address.ts';
import type { KeyType } from './derive.ts';
import { pairFromKeyMaterial, publicFromSecretKey, type KeyMaterial } from './pair.ts';

const encodingSchema = z.object({
  content: z.array(z.string()).min(1),
  type: z.union([z.string(), z.array(z.string())]),
  version: z.string(),
});
const fileSchema = z.object({
  encoded: z.string().min(1),
  encoding: encodingSchema,
  address: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  accounts: z.array(z.object({ address: z.string(), meta: z.record(z.string(), z.unknown()).optional() })).optional(),
});
type PjsFile = z.infer<typeof fileSchema>;

export interface PolkadotJsonAccount {
  type: KeyType;
  /** ss58 prefix 42 */
  address: string;
  publicKey: Uint8Array;
  /** 64 bytes: sr25519 polkadot-js form (scalar×8 ‖ nonce), ed25519 seed ‖ public key */
  secretKey: Uint8Array;
  name?: string;
  meta: Record<string, unknown>;
}

function parseFile(input: unknown): PjsFile {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new KeystoreError('malformed', 'This is not a JSON file.', { cause: e });
    }
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success)
    throw new KeystoreError('unsupported-format', 'This JSON is not a polkadot{.js} account export.');
  const { encoding } = parsed.data;
  const types = Array.isArray(encoding.type) ? encoding.type : [encoding.type];
  if (encoding.version !== '3' || !types.includes('scrypt') || !types.includes('xsalsa20-poly1305')) {
    throw new KeystoreError(
      'unsupported-format',
      `Unsupported polkadot{.js} encoding (version ${encoding.version}, ${types.join('+')}); version 3 scrypt is supported.`,
    );
  }
  return parsed.data;
}

function decryptError(e: unknown): KeystoreError {
  if (e instanceof KeystoreError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/supplied passphrase/i.test(msg))
    return new KeystoreError('wrong-password', WRONG_PASSWORD_OR_TAMPERED, { cause: e });
  return new KeystoreError('malformed', `The polkadot{.js} file is damaged: ${msg}.`, { cause: e });
}

function importSingle(file: PjsFile, password: string): PolkadotJsonAccount {
  const [kind, type] = file.encoding.content;
  if (kind !== 'pkcs8' || (type !== 'sr25519' && type !== 'ed25519')) {
    throw new KeystoreError(
      'unsupported-format',
      `Unsupported key type "${String(type)}" (sr25519 and ed25519 are supported).`,
    );
  }
  const encrypted = isHex(file.encoded) ? hexToU8a(file.encoded) : base64Decode(file.encoded);
  let decoded: { publicKey: Uint8Array; secretKey: Uint8Array };
  try {
    decoded = decodePair(password, encrypted, file.encoding.type as Parameters<typeof decodePair>[2]);
  } catch (e) {
    throw decryptError(e);
  }
  const secretKey = decoded.secretKey.slice();
  const publicKey = decoded.publicKey.slice();
  wipe(decoded.secretKey);
  if (secretKey.length !== 64)
    throw new KeystoreError('malformed', 'This polkadot{.js} file uses an old key layout that is not supported.');
  const derived = publicFromSecretKey(type, secretKey);
  const claimed = file.address ? addressToPublicKey(file.address) : publicKey;
  if (!bytesEqual(derived, publicKey) || !bytesEqual(derived, claimed)) {
    wipe(secretKey);
    throw new KeystoreError(
      'key-mismatch',
      'The secret in this polkadot{.js} file does not belong to its address. Nothing was imported.',
    );
  }
  const meta = file.meta ?? {};
  const name = typeof meta['name'] === 'string' ? meta['name'] : undefined;
  return { type, address: publicKeyToAddress(publicKey), publicKey, secretKey, name, meta };
}

/** Import a polkadot{.js} JSON file (string or parsed). Returns one entry per account. Caller wipes secretKey. */
export function importPolkadotJson(input: unknown, password: string): PolkadotJsonAccount[] {
  const file = parseFile(input);
  if (file.encoding.content[0] !== 'batch-pkcs8') return [importSingle(file, password)];
  let decrypted: Uint8Array;
  try {
    decrypted = jsonDecrypt(
      { encoded: file.encoded, encoding: file.encoding as KeyringPair$Json['encoding'] },
      password,
    );
  } catch (e) {
    throw decryptError(e);
  }
  let list: unknown;
  try {
    list = JSON.parse(u8aToString(decrypted));
  } catch (e) {
    throw new KeystoreError('malformed', 'The batch export decrypted to invalid JSON.', { cause: e });
  } finally {
    wipe(decrypted);
  }
  if (!Array.isArray(list))
    throw new KeystoreError('malformed', 'The batch export does not contain a list of accounts.');
  return list.map((item) => importSingle(parseFile(item), password));
}

/** Export one account as polkadot{.js} JSON (what `@polkadot/keyring` `createFromJson` imports). */
export function exportPolkadotJson(
  material: KeyMaterial,
  password: string,
  meta: KeyringPair$Meta = {},
  expectedPublicKey?: Uint8Array,
): KeyringPair$Json {
  if (!password) throw new KeystoreError('password-required', 'Choose a password for the exported file.');
  const pair = pairFromKeyMaterial(material, expectedPublicKey);
  pair.setMeta({ ...meta, whenCreated: meta['whenCreated'] ?? Date.now() });
  return pair.toJson(password);
}

export type PolkadotBatchJson = ReturnType<typeof jsonEncrypt> & {
  accounts: Array<{ address: string; meta: KeyringPair$Meta }>;
};

/** Batch export in the polkadot{.js} extension's format. */
export function exportPolkadotJsonBatch(
  items: Array<{ material: KeyMaterial; meta?: KeyringPair$Meta; expectedPublicKey?: Uint8Array }>,
  password: string,
): PolkadotBatchJson {
  const jsons = items.map((i) => exportPolkadotJson(i.material, password, i.meta, i.expectedPublicKey));
  const body = stringToU8a(JSON.stringify(jsons));
  try {
    return {
      ...jsonEncrypt(body, ['batch-pkcs8'], password),
      accounts: jsons.map((j) => ({ address: j.address, meta: j.meta })),
    };
  } finally {
    wipe(body);
  }
}
