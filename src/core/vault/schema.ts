/**
 * The vault plaintext: accounts with their secrets. A watch-only account has no secret; every other
 * account has at least one of mnemonic / seed / secretKey and can be turned into a signing pair by
 * `pairFromSecret` (pair.ts).
 *   secret.seed:      0x + 32-byte mini-secret (sr25519) or ed25519 seed
 *   secret.secretKey: 0x + 64 bytes raw: sr25519 in polkadot-js form (scalar×8 ‖ nonce),
 *                     ed25519 seed ‖ public key (as decoded from a polkadot{.js} JSON file)
 */
import { z } from 'zod';
import { hexToU8a } from '@polkadot/util';
import { publicKeyToAddress } from '../keystore/address.ts';

const hexBytes = (n: number) =>
  z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${n * 2}}$`), `expected 0x + ${n}-byte hex`);

export const accountSourceSchema = z.enum(['created', 'mnemonic', 'seed', 'btcli', 'json', 'watch', 'derived']);
export const accountSecretSchema = z
  .object({
    mnemonic: z.string().min(1).optional(),
    derivationPath: z.string().optional(),
    seed: hexBytes(32).optional(),
    secretKey: hexBytes(64).optional(),
  })
  .strict();

export const vaultAccountSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().max(64),
    type: z.enum(['sr25519', 'ed25519']),
    address: z.string(),
    publicKey: hexBytes(32),
    createdAt: z.number().int().nonnegative(),
    source: accountSourceSchema,
    secret: accountSecretSchema.optional(),
    parentId: z.string().optional(),
    derivationIndex: z.number().int().nonnegative().optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const isWatch = a.source === 'watch';
    if (isWatch && a.secret) issue('a watch-only account has no secret');
    if (!isWatch && !(a.secret?.mnemonic || a.secret?.seed || a.secret?.secretKey))
      issue('a key-bearing account needs a mnemonic, seed or secretKey');
    if (a.source === 'derived' && !a.parentId) issue('a derived account names its parent');
    if (/^0x[0-9a-fA-F]{64}$/.test(a.publicKey) && publicKeyToAddress(hexToU8a(a.publicKey)) !== a.address) {
      issue('address is not the prefix-42 ss58 of publicKey');
    }
  });

export const vaultPlaintextSchema = z
  .object({
    accounts: z.array(vaultAccountSchema),
    /**
     * 32 random bytes kept only inside the sealed vault: the storage key that seals the person's other records
     * (balances, history, address book, sites) is derived from it, so they open only while the vault is open, and
     * a password change (a new vault key) does not need them re-sealed.
     */
    storageSecret: hexBytes(32).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const ids = new Set<string>();
    for (const a of v.accounts) {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate account id ${a.id}` });
      ids.add(a.id);
    }
  });

export type AccountSource = z.infer<typeof accountSourceSchema>;
export type AccountSecret = z.infer<typeof accountSecretSchema>;
export type VaultAccount = z.infer<typeof vaultAccountSchema>;
export type VaultPlaintext = z.infer<typeof vaultPlaintextSchema>;

/** 32 random bytes as 0x-hex, for storageSecret. */
export function newStorageSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function emptyVault(): VaultPlaintext {
  return { accounts: [], storageSecret: newStorageSecret() };
}
