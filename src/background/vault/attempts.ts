import { ProtocolError } from '../../protocol/errors.ts';
import { isRecord } from '../../protocol/guards.ts';
import { backoffDelayMs } from '../../core/vault/backoff.ts';
import type { StorageAreaLike } from '../store/storage-area.ts';

const KEY = 'vault.attempts';

/**
 * Wrong-password throttle; kept in session storage so restarting the worker does not reset it. Password checks
 * run one at a time through guard(): a burst of parallel guesses cannot all pass the check before the first
 * failure is counted.
 */
export class PasswordAttempts {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageAreaLike,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs one password check after the previous one has finished: throws too-many-attempts while the person must
   * wait, counts a null result as a wrong password (and throws wrong-password), clears the count on success.
   */
  guard<T>(attempt: () => Promise<T | null>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.check();
      const result = await attempt();
      if (result === null) {
        await this.failed();
        throw new ProtocolError('wrong-password', 'The password is wrong.');
      }
      await this.succeeded();
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<{ failures: number; lastAt: number }> {
    const stored = (await this.area.get([KEY]))[KEY];
    const rec = isRecord(stored) ? stored : {};
    return {
      failures: typeof rec.failures === 'number' ? rec.failures : 0,
      lastAt: typeof rec.lastAt === 'number' ? rec.lastAt : 0,
    };
  }

  /** Throws too-many-attempts while the person must still wait. */
  async check(): Promise<void> {
    const { failures, lastAt } = await this.read();
    const wait = lastAt + backoffDelayMs(failures) - this.now();
    if (wait > 0) {
      throw new ProtocolError('too-many-attempts', 'Too many wrong passwords; wait before trying again.', {
        retryInSeconds: Math.ceil(wait / 1000),
      });
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
