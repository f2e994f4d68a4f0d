/**
 * The decrypted btcli key JSON (facts §7.3) → key material, and back (Python-style six keys).
 *
 * Priority: secretPhrase → secretSeed → privateKey (btwallet/Rust order). The phrase comes first
 * because it is the most complete secret (reveal, re-export, derive more accounts). Python reads
 * secretSeed first; for a consistent file both give the same key, and we check every present secret
 * against publicKey/accountId/ss58Address: the first secret that yields the file's public key wins,
 * secrets that disagree are reported in `warnings`, and if none matches the import is refused
 * ('key-mismatch'). Only sr25519 exists in btcli files.
 */
import { u8aToHex } from '@polkadot/util';
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { bytesEqual, parseHexBytes, utf8DecodeStrict, utf8Encode } from './bytes.ts';
import { KeystoreError } from './errors.ts';
import { addressToPublicKey, publicKeyToAddress } from './address.ts';
import { keypairFromMnemonic, isValidMnemonic, normalizeMnemonic } from './derive.ts';
import { canonicalToPolkadotSecret, sr25519PublicFromSecret } from './sr25519-secret.ts';

export type BtcliSecret =
  | { kind: 'mnemonic'; mnemonic: string }
  | { kind: 'seed'; seed: Uint8Array }
  /** canonical schnorrkel bytes: scalar ‖ nonce (§7.3) */
  | { kind: 'secretKey'; secretKey: Uint8Array }
  | { kind: 'watch'; publicKey: Uint8Array };

export type BtcliKey = BtcliSecret & {
  /** sr25519 public key */
  publicKey: Uint8Array;
  /** ss58, prefix 42 */
  address: string;
  /** non-fatal inconsistencies found in the file */
  warnings: string[];
};

const FIELDS = ['accountId', 'publicKey', 'privateKey', 'secretPhrase', 'secretSeed', 'ss58Address'] as const;
type Field = (typeof FIELDS)[number];
type Payload = Partial<Record<Field, string>>;

function malformed(msg: string): KeystoreError {
  return new KeystoreError('malformed', `The key file content is not valid: ${msg}.`);
}

function parsePayload(text: string): Payload {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new KeystoreError('malformed', 'The key file content is not valid JSON.', { cause: e });
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw malformed('expected a JSON object');
  const out: Payload = {};
  for (const f of FIELDS) {
    const v = (obj as Record<string, unknown>)[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw malformed(`"${f}" must be a string or null`);
    out[f] = v;
  }
  return out;
}

/** `0x` hex of n bytes, or btwallet's raw-UTF-8 edge case (the bytes happened to be valid UTF-8). */
function secretBytes(value: string, n: number): Uint8Array | undefined {
  const hex = parseHexBytes(value, n);
  if (hex) return hex;
  const raw = utf8Encode(value);
  return raw.length === n ? raw : undefined;
}

/** The public key the file claims; all present public fields must agree. */
function claimedPublicKey(p: Payload): Uint8Array | undefined {
  const claims: Array<[string, Uint8Array]> = [];
  for (const f of ['publicKey', 'accountId'] as const) {
    const v = p[f];
    if (v === undefined) continue;
    const pk = parseHexBytes(v, 32);
    if (!pk) throw malformed(`"${f}" is not 0x + 32-byte hex`);
    claims.push([f, pk]);
  }
  if (p.ss58Address !== undefined) claims.push(['ss58Address', addressToPublicKey(p.ss58Address)]);
  const first = claims[0];
  for (const [f, pk] of claims) {
    if (first && !bytesEqual(pk, first[1])) {
      throw new KeystoreError(
        'key-mismatch',
        `The key file is inconsistent: "${f}" and "${first[0]}" name different accounts.`,
      );
    }
  }
  return first?.[1];
}

interface Candidate {
  field: Field;
  secret: BtcliSecret;
  publicKey: Uint8Array;
}

function candidates(p: Payload, warnings: string[]): Candidate[] {
  const out: Candidate[] = [];
  if (p.secretPhrase !== undefined) {
    const mnemonic = normalizeMnemonic(p.secretPhrase);
    if (isValidMnemonic(mnemonic)) {
      out.push({
        field: 'secretPhrase',
        secret: { kind: 'mnemonic', mnemonic },
        publicKey: keypairFromMnemonic(mnemonic).publicKey,
      });
    } else warnings.push('secretPhrase is not a valid BIP-39 mnemonic; it was ignored.');
  }
  if (p.secretSeed !== undefined) {
    const seed = secretBytes(p.secretSeed, 32);
    if (seed)
      out.push({ field: 'secretSeed', secret: { kind: 'seed', seed }, publicKey: sr25519PairFromSeed(seed).publicKey });
    else warnings.push('secretSeed is not a 32-byte seed; it was ignored.');
  }
  if (p.privateKey !== undefined) {
    const secretKey = secretBytes(p.privateKey, 64);
    if (secretKey) {
      const edForm = canonicalToPolkadotSecret(secretKey);
      try {
        out.push({
          field: 'privateKey',
          secret: { kind: 'secretKey', secretKey },
          publicKey: sr25519PublicFromSecret(edForm),
        });
      } finally {
        edForm.fill(0);
      }
    } else warnings.push('privateKey is not a 64-byte secret key; it was ignored.');
  }
  return out;
}

function wipeSecret(s: BtcliSecret): void {
  if (s.kind === 'seed') s.seed.fill(0);
  if (s.kind === 'secretKey') s.secretKey.fill(0);
}

/** Decode decrypted key-file bytes (JSON, or a legacy `0x<pubkey>` string) and verify the key. */
export function decodeBtcliPayload(bytes: Uint8Array): BtcliKey {
  let text: string;
  try {
    text = utf8DecodeStrict(bytes).trim();
  } catch (e) {
    throw new KeystoreError('malformed', 'The key file content is not UTF-8 text.', { cause: e });
  }
  const legacy = parseHexBytes(text, 32);
  if (legacy) return { kind: 'watch', publicKey: legacy, address: publicKeyToAddress(legacy), warnings: [] };
  const payload = parsePayload(text);
  const claimed = claimedPublicKey(payload);
  const warnings: string[] = [];
  const found = candidates(payload, warnings);
  if (found.length === 0) {
    if (!claimed) throw malformed('it holds neither a secret nor a public key');
    return { kind: 'watch', publicKey: claimed, address: publicKeyToAddress(claimed), warnings };
  }
  const chosen = claimed ? found.find((c) => bytesEqual(c.publicKey, claimed)) : found[0];
  for (const c of found) {
    if (c !== chosen) {
      if (chosen && !bytesEqual(c.publicKey, chosen.publicKey))
        warnings.push(`${c.field} does not match the account's public key; it was ignored.`);
      wipeSecret(c.secret);
    }
  }
  if (!chosen) {
    throw new KeystoreError(
      'key-mismatch',
      `The secret in this key file does not belong to its account ${u8aToHex(claimed)}: the file is damaged or was edited. Nothing was imported.`,
    );
  }
  return { ...chosen.secret, publicKey: chosen.publicKey, address: publicKeyToAddress(chosen.publicKey), warnings };
}

type JsonValue = string | null;

/** Python `json.dumps` of the six keys in btcli's order (", " and ": " separators). */
export function encodePythonPayload(values: Record<Field, JsonValue>): string {
  return `{${FIELDS.map((f) => `${JSON.stringify(f)}: ${JSON.stringify(values[f])}`).join(', ')}}`;
}
