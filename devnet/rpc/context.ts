// Shared types for RPC method handlers.
import type { Chain } from '../chain/chain.ts';
import type { BlockRecord } from '../chain/blocks.ts';
import { invalidParams, RpcError } from './errors.ts';

export interface Conn {
  send(msg: unknown): void;
  subs: Map<string, () => void>;
}

export type Handler = (params: unknown[], conn: Conn | null) => unknown;

export interface RpcEnv {
  chain: Chain;
  /** Called after a transaction enters the pool (instant mode authors a block). */
  onSubmit(): void;
  produceBlocks(n: number): BlockRecord[];
  name: string;
  version: string;
}

let counter = 0;
export function newSubId(): string {
  counter = (counter + 1) % 1e9;
  return `${Date.now().toString(16)}${counter.toString(16).padStart(8, '0')}`.slice(-16);
}

export function requireConn(conn: Conn | null): Conn {
  if (!conn) throw new RpcError(-32603, 'Subscriptions are not available on this transport');
  return conn;
}

export function blockOrThrow(env: RpcEnv, hash: string | null): BlockRecord {
  const b = env.chain.block(hash);
  if (!b) throw new RpcError(4003, `Client error: UnknownBlock: State already discarded for ${hash}`);
  return b;
}

export function headerJson(b: BlockRecord): Record<string, unknown> {
  const h = b.header;
  return {
    parentHash: h.parentHash.toHex(),
    number: '0x' + b.number.toString(16),
    stateRoot: h.stateRoot.toHex(),
    extrinsicsRoot: h.extrinsicsRoot.toHex(),
    digest: { logs: h.digest.logs.map((l) => l.toHex()) },
  };
}

export function notify(conn: Conn, method: string, subscription: string, result: unknown): void {
  conn.send({ jsonrpc: '2.0', method, params: { subscription, result } });
}

export const expectArray = (v: unknown, name: string): unknown[] => {
  if (!Array.isArray(v)) throw invalidParams(`${name} must be an array`);
  return v;
};
