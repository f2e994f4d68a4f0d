// A bare JSON-RPC client over WebSocket: what a client sees on the wire, before @polkadot/api decodes or retries
// anything. Answers keep their `result` or `error` object as sent; subscriptions collect their notifications.
import WebSocket from 'ws';

export interface RpcAnswer {
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export interface RawRpc {
  call(method: string, params?: unknown[]): Promise<RpcAnswer>;
  /** The result, or throws with the error's code and message. */
  result<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  /** Subscribes and gathers notifications until `done(items)` says so (or `timeoutMs` passes). */
  subscribe(
    method: string,
    params: unknown[],
    done: (items: unknown[]) => boolean,
    timeoutMs?: number,
  ): Promise<{ id: RpcAnswer; items: unknown[] }>;
  close(): Promise<void>;
}

export async function rawRpc(url: string): Promise<RawRpc> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 0;
  const waiting = new Map<number, (a: RpcAnswer) => void>();
  const subscribers = new Map<string, (item: unknown) => void>();
  const early = new Map<string, unknown[]>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as {
      id?: number;
      result?: unknown;
      error?: RpcAnswer['error'];
      params?: { subscription: string; result: unknown };
    };
    if (typeof msg.id === 'number' && waiting.has(msg.id)) {
      const w = waiting.get(msg.id)!;
      waiting.delete(msg.id);
      w(msg.error ? { error: msg.error } : { result: msg.result });
      return;
    }
    if (msg.params && typeof msg.params.subscription !== 'undefined') {
      const key = String(msg.params.subscription);
      const s = subscribers.get(key);
      if (s) s(msg.params.result);
      else early.set(key, [...(early.get(key) ?? []), msg.params.result]);
    }
  });
  const call = (method: string, params: unknown[] = []): Promise<RpcAnswer> =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  return {
    call,
    async result<T>(method: string, params: unknown[] = []): Promise<T> {
      const a = await call(method, params);
      if (a.error) throw new Error(`${method}: ${a.error.code} ${a.error.message}`);
      return a.result as T;
    },
    async subscribe(method, params, done, timeoutMs = 60_000) {
      const id = await call(method, params);
      const items: unknown[] = [];
      if (id.error) return { id, items };
      const key = String(id.result);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        const push = (item: unknown): void => {
          items.push(item);
          if (done(items)) {
            clearTimeout(timer);
            subscribers.delete(key);
            resolve();
          }
        };
        subscribers.set(key, push);
        for (const item of early.get(key) ?? []) push(item);
        early.delete(key);
      });
      return { id, items };
    },
    close: () =>
      new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}
