import type { ApprovalView } from '../../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';

/** Requests one origin may have waiting for the person at once. */
export const MAX_WAITING_PER_ORIGIN = 3;
/** Prompts one origin may raise in a minute. */
export const MAX_PROMPTS_PER_MINUTE = 10;
const REFUSED_KEY = 'dapp.refused';

/**
 * Keeps a site from burying the person in prompts: a few waiting at once and a few a minute per origin, and an
 * origin whose connect request the person refused is not asked about again until the browser restarts (kept in
 * chrome.storage.session: memory only).
 */
export class PromptLimits {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly waiting: () => ApprovalView[],
    private readonly session: StorageAreaLike | undefined,
    private readonly now: () => number,
  ) {}

  /** Throws when the person refused this origin's connect request earlier in this browser session. */
  async notRefused(origin: string): Promise<void> {
    if (await this.refused(origin)) {
      throw new ProtocolError(
        'rejected',
        "The person declined this site's connection request; TaoVault will not ask again until the browser restarts.",
        {
          reason: 'refused-this-session',
        },
      );
    }
  }

  /**
   * Counts one prompt for this origin, or throws when it may not raise another now. Synchronous, so the check and
   * the queueing that follows it cannot be split by another request of the same origin.
   */
  take(origin: string): void {
    if (this.waiting().filter((v) => v.origin === origin).length >= MAX_WAITING_PER_ORIGIN) {
      throw new ProtocolError(
        'too-many-attempts',
        'This site already has requests waiting for the person; wait for them to be answered.',
        { reason: 'too-many-prompts' },
      );
    }
    const now = this.now();
    const times = (this.recent.get(origin) ?? []).filter((t) => now - t < 60_000);
    if (times.length >= MAX_PROMPTS_PER_MINUTE) {
      throw new ProtocolError('too-many-attempts', 'This site asked too often; wait a minute before asking again.', {
        reason: 'too-many-prompts',
      });
    }
    times.push(now);
    this.recent.set(origin, times);
    // Origins that asked more than a minute ago are forgotten, so many origins cannot grow this without bound.
    if (this.recent.size > 1_000)
      for (const [o, t] of this.recent) if (now - (t.at(-1) ?? 0) >= 60_000) this.recent.delete(o);
  }

  async refuse(origin: string): Promise<void> {
    if (!this.session) return;
    const list = await this.list();
    if (!list.includes(origin)) await this.session.set({ [REFUSED_KEY]: [...list, origin].slice(-500) });
  }

  private async refused(origin: string): Promise<boolean> {
    return (await this.list()).includes(origin);
  }

  private async list(): Promise<string[]> {
    if (!this.session) return [];
    const raw = (await this.session.get([REFUSED_KEY]))[REFUSED_KEY];
    return Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string') : [];
  }
}
