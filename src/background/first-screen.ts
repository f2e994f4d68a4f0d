import {
  FIRST_SCREEN_KEY,
  isFirstScreenName,
  LOCKED_FIRST_SCREEN_NAMES,
  readFirstScreen,
  type FirstScreen,
  type FirstScreenName,
} from '../protocol/first-screen.ts';
import type { StorageAreaLike } from './store/storage-area.ts';
import { isRecord } from '../protocol/guards.ts';

/** How long after the last answer the copy is written: never in the way of the answers a popup is waiting for. */
export const FIRST_SCREEN_WRITE_DELAY_MS = 250;

/**
 * What a popup opened on a new worker would be told first, so the copy paints what that worker will confirm: the
 * portfolio as its last known values, marked cached, as PortfolioService.cached() answers. The network line is
 * kept as last seen: a popup opened on a running worker gets the same answer and does not change.
 */
function asFirstAnswer(name: FirstScreenName, value: unknown): unknown {
  if (name === 'pri(portfolio.subscribe)' && isRecord(value)) return { ...value, cached: true };
  return value;
}

export interface FirstScreenDeps {
  /** chrome.storage.session: memory only, set to trusted contexts (content scripts cannot read it) at worker start. */
  session: StorageAreaLike;
  /** Whether the vault is locked now (checked right before each write). */
  locked: () => Promise<boolean>;
  delayMs?: number;
}

/**
 * The worker's copy of the popup's first screen (see protocol/first-screen.ts): the latest answer to each first
 * question given to an extension page, written to session storage a moment after the last one. While locked only
 * the vault state, settings and version are kept; locking rewrites the copy at once.
 */
export class FirstScreenMirror {
  private readonly answers = new Map<FirstScreenName, unknown>();
  private queue: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: FirstScreenDeps) {}

  record(name: FirstScreenName, value: unknown): void {
    this.answers.set(name, asFirstAnswer(name, value));
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, this.deps.delayMs ?? FIRST_SCREEN_WRITE_DELAY_MS);
  }

  /** The vault locked: nothing personal is kept from now on, in memory or in the copy. */
  locked(status: unknown): Promise<void> {
    this.answers.set('pri(vault.subscribe)', status);
    this.dropPersonal();
    return this.write();
  }

  /**
   * Writes the copy; writes run one at a time, each checking the lock right before it stores anything. Answers an
   * earlier worker instance kept (this one may not have been asked them yet) stay unless this one has newer.
   */
  write(): Promise<void> {
    this.queue = this.queue
      .then(async () => {
        const kept = readFirstScreen((await this.deps.session.get([FIRST_SCREEN_KEY]))[FIRST_SCREEN_KEY]);
        for (const [name, value] of Object.entries(kept?.answers ?? {}))
          if (isFirstScreenName(name) && !this.answers.has(name)) this.answers.set(name, value);
        if (await this.deps.locked()) this.dropPersonal();
        const record: FirstScreen = { v: 1, answers: Object.fromEntries(this.answers) };
        await this.deps.session.set({ [FIRST_SCREEN_KEY]: record });
      })
      .catch(() => undefined); // a failed write leaves the popup to wait for the worker, as before
    return this.queue;
  }

  private dropPersonal(): void {
    for (const name of [...this.answers.keys()])
      if (!LOCKED_FIRST_SCREEN_NAMES.includes(name)) this.answers.delete(name);
  }
}
