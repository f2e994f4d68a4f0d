import type { StorageAreaLike } from '../store/storage-area.ts';
import type { PasswordAttempts } from './attempts.ts';
import type { VaultCodec } from './codec.ts';
import type { SessionKey } from './session-key.ts';

/** What the vault is built from: its storage areas, the password throttle, the codec and the auto-lock hooks. */
export interface VaultDeps<D, K> {
  local: StorageAreaLike;
  session: SessionKey;
  attempts: PasswordAttempts;
  codec: VaultCodec<D, K>;
  /** Minutes of inactivity before locking (read at each touch, so a settings change applies at once). */
  autoLockMinutes: () => Promise<number>;
  /** Asks the browser to call lock() at this time (chrome.alarms); null cancels. */
  scheduleLock: (at: number | null) => Promise<void>;
  now?: () => number;
}
