// JSON-RPC over WebSocket and HTTP for the real runtime in Chopsticks, behaving like a Substrate node where a client
// can tell: transaction-pool refusals carry the node's error object (1010 "Invalid Transaction", data "Custom error:
// 14", "Transaction is outdated" …) where Chopsticks sends its own JSON ({"invalid":{"custom":14}}); every storage
// subscription is told of every change of its keys (Chopsticks keeps one "last value" per key for all subscribers,
// so a second client subscribing to a key while a block is being announced swallowed the change for the first: a
// dApp's @polkadot/api then kept an account's old nonce and its next transaction was refused as outdated); and stop()
// drops every open connection as a killed node does (Chopsticks' own server leaves upgraded sockets open).
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Blockchain, Context, SubscriptionManager } from '@acala-network/chopsticks-core';
import { handler as chopsticksHandler } from '@acala-network/chopsticks/rpc/index';
import { WebSocket, WebSocketServer } from 'ws';
import { TxInvalid, type InvalidKind } from '../runtime/validity.ts';

interface RpcRequest {
  id?: number | string | null;
  jsonrpc?: string;
  method?: unknown;
  params?: unknown;
}

interface RpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

const INVALID_KINDS: Record<string, InvalidKind> = {
  call: 'Call',
  payment: 'Payment',
  future: 'Future',
  stale: 'Stale',
  badProof: 'BadProof',
  ancientBirthBlock: 'AncientBirthBlock',
  exhaustsResources: 'ExhaustsResources',
  badMandatory: 'BadMandatory',
  mandatoryValidation: 'MandatoryValidation',
  badSigner: 'BadSigner',
};

/** Chopsticks' TransactionValidityError JSON (`{"invalid":{"custom":14}}`, `{"invalid":{"stale":null}}`) as a node's error object. */
export function nodeValidityError(chopsticksMessage: string): RpcErrorObject | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(chopsticksMessage);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const invalid = Reflect.get(parsed, 'invalid');
  const unknown = Reflect.get(parsed, 'unknown');
  if (typeof invalid === 'object' && invalid !== null) {
    const [kind, value] = Object.entries(invalid)[0] ?? [];
    if (kind === 'custom') return new TxInvalid('Custom', Number(value)).rpcError();
    const known = kind ? INVALID_KINDS[kind] : undefined;
    return known ? new TxInvalid(known).rpcError() : null;
  }
  if (typeof unknown === 'object' && unknown !== null) {
    const [kind, value] = Object.entries(unknown)[0] ?? [];
    if (kind === 'cannotLookup') return new TxInvalid('UnknownCannotLookup').rpcError();
    return {
      code: 1011,
      message: 'Unknown Transaction Validity',
      data: kind === 'custom' ? `Custom error: ${String(value)}` : String(kind),
    };
  }
  return null;
}

function errorObject(e: unknown): RpcErrorObject {
  const code = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 1010 || code === 1011) return nodeValidityError(message) ?? { code, message };
  if (typeof code === 'number') return { code, message };
  return { code: -32603, message: `Internal error: ${message}` };
}

/**
 * state_subscribeStorage with keys, as a node does it: the values now, then, at every new head, the keys whose value
 * differs from what this subscription last sent.
 */
function subscribeStorage(context: Context, keys: string[], subscriptions: SubscriptionManager): string {
  const { chain } = context;
  const subid = Math.random().toString(36).slice(2);
  const last = new Map<string, string | null>();
  let queue: Promise<void> = Promise.resolve();
  let headId = '';
  const callback = subscriptions.subscribe('state_storage', subid, () => chain.headState.unsubscribeHead(headId));
  const report = (block: Blockchain['head'], all: boolean): Promise<void> =>
    (queue = queue
      .then(async () => {
        const changes: Array<[string, string | null]> = [];
        for (const key of keys) {
          const value = (await block.get(key)) ?? null;
          if (all || last.get(key) !== value) changes.push([key, value]);
          last.set(key, value);
        }
        if (all || changes.length) callback({ block: block.hash, changes });
      })
      .catch(() => undefined));
  headId = chain.headState.subscribeHead((block) => report(block, false));
  void report(chain.head, true);
  return subid;
}

