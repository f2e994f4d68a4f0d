/** Plain types of the vault and accounts domains, safe to import from the popup (no schema library). */
export type KeyType = 'sr25519' | 'ed25519';
export type AccountSource = 'created' | 'mnemonic' | 'seed' | 'btcli' | 'json' | 'watch' | 'derived';

/** What the popup may know of an account: public data only. */
export interface AccountView {
  id: string;
  name: string;
  /** ss58, prefix 42 */
  address: string;
  type: KeyType;
  source: AccountSource;
  watchOnly: boolean;
  /** A mnemonic is stored: more accounts can be derived and it can be revealed. */
  hasMnemonic: boolean;
  parentId?: string;
  derivationPath?: string;
  createdAt: number;
}

export interface VaultStatus {
  /** A vault (password) exists. */
  initialised: boolean;
  locked: boolean;
  /** When the vault locks itself if nothing happens (ms since epoch). */
  lockAt?: number;
}

export interface PendingMnemonic {
  pendingId: string;
  /** Shown once, to be written down. */
  words: string[];
  /** 1-based positions the person must type back. */
  quiz: number[];
}

export interface BtcliProgress {
  phase: 'reading' | 'deriving-key' | 'decrypting' | 'saving';
  fraction: number;
}

export const MIN_PASSWORD_LENGTH = 8;
