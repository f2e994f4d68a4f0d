// author_* methods: submit, submit-and-watch (ready/future → inBlock → finalized, or invalid), pending.
import { BadFormat } from '../runtime/executive.ts';
import { TxInvalid } from '../runtime/validity.ts';
import { PoolError } from '../chain/chain.ts';
import { RpcError } from './errors.ts';
import { newSubId, notify, requireConn, type Handler, type RpcEnv } from './context.ts';
import { hexParam } from './params.ts';
import type { PoolEntry } from '../chain/pool.ts';

function submitOrThrow(env: RpcEnv, hex: string): { entry: PoolEntry; ready: boolean } {
  try {
    return env.chain.submit(hex);
  } catch (e) {
    if (e instanceof TxInvalid) {
      const r = e.rpcError();
      throw new RpcError(r.code, r.message, r.data);
    }
    if (e instanceof BadFormat) throw new RpcError(1001, `Extrinsic has invalid format: ${e.message}`);
    if (e instanceof PoolError) throw new RpcError(e.code, e.message, e.data);
    throw new RpcError(1002, `Verification Error: ${(e as Error).message}`);
  }
}

export function authorMethods(env: RpcEnv): Record<string, Handler> {
  const { chain } = env;
  return {
    author_submitExtrinsic: (p) => {
      const { entry } = submitOrThrow(env, hexParam(p, 0, 'extrinsic'));
      env.onSubmit();
      return entry.tx.hash;
    },
    author_submitAndWatchExtrinsic: (p, c) => {
      const conn = requireConn(c);
      const { entry, ready } = submitOrThrow(env, hexParam(p, 0, 'extrinsic'));
      const id = newSubId();
      const listener = (status: string, data?: unknown): void => {
        if (!conn.subs.has(id)) return;
        if (status === 'invalid' || status === 'dropped') {
          notify(conn, 'author_extrinsicUpdate', id, status);
          conn.subs.delete(id);
          void data;
          return;
        }
        notify(conn, 'author_extrinsicUpdate', id, { [status]: data });
        if (status === 'finalized') conn.subs.delete(id);
      };
      entry.listeners.add(listener);
      conn.subs.set(id, () => entry.listeners.delete(listener));
      // Status notifications go out after the subscription id reply.
      setImmediate(() => {
        if (conn.subs.has(id)) notify(conn, 'author_extrinsicUpdate', id, ready ? 'ready' : 'future');
        env.onSubmit();
      });
      return id;
    },
    author_pendingExtrinsics: () => chain.pool.entries.map((e) => e.tx.hex),
    author_hasKey: () => false,
    author_rotateKeys: () => {
      throw new RpcError(-32601, 'Method not found');
    },
  };
}
