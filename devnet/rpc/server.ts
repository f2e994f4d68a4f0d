// JSON-RPC 2.0 over WebSocket (with subscriptions) and HTTP POST on one port. Every handler is
// guarded: nothing a client sends can throw out of here. Frames/bodies are size-limited.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { authorMethods } from './methods-author.ts';
import { chainMethods } from './methods-chain.ts';
import { stateMethods } from './methods-state.ts';
import { systemMethods } from './methods-system.ts';
import { invalidRequest, methodNotFound, parseError, RpcError } from './errors.ts';
import type { Conn, Handler, RpcEnv } from './context.ts';

const MAX_FRAME = 16 * 1024 * 1024;
const MAX_BATCH = 1000;

export interface RpcServer {
  port: number;
  close(): Promise<void>;
  handleText(text: string, conn: Conn | null): Promise<string | null>;
}

type Json = Record<string, unknown>;

export function buildMethods(env: RpcEnv): Map<string, Handler> {
  const methods = new Map<string, Handler>();
  const list = (): string[] => [...methods.keys()].sort();
  for (const group of [chainMethods(env), stateMethods(env), systemMethods(env, list), authorMethods(env)]) {
    for (const [k, v] of Object.entries(group)) methods.set(k, v);
  }
  return methods;
}

async function handleOne(methods: Map<string, Handler>, req: unknown, conn: Conn | null): Promise<Json | null> {
  if (typeof req !== 'object' || req === null || Array.isArray(req))
    return { jsonrpc: '2.0', id: null, error: invalidRequest().toJSON() };
  const r = req as Json;
  const id = r['id'];
  const validId =
    id === undefined || id === null || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (r['jsonrpc'] !== '2.0' || typeof r['method'] !== 'string' || !validId) {
    return { jsonrpc: '2.0', id: validId ? (id ?? null) : null, error: invalidRequest().toJSON() };
  }
  const params = r['params'] === undefined ? [] : r['params'];
  const isNotification = id === undefined;
  if (!Array.isArray(params)) {
    return isNotification
      ? null
      : { jsonrpc: '2.0', id, error: new RpcError(-32602, 'Invalid params: params must be an array').toJSON() };
  }
  const handler = methods.get(r['method']);
  if (!handler) return isNotification ? null : { jsonrpc: '2.0', id, error: methodNotFound().toJSON() };
  try {
    const result = await handler(params, conn);
    return isNotification ? null : { jsonrpc: '2.0', id, result: result === undefined ? null : result };
  } catch (e) {
    const err =
      e instanceof RpcError ? e : new RpcError(-32603, `Internal error: ${(e as Error)?.message ?? String(e)}`);
    return isNotification ? null : { jsonrpc: '2.0', id, error: err.toJSON() };
  }
}

const stringify = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

export async function handleText(
  methods: Map<string, Handler>,
  text: string,
  conn: Conn | null,
): Promise<string | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return stringify({ jsonrpc: '2.0', id: null, error: parseError().toJSON() });
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0 || parsed.length > MAX_BATCH)
      return stringify({ jsonrpc: '2.0', id: null, error: invalidRequest().toJSON() });
    const out: Json[] = [];
    for (const r of parsed) {
      const res = await handleOne(methods, r, conn);
      if (res) out.push(res);
    }
    return out.length ? stringify(out) : null;
  }
  const res = await handleOne(methods, parsed, conn);
  return res ? stringify(res) : null;
}

export async function startRpcServer(env: RpcEnv, port: number, host = '127.0.0.1'): Promise<RpcServer> {
  const methods = buildMethods(env);
  const http: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (status: number, body: string): void => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type',
      });
      res.end(body);
    };
    if (req.method === 'OPTIONS') return reply(204, '');
    if (req.method !== 'POST')
      return reply(
        405,
        stringify({ jsonrpc: '2.0', id: null, error: invalidRequest('Only POST is supported').toJSON() }),
      );
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_FRAME) {
        reply(413, stringify({ jsonrpc: '2.0', id: null, error: invalidRequest('Request too large').toJSON() }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_FRAME) return;
      handleText(methods, Buffer.concat(chunks).toString('utf8'), null)
        .then((out) => reply(200, out ?? ''))
        .catch(() => reply(500, ''));
    });
    req.on('error', () => undefined);
  });
  const wss = new WebSocketServer({ server: http, maxPayload: MAX_FRAME });
  wss.on('connection', (ws: WebSocket) => {
    const conn: Conn = {
      subs: new Map(),
      send: (msg) => {
        if (ws.readyState === ws.OPEN) ws.send(stringify(msg));
      },
    };
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? Buffer.from(data as Buffer).toString('utf8') : data.toString();
      handleText(methods, text, conn)
        .then((out) => {
          if (out !== null && ws.readyState === ws.OPEN) ws.send(out);
        })
        .catch(() => undefined);
    });
    const cleanup = (): void => {
      for (const stop of conn.subs.values()) stop();
      conn.subs.clear();
    };
    ws.on('close', cleanup);
    ws.on('error', cleanup);
  });
  wss.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
  const actual = (http.address() as AddressInfo).port;
  return {
    port: actual,
    handleText: (text, conn) => handleText(methods, text, conn),
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => http.close(() => resolve()));
        http.closeAllConnections?.();
      }),
  };
}
