import { hexToU8a } from '@polkadot/util';
import { newStorageSecret, type VaultKey, type VaultPlaintext } from '../../core/vault/index.ts';
import { deriveStorageKey, type Sealer } from '../store/sealer.ts';
import type { Vault } from './vault.ts';

/**
 * The sealer of the person's records (store/sealer.ts): its key is derived (HKDF, own label) from the storage
 * secret inside the sealed vault, so it exists only while the vault is open. A vault made before the secret
 * existed gets one at its first use. Locking drops the key and tells every sealed store to drop its copy.
 */
export function vaultSealer(vault: Vault<VaultPlaintext, VaultKey>): Sealer {
  let derived: { secret: string; key: Promise<CryptoKey> } | null = null;
  let adding: Promise<string> | null = null;
  const lockListeners = new Set<() => void>();
  const unlockListeners = new Set<() => void>();
  vault.onStatus((s) => {
    if (s.locked) {
      derived = null;
      for (const l of lockListeners) l();
    } else {
      for (const l of unlockListeners) l();
    }
  });
  const addSecret = (): Promise<string> =>
    (adding ??= vault
      .write((d) => (d.storageSecret ? d : { ...d, storageSecret: newStorageSecret() }))
      .then((d) => d.storageSecret!)
      .finally(() => (adding = null)));
  return {
    async key() {
      const secret = (await vault.read((d) => d.storageSecret)) ?? (await addSecret());
      if (derived?.secret !== secret)
        derived = { secret, key: deriveStorageKey(hexToU8a(secret) as Uint8Array<ArrayBuffer>) };
      return derived.key;
    },
    onLock(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    onUnlock(listener) {
      unlockListeners.add(listener);
      return () => unlockListeners.delete(listener);
    },
  };
}
