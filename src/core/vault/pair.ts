/** The one function that turns a stored account back into a signing pair. */
import type { KeyringPair } from '@polkadot/keyring/types';
import { hexToU8a } from '@polkadot/util';
import { pairFromKeyMaterial } from '../keystore/pair.ts';
import { KeystoreError } from '../keystore/errors.ts';
import type { VaultAccount } from './schema.ts';

/** Throws KeystoreError 'malformed' for watch-only accounts and 'key-mismatch' if the secret gives another key. */
export function pairFromSecret(account: VaultAccount): KeyringPair {
  const s = account.secret;
  if (!s || account.source === 'watch')
    throw new KeystoreError('malformed', `"${account.name}" is watch-only: it has no secret to sign with.`);
  const seed = s.seed ? hexToU8a(s.seed) : undefined;
  const secretKey = s.secretKey ? hexToU8a(s.secretKey) : undefined;
  try {
    return pairFromKeyMaterial(
      { type: account.type, mnemonic: s.mnemonic, derivationPath: s.derivationPath, seed, secretKey },
      hexToU8a(account.publicKey),
    );
  } finally {
    seed?.fill(0);
    secretKey?.fill(0);
  }
}
