import {
  createVault,
  emptyVault,
  exportVaultKey,
  importVaultKey,
  openVault,
  sealVault,
  unlockVault,
  wipeVaultKey,
  type VaultKey,
  type VaultPlaintext,
} from '../../core/vault/index.ts';
import type { VaultCodec } from './codec.ts';

/** The production codec: Argon2id-derived key, AES-256-GCM envelope, versioned with migrations (src/core/vault). */
export const coreVaultCodec: VaultCodec<VaultPlaintext, VaultKey> = {
  empty: emptyVault,
  create: (password, data) => createVault(password, data),
  unlock: async (password, envelope) => {
    const r = await unlockVault(envelope, password);
    return { key: r.key, data: r.plaintext, envelope: r.envelope };
  },
  open: (key, envelope) => openVault(key, envelope),
  seal: (key, data) => sealVault(key, data),
  serializeKey: exportVaultKey,
  deserializeKey: importVaultKey,
  wipeKey: wipeVaultKey,
};
