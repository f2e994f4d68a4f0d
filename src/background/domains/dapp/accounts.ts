import { u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import type { VaultAccount, VaultPlaintext } from '../../../core/vault/index.ts';
import type { InjectedAccountView, SiteView } from '../../../protocol/domains/approvals-values.ts';

/** Accounts a site may be shown: ones with a key (watch-only accounts cannot sign). */
export function signingAccounts(data: VaultPlaintext): VaultAccount[] {
  return data.accounts.filter((a) => a.source !== 'watch' && a.secret !== undefined);
}

/** The accounts this site was given, in the wallet's order, as a dApp sees them. */
export function exposedAccounts(data: VaultPlaintext, site: SiteView): InjectedAccountView[] {
  const allowed = new Set(site.accountIds);
  return signingAccounts(data)
    .filter((a) => allowed.has(a.id))
    .map((a) => ({ address: a.address, name: a.name, type: a.type, genesisHash: null }));
}

function publicKeyOf(address: string): string | null {
  try {
    return u8aToHex(decodeAddress(address));
  } catch {
    return null;
  }
}

/** The exposed account an address (any ss58 prefix, or hex) names, if the site was given it. */
export function exposedAccountFor(data: VaultPlaintext, site: SiteView, address: string): VaultAccount | undefined {
  const key = publicKeyOf(address);
  if (!key) return undefined;
  const allowed = new Set(site.accountIds);
  return signingAccounts(data).find((a) => allowed.has(a.id) && a.publicKey.toLowerCase() === key.toLowerCase());
}
