// state_* methods: storage reads at any kept block, storage subscriptions, metadata, runtime calls.
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { BlockRecord } from '../chain/blocks.ts';
import type { Chain } from '../chain/chain.ts';
import { callRuntimeApi, RuntimeApiError } from '../runtime/apis.ts';
import { validTransaction } from '../runtime/executive.ts';
import { RpcError, invalidParams } from './errors.ts';
import { blockOrThrow, expectArray, newSubId, notify, requireConn, type Handler, type RpcEnv } from './context.ts';
import { hexParam, isHex, numberParam, optHashParam } from './params.ts';

/** Account nonce at block `n`, read from System.Account in storage. */
export function nonceAt(chain: Chain, who: string, n: number): number {
  const raw = chain.store.get(chain.codec.key('System', 'Account', [who]), n);
  if (!raw) return 0;
  const u8 = hexToU8a(raw);
  return (u8[0] ?? 0) | ((u8[1] ?? 0) << 8) | ((u8[2] ?? 0) << 16) | ((u8[3] ?? 0) << 24);
}

export function runtimeCall(env: RpcEnv, method: string, data: string, b: BlockRecord): string {
  const { chain } = env;
  try {
    return callRuntimeApi(
      {
        meta: chain.meta,
        econ: chain.economicsAt(b.number),
        nonceOf: (who) => nonceAt(chain, who, b.number),
        validate: (hex) => {
          const tx = chain.check(hex);
          return validTransaction(tx, chain.ctx.accounts.get(tx.signer).nonce, chain.head.number + 1, chain.meta);
        },
      },
      method,
      data,
    );
  } catch (e) {
    if (e instanceof RuntimeApiError) throw new RpcError(4003, `Client error: Execution failed: Other: ${e.message}`);
    throw new RpcError(4003, `Client error: Execution failed: ${(e as Error).message}`);
  }
}

export function stateMethods(env: RpcEnv): Record<string, Handler> {
  const { chain } = env;
  const at = (p: unknown[], i: number): BlockRecord => blockOrThrow(env, optHashParam(p, i));
  const get = (p: unknown[]): string | null => chain.store.get(hexParam(p, 0, 'key'), at(p, 1).number);
  const keysPaged: Handler = (p) => {
    const prefix = p[0] === null || p[0] === undefined ? '0x' : hexParam(p, 0, 'prefix');
    const count = numberParam(p, 1, 'count') ?? 0;
    if (count > 1000) throw invalidParams('count must be at most 1000');
    const start = p[2] === null || p[2] === undefined ? undefined : hexParam(p, 2, 'startKey');
    return chain.store.keys(prefix, at(p, 3).number, count, start);
  };
  // Metadata V14, as on every node (`Metadata_metadata`); newer versions only through Metadata_metadata_at_version.
  const metadata: Handler = (p) => {
    at(p, 0);
    return u8aToHex(chain.meta.answers().v14);
  };
  const runtimeVersion: Handler = (p) => {
    at(p, 0);
    return chain.meta.runtimeVersion.toJSON();
  };
  return {
    state_getStorage: get,
    state_getStorageAt: get,
    state_getStorageHash: (p) => {
      const v = get(p);
      return v === null ? null : blake2AsHex(hexToU8a(v), 256);
    },
    state_getStorageSize: (p) => {
      const v = get(p);
      return v === null ? null : (v.length - 2) / 2;
    },
    state_getKeys: (p) => {
      const keys = chain.store.keys(hexParam(p, 0, 'prefix'), at(p, 1).number, 1001);
      if (keys.length > 1000) throw new RpcError(-32000, 'Too many keys; use state_getKeysPaged');
      return keys;
    },
    state_getKeysPaged: keysPaged,
    state_getKeysPagedAt: keysPaged,
    state_queryStorageAt: (p) => {
      const keys = expectArray(p[0], 'keys');
      if (keys.length > 1000) throw invalidParams('at most 1000 keys');
      const b = at(p, 1);
      return [
        {
          block: b.hash,
          changes: keys.map((k) => {
            if (!isHex(k)) throw invalidParams('keys must be hex');
            return [k, chain.store.get(k.toLowerCase(), b.number)];
          }),
        },
      ];
    },
    state_getMetadata: metadata,
    state_getRuntimeVersion: runtimeVersion,
    chain_getRuntimeVersion: runtimeVersion,
    state_call: (p) => {
      if (typeof p[0] !== 'string') throw invalidParams('method must be a string');
      return runtimeCall(env, p[0], hexParam(p, 1, 'data'), at(p, 2));
    },
    state_callAt: (p) => {
      if (typeof p[0] !== 'string') throw invalidParams('method must be a string');
      return runtimeCall(env, p[0], hexParam(p, 1, 'data'), at(p, 2));
    },
    state_subscribeStorage: (p, c) => {
      const conn = requireConn(c);
      const raw = p[0] === undefined || p[0] === null ? [] : expectArray(p[0], 'keys');
      if (raw.length > 1000) throw invalidParams('at most 1000 keys');
      const keys = raw.map((k) => {
        if (!isHex(k)) throw invalidParams('keys must be hex');
        return k.toLowerCase();
      });
      const id = newSubId();
      const last = new Map<string, string | null>();
      const send = (b: BlockRecord, initial: boolean): void => {
        const changes: Array<[string, string | null]> = [];
        for (const k of keys) {
          const v = chain.store.get(k, b.number);
          if (initial || last.get(k) !== v) changes.push([k, v]);
          last.set(k, v);
        }
        if (initial || changes.length) notify(conn, 'state_storage', id, { block: b.hash, changes });
      };
      send(chain.head, true);
      conn.subs.set(
        id,
        chain.onBlock((b) => send(b, false)),
      );
      return id;
    },
  };
}
