// chain_* methods and head subscriptions.
import type { BlockRecord } from '../chain/blocks.ts';
import { invalidParams } from './errors.ts';
import { blockOrThrow, headerJson, newSubId, notify, requireConn, type Handler, type RpcEnv } from './context.ts';
import { numberParam, optHashParam } from './params.ts';

export function chainMethods(env: RpcEnv): Record<string, Handler> {
  const { chain } = env;
  const hashOf = (v: unknown): string | null => {
    if (v === undefined || v === null) return chain.head.hash;
    const n = numberParam([v], 0, 'block number');
    return n === null ? null : (chain.blocks[n]?.hash ?? null);
  };
  const subscribe = (notification: string) => (_p: unknown[], c: Parameters<Handler>[1]) => {
    const conn = requireConn(c);
    const id = newSubId();
    const send = (b: BlockRecord): void => notify(conn, notification, id, headerJson(b));
    send(chain.head);
    conn.subs.set(id, chain.onBlock(send));
    return id;
  };
  const unsubscribe: Handler = (p, c) => {
    const conn = requireConn(c);
    const id = p[0];
    if (typeof id !== 'string') throw invalidParams('subscription id must be a string');
    const stop = conn.subs.get(id);
    if (!stop) return false;
    stop();
    conn.subs.delete(id);
    return true;
  };
  const finalizedHead: Handler = () => chain.finalized.hash;
  return {
    chain_getBlockHash: (p) => (Array.isArray(p[0]) ? p[0].map(hashOf) : hashOf(p[0])),
    chain_getHead: () => chain.head.hash,
    chain_getHeader: (p) => {
      const b = chain.block(optHashParam(p, 0));
      return b ? headerJson(b) : null;
    },
    chain_getBlock: (p) => {
      const b = chain.block(optHashParam(p, 0));
      return b ? { block: { header: headerJson(b), extrinsics: b.extrinsics }, justifications: null } : null;
    },
    chain_getFinalizedHead: finalizedHead,
    chain_getFinalisedHead: finalizedHead,
    chain_subscribeNewHeads: subscribe('chain_newHead'),
    chain_subscribeNewHead: subscribe('chain_newHead'),
    chain_subscribeAllHeads: subscribe('chain_allHead'),
    chain_subscribeFinalizedHeads: subscribe('chain_finalizedHead'),
    chain_subscribeFinalisedHeads: subscribe('chain_finalizedHead'),
    chain_unsubscribeNewHeads: unsubscribe,
    chain_unsubscribeNewHead: unsubscribe,
    chain_unsubscribeAllHeads: unsubscribe,
    chain_unsubscribeFinalizedHeads: unsubscribe,
    chain_unsubscribeFinalisedHeads: unsubscribe,
    state_unsubscribeRuntimeVersion: unsubscribe,
    chain_unsubscribeRuntimeVersion: unsubscribe,
    state_unsubscribeStorage: unsubscribe,
    author_unwatchExtrinsic: unsubscribe,
    state_subscribeRuntimeVersion: (_p, c) => {
      const conn = requireConn(c);
      const id = newSubId();
      notify(conn, 'state_runtimeVersion', id, chain.meta.runtimeVersion.toJSON());
      conn.subs.set(id, () => undefined);
      return id;
    },
    chain_subscribeRuntimeVersion: (_p, c) => {
      const conn = requireConn(c);
      const id = newSubId();
      notify(conn, 'state_runtimeVersion', id, chain.meta.runtimeVersion.toJSON());
      conn.subs.set(id, () => undefined);
      return id;
    },
    dev_newBlock: (p) => {
      const opts = (p[0] ?? {}) as { count?: unknown };
      const count = typeof opts === 'object' && opts !== null && typeof opts.count === 'number' ? opts.count : 1;
      if (!Number.isSafeInteger(count) || count < 1 || count > 10_000) throw invalidParams('count must be 1..10000');
      const blocks = env.produceBlocks(count);
      return { hash: blocks[blocks.length - 1]?.hash, number: blocks[blocks.length - 1]?.number };
    },
    chain_getRuntimeVersionAt: (p) => blockOrThrow(env, optHashParam(p, 0)) && chain.meta.runtimeVersion.toJSON(),
  };
}
