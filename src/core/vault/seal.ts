/** Seal / open the vault (envelope v2): AES-256-GCM via WebCrypto, random 12-byte IV per write. */
import { b64, canonicalJson } from './encoding.ts';
import { envelopeV2Schema, CURRENT_VAULT_VERSION, type VaultEnvelope } from './envelope.ts';
import { VaultError } from './errors.ts';
import type { VaultKey } from './key.ts';
import { vaultPlaintextSchema, type VaultPlaintext } from './schema.ts';

const VERIFIER_LABEL = new TextEncoder().encode('TaoVault vault key check v2');

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available');
  return s;
}

function ab(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function aesKey(raw: Uint8Array, usage: KeyUsage[]): Promise<CryptoKey> {
  return subtle().importKey('raw', ab(raw), 'AES-GCM', false, usage);
}

/** 16-byte key check value: HMAC-SHA256(vault key, label). Lets us say "wrong password" vs "tampered". */
export async function keyVerifier(key: VaultKey): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', ab(key.bytes), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', k, VERIFIER_LABEL)).slice(0, 16);
}

function aad(env: Pick<VaultEnvelope, 'version' | 'kdf' | 'cipher' | 'verifier'>): Uint8Array<ArrayBuffer> {
  const header = { version: env.version, kdf: env.kdf, cipher: { name: env.cipher.name }, verifier: env.verifier };
  return new TextEncoder().encode(`taovault-vault:${canonicalJson(header)}`);
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return d === 0;
}

export async function sealVault(key: VaultKey, plaintext: VaultPlaintext): Promise<VaultEnvelope> {
  const checked = vaultPlaintextSchema.safeParse(plaintext);
  if (!checked.success)
    throw new VaultError(
      'malformed',
      `Refusing to write an invalid vault: ${checked.error.issues[0]?.message ?? 'invalid'}.`,
    );
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const header = {
    version: CURRENT_VAULT_VERSION,
    kdf: key.kdf,
    cipher: { name: 'aes-256-gcm' as const, iv: b64.encode(iv) },
  };
  const verifier = b64.encode(await keyVerifier(key));
  const data = new TextEncoder().encode(JSON.stringify(checked.data));
  try {
    const ct = await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: aad({ ...header, verifier }) },
      await aesKey(key.bytes, ['encrypt']),
      data,
    );
    return { version: 2, kdf: key.kdf, cipher: header.cipher, verifier, ciphertext: b64.encode(new Uint8Array(ct)) };
  } finally {
    data.fill(0);
  }
}

function decode(text: string, what: string): Uint8Array<ArrayBuffer> {
  try {
    return b64.decode(text) as Uint8Array<ArrayBuffer>;
  } catch (e) {
    throw new VaultError('tampered', `The vault's ${what} is not valid base64: the stored vault was modified.`, {
      cause: e,
    });
  }
}

/** Open a current (v2) envelope with a derived or session-restored key. */
export async function openVault(key: VaultKey, envelope: unknown): Promise<VaultPlaintext> {
  const version = (envelope as { version?: unknown } | null)?.version;
  if (version === 1)
    throw new VaultError(
      'needs-migration',
      'This vault uses an older format: unlock it with the password to upgrade it.',
    );
  if (typeof version === 'number' && version > CURRENT_VAULT_VERSION) {
    throw new VaultError(
      'unsupported-version',
      `This vault was written by a newer TaoVault (format ${version}); update the extension.`,
    );
  }
  const parsed = envelopeV2Schema.safeParse(envelope);
  if (!parsed.success) throw new VaultError('malformed', 'The stored vault is not a valid vault envelope.');
  const env = parsed.data;
  if (
    canonicalJson(env.kdf) !== canonicalJson(key.kdf) ||
    !equal(await keyVerifier(key), decode(env.verifier, 'verifier'))
  ) {
    throw new VaultError('wrong-password', 'The password is wrong.');
  }
  let plain: Uint8Array | undefined;
  try {
    const iv = decode(env.cipher.iv, 'IV');
    const ct = decode(env.ciphertext, 'ciphertext');
    try {
      plain = new Uint8Array(
        await subtle().decrypt(
          { name: 'AES-GCM', iv, additionalData: aad(env) },
          await aesKey(key.bytes, ['decrypt']),
          ct,
        ),
      );
    } catch (e) {
      throw new VaultError(
        'tampered',
        'The password is right but the stored vault was modified or damaged; restore the previous copy.',
        { cause: e },
      );
    }
    return parsePlaintext(plain);
  } finally {
    plain?.fill(0);
  }
}

export function parsePlaintext(plain: Uint8Array): VaultPlaintext {
  let obj: unknown;
  try {
    obj = JSON.parse(new TextDecoder().decode(plain));
  } catch (e) {
    throw new VaultError('malformed', 'The vault decrypted to invalid JSON.', { cause: e });
  }
  const res = vaultPlaintextSchema.safeParse(obj);
  if (!res.success)
    throw new VaultError('malformed', `The vault content is invalid: ${res.error.issues[0]?.message ?? 'invalid'}.`);
  return res.data;
}
