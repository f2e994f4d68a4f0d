import { isRecord } from '../../protocol/guards.ts';
import type { StorageAreaLike } from '../store/storage-area.ts';

const KEY = 'vault.session';

/**
 * The unlocked vault's derived key (serialized by the codec) and when it locks, in chrome.storage.session:
 * memory only, cleared when the browser restarts, not readable by content scripts. Never the password.
 */
export class SessionKey {
  constructor(private readonly area: StorageAreaLike) {}

  async read(): Promise<{ key: unknown; lockAt: number } | null> {
    const rec = (await this.area.get([KEY]))[KEY];
    if (!isRecord(rec) || rec.key === undefined || typeof rec.lockAt !== 'number') return null;
    return { key: rec.key, lockAt: rec.lockAt };
  }

  async write(key: unknown, lockAt: number): Promise<void> {
    await this.area.set({ [KEY]: { key, lockAt } });
  }

  async extend(lockAt: number): Promise<void> {
    const rec = await this.read();
    if (rec) await this.area.set({ [KEY]: { ...rec, lockAt } });
  }

  async clear(): Promise<void> {
    await this.area.remove([KEY]);
  }
}