export interface RpcServer {
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Runtime API methods (`state_call` names) to answer as a runtime without them does: for a node that offers only
   * metadata V14 (hide Metadata_metadata_versions and Metadata_metadata_at_version), as older runtimes do.
   */
  withoutRuntimeApis?: readonly string[];
}

/** Serves the chain's RPC on host:port (0 = a free port). */
export async function serveRpc(
  context: Context,
  port: number,
  host: string,
  options: ServeOptions = {},
): Promise<RpcServer> {
  const chopsticks = chopsticksHandler(context);
  const hidden = new Set(options.withoutRuntimeApis ?? []);
  const handle: typeof chopsticks = async (request, subscriptions) => {
    if (request.method === 'state_call' && hidden.has(String(request.params[0]))) {
      throw Object.assign(
        new Error(`Client error: Execution failed: Other: Exported method ${String(request.params[0])} is not found`),
        { code: 4003 },
      );
    }
    return chopsticks(request, subscriptions);
  };
  const answer = async (
    request: RpcRequest,
    subscriptions: SubscriptionManager,
  ): Promise<Record<string, unknown> | null> => {
    const id = request.id ?? null;
    if (typeof request !== 'object' || request === null || typeof request.method !== 'string') {
      return { jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request' } };
    }
    const params = Array.isArray(request.params) ? request.params : request.params === undefined ? [] : null;
    if (!params) return { jsonrpc: '2.0', id, error: { code: -32602, message: 'Invalid params' } };
    try {
      const storageKeys =
        request.method === 'state_subscribeStorage' && Array.isArray(params[0]) && params[0].length
          ? (params[0] as string[])
          : null;
      const result: unknown = storageKeys
        ? subscribeStorage(context, storageKeys, subscriptions)
        : await handle({ method: request.method, params }, subscriptions);
      return request.id === undefined ? null : { jsonrpc: '2.0', id, result: result ?? null };
    } catch (e) {
      return { jsonrpc: '2.0', id, error: errorObject(e) };
    }
  };
  const many = async (body: string, subscriptions: SubscriptionManager): Promise<unknown> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } };
    }
    if (Array.isArray(parsed))
      return (await Promise.all(parsed.map((r) => answer(r as RpcRequest, subscriptions)))).filter((r) => r !== null);
    return answer(parsed as RpcRequest, subscriptions);
  };
  const noSubscriptions: SubscriptionManager = {
    subscribe: () => {
      throw new Error('Subscriptions need a WebSocket');
    },
    unsubscribe: () => undefined,
  };

  const http = createHttpServer((req: IncomingMessage, res) => {
    if (req.method !== 'POST') {
      res
        .writeHead(405, { 'content-type': 'application/json' })
        .end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Only POST' } }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void many(Buffer.concat(chunks).toString('utf8'), noSubscriptions).then((out) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(out === null ? '' : JSON.stringify(out));
      });
    });
  });
  const wss = new WebSocketServer({ server: http, maxPayload: 100 * 1024 * 1024 });
  wss.on('connection', (ws) => {
    const cancels = new Map<string, (id: string) => void>();
    const send = (data: unknown) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(data));
    };
    const subscriptions: SubscriptionManager = {
      subscribe: (method: string, subid: string, onCancel: (id: string) => void = () => undefined) => {
        cancels.set(subid, onCancel);
        return (data: unknown) => {
          if (cancels.has(subid)) send({ jsonrpc: '2.0', method, params: { result: data, subscription: subid } });
        };
      },
      unsubscribe: (subid: string) => {
        const cancel = cancels.get(subid);
        cancels.delete(subid);
        cancel?.(subid);
      },
    };
    const cancelAll = () => {
      for (const [subid, cancel] of cancels) cancel(subid);
      cancels.clear();
    };
    ws.on('close', cancelAll);
    ws.on('error', cancelAll);
    ws.on('message', (message) => {
      void many(String(message), subscriptions).then((out) => {
        if (out !== null && !(Array.isArray(out) && out.length === 0)) send(out);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
  return {
    port: (http.address() as AddressInfo).port,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
