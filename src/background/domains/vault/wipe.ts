import type { VaultKey, VaultPlaintext } from '../../../core/vault/index.ts';
import type { VaultStatus } from '../../../protocol/domains/accounts-values.ts';
import type { ApprovalQueue } from '../../approvals/queue.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { FirstScreenMirror } from '../../first-screen.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { forgetStores } from '../../store/store.ts';
import type { Vault } from '../../vault/vault.ts';
import type { PendingMnemonics } from '../accounts/pending.ts';

export interface WipeDeps {
  vault: Vault<VaultPlaintext, VaultKey>;
  approvals: ApprovalQueue;
  pending: PendingMnemonics;
  chain: ChainSessions;
  firstScreen: FirstScreenMirror;
  local: StorageAreaLike;
  session: StorageAreaLike;
}

export const WIPED_MESSAGE = 'TaoVault was wiped on this device.';

/**
 * "Wipe this wallet" (the unlock screen's way out for a forgotten password): the vault locks first (keys leave
 * memory, sealed stores drop their copies), then every item in local and session storage is removed, every store
 * forgets what it held, waiting dApp requests are refused, phrases waiting for confirmation and network
 * connections are dropped. Afterwards TaoVault is as on its first run: the recovery phrase or key files are the
 * only way back to the accounts.
 */
export function wipeWallet(deps: WipeDeps): Promise<VaultStatus> {
  return deps.vault.wipe(async () => {
    deps.approvals.rejectAll(WIPED_MESSAGE);
    deps.pending.clear();
    deps.firstScreen.forget();
    await deps.chain.closeAll();
    await Promise.all([deps.local.clear(), deps.session.clear()]);
    forgetStores(deps.local);
    // A sealed write whose key was taken just before the lock may land while the first clear runs: clear again.
    await deps.local.clear();
  });
}
