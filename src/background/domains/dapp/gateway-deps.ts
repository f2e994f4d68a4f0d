import type { ApprovalQueue } from '../../approvals/queue.ts';
import type { ChainAccess } from '../../chain/access.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { WalletVault } from '../../vault/signer.ts';
import type { ApprovedMetadataStore } from '../metadata/store.ts';
import type { SitesStore } from '../sites/store.ts';

/** What the dApp gateway is built from (services.ts): no password, and the vault only behind its gates. */
export interface DappDeps {
  vault: WalletVault;
  sites: SitesStore;
  approvals: ApprovalQueue;
  metadata: ApprovedMetadataStore;
  chain: () => ChainAccess;
  /** chrome.storage.session: origins whose connect request the person refused, until the browser restarts. */
  session?: StorageAreaLike;
  now?: () => number;
}
