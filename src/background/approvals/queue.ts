import type { ApprovalId, ApprovalKind, ApprovalView } from '../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../protocol/errors.ts';
import type { ApprovalUi, DetailsOf, Requester, ResultOf } from './types.ts';

interface Entry {
  view: ApprovalView;
  tabId: number;
  resolve(result: unknown): void;
  reject(error: ProtocolError): void;
}

/** The answer when the person pressed Reject (the other rejections say why the request went away). */
export const REJECTED_BY_PERSON = 'The request was rejected.';

/** How long an emptied approval window stays open, in case the next request follows at once. */
export const CLOSE_DELAY_MS = 600;

/**
 * The one queue of things a person must approve (rule 4). Each request gets a typed id; the first opens one
 * approval window that shows them one after another; the badge counts them. A request is rejected when its
 * tab closes, when its page goes away, or when the approval window is closed. The queue alone closes the
 * window: CLOSE_DELAY_MS after nothing waits and nothing is held (see hold).
 */
export class ApprovalQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(views: ApprovalView[]) => void>();
  private windowId: number | null = null;
  private opening: Promise<void> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private holds = 0;

  constructor(
    private readonly ui: ApprovalUi,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queues a request; resolves with the person's answer, rejects with 'rejected' when refused or abandoned. */
  request<K extends ApprovalKind>(
    kind: K,
    who: Requester,
    details: DetailsOf<K>,
  ): { id: ApprovalId<K>; result: Promise<ResultOf<K>> } {
    const id: ApprovalId<K> = `${kind}.${crypto.randomUUID()}`;
    const view = {
      ...details,
      id,
      kind,
      origin: who.origin,
      appName: who.appName,
      ...(who.topOrigin ? { topOrigin: who.topOrigin } : {}),
      createdAt: this.now(),
    } as ApprovalView;
    const result = new Promise<ResultOf<K>>((resolve, reject) => {
      this.entries.set(id, { view, tabId: who.tabId, resolve: (r) => resolve(r as ResultOf<K>), reject });
    });
    this.changed();
    void this.show(id);
    return { id, result };
  }

  list(): ApprovalView[] {
    return [...this.entries.values()].map((e) => e.view);
  }

  subscribe(listener: (views: ApprovalView[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  approve<K extends ApprovalKind>(id: ApprovalId<K>, result: ResultOf<K>): void {
    const entry = this.take(id);
    entry.resolve(result);
  }

  reject(id: string, message = REJECTED_BY_PERSON): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.take(id).reject(new ProtocolError('rejected', message));
  }

  /** Approves every waiting request of a kind (unlock requests, once the wallet is unlocked). */
  approveAll(kind: 'unlock'): void {
    for (const e of [...this.entries.values()]) if (e.view.kind === kind) this.approve(e.view.id, null);
  }

  /** Refuses every waiting request (the wallet was wiped). */
  rejectAll(message: string): void {
    for (const id of [...this.entries.keys()]) this.reject(id, message);
  }

  /** Settles a request quietly because its caller went away (page navigated, port closed). */
  cancel(id: string): void {
    this.reject(id, 'The page that asked went away.');
  }

  tabClosed(tabId: number): void {
    for (const e of [...this.entries.values()])
      if (e.tabId === tabId) this.reject(e.view.id, 'The tab that asked was closed.');
  }

  windowClosed(windowId: number): void {
    if (windowId !== this.windowId) return;
    this.windowId = null;
    for (const id of [...this.entries.keys()]) this.reject(id, 'The approval window was closed.');
  }

  /**
   * Keeps the approval window open while a request prepares its next step (unlocked, now reading the network
   * before it asks to sign), however long that takes. Returns the release; calling it again does nothing.
   */
  hold(): () => void {
    this.holds += 1;
    this.closeWhenIdle();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds -= 1;
      this.closeWhenIdle();
    };
  }

  /** True while a request waits for the person or a hold is taken (the background must stay up to answer). */
  busy(): boolean {
    return !this.idle();
  }

  get(id: string): ApprovalView | undefined {
    return this.entries.get(id)?.view;
  }

  private take(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new ProtocolError('not-found', 'That request is no longer waiting.');
    this.entries.delete(id);
    this.changed();
    return entry;
  }

  private changed(): void {
    const views = this.list();
    void this.ui.setBadge(views.length).catch(() => undefined);
    for (const l of this.listeners) l(views);
    this.closeWhenIdle();
  }

  private idle(): boolean {
    return this.entries.size === 0 && this.holds === 0;
  }

  /** Closes the approval window CLOSE_DELAY_MS after the queue became idle; anything new in between keeps it. */
  private closeWhenIdle(): void {
    if (!this.idle()) {
      if (this.closeTimer) clearTimeout(this.closeTimer);
      this.closeTimer = null;
      return;
    }
    if (this.windowId === null || this.closeTimer) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      const w = this.windowId;
      if (!this.idle() || w === null) return;
      this.windowId = null;
      void this.ui.close(w).catch(() => undefined);
    }, CLOSE_DELAY_MS);
  }

  private async show(id: string): Promise<void> {
    if (this.opening) await this.opening;
    if (!this.entries.has(id)) return;
    if (this.windowId !== null) {
      await this.ui.focus(this.windowId).catch(() => undefined);
      return;
    }
    this.opening = this.ui
      .open(`popup.html#/approve/${encodeURIComponent(id)}`)
      .then((w) => {
        this.windowId = w ?? null;
        this.closeWhenIdle(); // everything was settled while the window opened
      })
      .catch(() => undefined)
      .finally(() => {
        this.opening = null;
      });
    await this.opening;
  }
}
