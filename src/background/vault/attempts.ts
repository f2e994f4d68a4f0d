import { ProtocolError } from '../../protocol/errors.ts';
import { backoffDelayMs } from '../../core/vault/backoff.ts';
import type { StorageAreaLike } from '../store/storage-area.ts';

const KEY = 'vault.attempts';

/** Wrong-password throttle; kept in session storage so restarting the worker does not reset it. */
export class PasswordAttempts {
  constructor(private readonly area: StorageAreaLike, private readonly now: () => number = Date.now) {}

  private async read(): Promise<{ failures: number; lastAt: number }> {
    const rec = (await this.area.get([KEY]))[KEY] as { failures?: unknown; lastAt?: unknown } | undefined;
    return {
      failures: typeof rec?.failures === 'number' ? rec.failures : 0,
      lastAt: typeof rec?.lastAt === 'number' ? rec.lastAt : 0,
    };
  }

  /** Throws too-many-attempts while the person must still wait. */
  async check(): Promise<void> {
    const { failures, lastAt } = await this.read();
    const wait = lastAt + backoffDelayMs(failures) - this.now();
    if (wait > 0) {
      throw new ProtocolError('too-many-attempts', 'Too many wrong passwords; wait before trying again.', { retryInSeconds: Math.ceil(wait / 1000) });
    }
  }

  async failed(): Promise<void> {
    const { failures } = await this.read();
    await this.area.set({ [KEY]: { failures: failures + 1, lastAt: this.now() } });
  }

  async succeeded(): Promise<void> {
    await this.area.remove([KEY]);
  }
}
