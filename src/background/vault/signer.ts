import type { KeyringPair } from '@polkadot/keyring/types';
import { pairFromSecret, type VaultAccount, type VaultKey, type VaultPlaintext } from '../../core/vault/index.ts';
import { ProtocolError } from '../../protocol/errors.ts';
import { cryptoReady } from '../crypto-ready.ts';
import type { Vault } from './vault.ts';

export type WalletVault = Vault<VaultPlaintext, VaultKey>;

/** An account of the unlocked vault that holds a key; `watchOnly` is the sentence that refuses one without. */
export async function signingAccount(vault: WalletVault, accountId: string, watchOnly: string): Promise<VaultAccount> {
  const account = await vault.read((d) => d.accounts.find((a) => a.id === accountId));
  if (!account) throw new ProtocolError('not-found', 'That account no longer exists.');
  if (!account.secret) throw new ProtocolError('invalid-request', watchOnly, { reason: 'watch-only' });
  return account;
}

/**
 * The one way to use an account's key (rule 6): the account is looked up in the unlocked vault, a watch-only one
 * refused with `watchOnly`, crypto made ready, the key pair built from the secret, used, and wiped in `finally`.
 */
export async function withSigner<T>(
  vault: WalletVault,
  accountId: string,
  watchOnly: string,
  use: (pair: KeyringPair, account: VaultAccount) => T | Promise<T>,
): Promise<T> {
  const account = await signingAccount(vault, accountId, watchOnly);
  await cryptoReady();
  return vault.read(async () => {
    const pair = pairFromSecret(account);
    try {
      return await use(pair, account);
    } finally {
      pair.lock();
    }
  });
}
