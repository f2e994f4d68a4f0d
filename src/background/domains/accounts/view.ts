import type { VaultAccount } from '../../../core/vault/index.ts';
import type { AccountView } from '../../../protocol/domains/accounts-values.ts';

/** The public face of a stored account: what the popup may see. No secret field is copied. */
export function toView(a: VaultAccount): AccountView {
  return {
    id: a.id,
    name: a.name,
    address: a.address,
    type: a.type,
    source: a.source,
    watchOnly: a.source === 'watch',
    hasMnemonic: Boolean(a.secret?.mnemonic),
    ...(a.parentId ? { parentId: a.parentId } : {}),
    ...(a.secret?.derivationPath ? { derivationPath: a.secret.derivationPath } : {}),
    createdAt: a.createdAt,
  };
}
