import type { Envelope } from '../protocol/envelope.ts';
import { ProtocolError } from '../protocol/errors.ts';
import type { MessageName, Req, Res, Sub, SubscriptionName, NullRequestSubscription } from '../protocol/index.ts';
import { backoffMs } from './backoff.ts';
import type { Channel } from './channel.ts';

interface Pending {
  name: string;
  request: unknown;
  resolve(value: unknown): void;
  reject(error: ProtocolError): void;
  timer?: ReturnType<typeof setTimeout>;
  onData?: (data: unknown) => void;
  settled: boolean;
}

export interface ClientOptions {
  /** Default time a request may take before it fails with 'timeout'. Requests that wait for a person pass 0 (no limit). */
  timeoutMs?: number;
  /** Re-open the channel after it closes (a MV3 service worker can be stopped at any time). */
  reconnect?: boolean;
}

export interface Subscription<T> {
  /** Resolves with the first value, as a request would. */
  ready: Promise<T>;
  unsubscribe(): void;
}

let counter = 0;
function nextId(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Typed request/response over any Channel. Pending calls fail with 'disconnected' when the channel
 * closes; live subscriptions are re-sent after the channel is re-opened with backoff.
 */
export class RpcClient {
  private channel: Channel | null = null;
  private readonly pending = new Map<string, Pending>();
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly timeoutMs: number;
  private readonly reconnect: boolean;
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  /** Requests held while batch() runs, to leave together. */
  private held: Envelope[] | null = null;

  constructor(
    private readonly connect: () => Channel,
    options: ClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.reconnect = options.reconnect ?? true;
  }

  send<N extends MessageName>(name: N, request: Req<N>, timeoutMs = this.timeoutMs): Promise<Res<N>> {
    return this.start(name, request, timeoutMs) as Promise<Res<N>>;
  }

  subscribe<N extends NullRequestSubscription>(
    name: N,
    request: null,
    onData: (data: Sub<N>) => void,
  ): Subscription<Res<N>>;
  subscribe<N extends SubscriptionName>(name: N, request: Req<N>, onData: (data: Sub<N>) => void): Subscription<Res<N>>;
  subscribe<N extends SubscriptionName>(
    name: N,
    request: Req<N> | null,
    onData: (data: Sub<N>) => void,
  ): Subscription<Res<N>> {
    let id = '';
    const ready = this.start(
      name,
      request,
      this.timeoutMs,
      (d) => onData(d as Sub<N>),
      (assigned) => {
        id = assigned;
      },
    ) as Promise<Res<N>>;
    return {
      ready,
      unsubscribe: () => {
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        this.channel?.post({ kind: 'cancel', id });
      },
    };
  }

  /** Runs fn; the requests it makes leave together, as one message where the channel can (postAll). */
  batch<T>(fn: () => T): T {
    if (this.held) return fn();
    this.held = [];
    try {
      return fn();
    } finally {
      const held = this.held;
      this.held = null;
      if (held.length > 0) this.postHeld(held);
    }
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  close(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const ch = this.channel;
    this.channel = null;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      this.fail(p, new ProtocolError('disconnected', 'The connection to TaoVault was closed.'));
    }
    ch?.close();
  }

  private start(
    name: string,
    request: unknown,
    timeoutMs: number,
    onData?: (data: unknown) => void,
    onId?: (id: string) => void,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = nextId();
      onId?.(id);
      const p: Pending = { name, request, resolve, reject, onData, settled: false };
      if (timeoutMs > 0) {
        p.timer = setTimeout(() => {
          this.pending.delete(id);
          this.fail(p, new ProtocolError('timeout', `No answer to ${name} within ${timeoutMs} ms.`));
          this.channel?.post({ kind: 'cancel', id });
        }, timeoutMs);
      }
      this.pending.set(id, p);
      const message: Envelope = { kind: 'request', id, name, request };
      if (this.held) this.held.push(message);
      else this.ensureChannel().post(message);
    });
  }

  private postHeld(held: Envelope[]): void {
    try {
      const ch = this.ensureChannel();
      if (ch.postAll) ch.postAll(held);
      else for (const m of held) ch.post(m);
    } catch {
      // No channel could be opened (the extension was reloaded): the held calls fail as a lone one would.
      for (const m of held) {
        const p = this.pending.get(m.id);
        if (!p) continue;
        this.pending.delete(m.id);
        this.fail(p, new ProtocolError('disconnected', 'The connection to TaoVault could not be opened.'));
      }
    }
  }

  private ensureChannel(): Channel {
    if (this.channel) return this.channel;
    const ch = this.connect();
    this.channel = ch;
    ch.onMessage((m) => this.receive(m));
    ch.onClose(() => this.closed(ch));
    for (const l of this.connectionListeners) l(true);
    return ch;
  }

  private receive(message: Envelope): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.kind === 'data') {
      p.onData?.(message.data);
      return;
    }
    if (message.kind === 'response') {
      this.attempt = 0;
      if (!p.onData) this.pending.delete(message.id);
      if (p.timer) clearTimeout(p.timer);
      if (!p.settled) {
        p.settled = true;
        p.resolve(message.response);
      } else if (p.onData) {
        // A subscription sent again after a reconnect: its first answer is the new worker's current state.
        p.onData(message.response);
      }
      return;
    }
    if (message.kind === 'error') {
      this.pending.delete(message.id);
      this.fail(p, ProtocolError.from(message.error));
    }
  }

  private fail(p: Pending, error: ProtocolError): void {
    if (p.timer) clearTimeout(p.timer);
    if (p.settled) return;
    p.settled = true;
    p.reject(error);
  }

  private closed(ch: Channel): void {
    if (this.channel !== ch) return;
    this.channel = null;
    for (const l of this.connectionListeners) l(false);
    const resubscribe: Array<[string, Pending]> = [];
    for (const [id, p] of this.pending) {
      if (p.onData && p.settled) {
        resubscribe.push([id, p]);
      } else {
        this.pending.delete(id);
        this.fail(p, new ProtocolError('disconnected', 'TaoVault restarted before it answered; please try again.'));
      }
    }
    if (!this.reconnect || resubscribe.length === 0) return;
    const delay = backoffMs(this.attempt++);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.channel) return;
      const next = this.ensureChannel();
      for (const [id, p] of resubscribe) {
        if (this.pending.get(id) === p) next.post({ kind: 'request', id, name: p.name, request: p.request });
      }
    }, delay);
  }
}
