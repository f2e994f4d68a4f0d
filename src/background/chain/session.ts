import type { ChainStatus } from '../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../protocol/errors.ts';

/** One live connection to one endpoint. */
export interface Link {
  /** Called once when the connection drops (not after close()). */
  onClose(listener: (reason: string) => void): void;
  close(): Promise<void>;
}

/** Opens a connection; rejects when the endpoint is unreachable or does not answer in time. */
export type Connector<L extends Link> = (endpoint: string) => Promise<L>;

export interface SessionOptions<L extends Link> {
  networkId: string;
  endpoints: readonly string[];
  connector: Connector<L>;
  /** Delay before retry round n (0-based) once every endpoint failed: 1 s, 2 s, 4 s … 30 s by default. */
  backoff?: (round: number) => number;
  now?: () => number;
}

export function defaultBackoff(round: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(round, 5));
}

type Waiter<L> = { resolve: (link: L) => void; reject: (e: Error) => void };

/**
 * A lazy, self-healing session to one network: connects on first use, tries the endpoints in order
 * (starting from the last good one), and when all fail reports 'offline' and retries with backoff,
 * forever, until closed. Whoever holds the session sees every new link through onLink (to resubscribe).
 */
export class ChainSession<L extends Link> {
  private link: L | null = null;
  private started = false;
  private closed = false;
  private preferred = 0;
  private current: ChainStatus;
  private waiters: Waiter<L>[] = [];
  private wake: (() => void) | null = null;
  private readonly statusListeners = new Set<(s: ChainStatus) => void>();
  private readonly linkListeners = new Set<(link: L) => void>();
  private readonly backoff: (round: number) => number;
  private readonly now: () => number;

  constructor(private readonly options: SessionOptions<L>) {
    this.backoff = options.backoff ?? defaultBackoff;
    this.now = options.now ?? Date.now;
    this.current = { networkId: options.networkId, state: 'connecting' };
  }

  get networkId(): string {
    return this.options.networkId;
  }

  status(): ChainStatus {
    return this.current;
  }

  onStatus(listener: (s: ChainStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onLink(listener: (link: L) => void): () => void {
    this.linkListeners.add(listener);
    if (this.link) listener(this.link);
    return () => this.linkListeners.delete(listener);
  }

  /** The live link; starts the session if needed. Rejects ('unavailable') when a whole round of endpoints failed. */
  ready(): Promise<L> {
    if (this.closed) return Promise.reject(new ProtocolError('unavailable', 'This network session is closed.'));
    if (this.link) return Promise.resolve(this.link);
    const promise = new Promise<L>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.start();
    return promise;
  }

  /** The live link, or null without waiting (never starts a connection). */
  peek(): L | null {
    return this.link;
  }

  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    void this.run();
  }

  /** Skips the backoff wait (the person pressed "retry", or the popup opened). */
  retryNow(): void {
    this.wake?.();
  }

  /** Merges block numbers (or other details) into the status. */
  patch(details: Partial<Pick<ChainStatus, 'bestBlock' | 'finalizedBlock'>>): void {
    this.setStatus({ ...this.current, ...details });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    const link = this.link;
    this.link = null;
    this.rejectWaiters('This network session is closed.');
    await link?.close().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { endpoints, connector } = this.options;
    let round = 0;
    while (!this.closed) {
      let lastError = 'no endpoint';
      let dropped = false;
      for (let k = 0; k < endpoints.length && !this.closed; k++) {
        const index = (this.preferred + k) % endpoints.length;
        const endpoint = endpoints[index]!;
        // A retry after every endpoint failed stays "offline" (retrying) until it succeeds: the network is not known
        // to be back, and a popup opened meanwhile (which retries at once) does not see the line flicker.
        const wasOffline = this.current.state === 'offline';
        this.setStatus(
          wasOffline
            ? {
                networkId: this.networkId,
                state: 'offline',
                endpoint,
                bestBlock: this.current.bestBlock,
                ...(this.current.lastError ? { lastError: this.current.lastError } : {}),
                retrying: true,
              }
            : { networkId: this.networkId, state: 'connecting', endpoint, bestBlock: this.current.bestBlock },
        );
        let link: L;
        try {
          link = await connector(endpoint);
        } catch (e) {
          lastError = e instanceof Error ? e.message : String(e);
          continue;
        }
        if (this.closed) {
          await link.close().catch(() => undefined);
          return;
        }
        this.preferred = index;
        const connectedAt = this.now();
        const closed = new Promise<string>((resolve) => link.onClose(resolve));
        this.link = link;
        this.setStatus({
          networkId: this.networkId,
          state: 'connected',
          endpoint,
          bestBlock: this.current.bestBlock,
          finalizedBlock: this.current.finalizedBlock,
        });
        for (const w of this.waiters.splice(0)) w.resolve(link);
        for (const l of this.linkListeners) l(link);
        lastError = await closed;
        this.link = null;
        dropped = true;
        // A link that lived a while earns an immediate reconnect; one that keeps dropping backs off.
        if (this.now() - connectedAt > 10_000) round = 0;
        // Try the next endpoint first: the one that dropped us is the least likely to answer right now.
        this.preferred = (index + 1) % endpoints.length;
        break;
      }
      if (this.closed) return;
      if (dropped && round === 0) {
        round = 1;
        continue;
      }
      const delay = this.backoff(round++);
      this.setStatus({
        networkId: this.networkId,
        state: 'offline',
        endpoint: this.current.endpoint,
        bestBlock: this.current.bestBlock,
        lastError,
        retryAt: this.now() + delay,
      });
      this.rejectWaiters(`Cannot reach ${this.networkId}: ${lastError}`);
      await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }

  private rejectWaiters(message: string): void {
    for (const w of this.waiters.splice(0))
      w.reject(new ProtocolError('unavailable', message, { reason: 'network-offline' }));
  }

  private setStatus(next: ChainStatus): void {
    this.current = next;
    for (const l of this.statusListeners) l(next);
  }
}
