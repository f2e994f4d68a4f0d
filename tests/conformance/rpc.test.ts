// The JSON-RPC answers a client reads on both chains. What comes from the runtime must be equal (runtime version,
// properties, storage values); what the node shapes must have the same shape (headers, blocks, storage queries,
// subscriptions, the watch statuses). The real side's RPC layer is Chopsticks', not a node's: where Chopsticks
// answers differently from a Substrate node (padded block numbers, a fake "broadcast" status, lenient bad params),
// the devnet follows the node, and the test says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKeys } from '../../devnet/real/seed.ts';
import { shapeOf } from './helpers/outcome.ts';
import { startPair, type Pair } from './helpers/pair.ts';

const TAO = 1_000_000_000n;
const k = devKeys();
let pair: Pair;
beforeAll(async () => {
  pair = await startPair({ seed: false });
});
afterAll(async () => {
  await pair?.stop();
});

const both = <T = unknown>(method: string, params: unknown[] = []): Promise<T[]> =>
  Promise.all(pair.both.map((s) => s.rpc.result<T>(method, params)));
/** RuntimeVersion's last field: a node's serde writes `systemVersion` (the devnet too); Chopsticks, through
 * @polkadot/types' older definition, `stateVersion`. The same byte in Core_version. */
const versionJson = (v: unknown): unknown => {
  const { stateVersion, systemVersion, ...rest } = v as Record<string, unknown>;
  return { ...rest, systemVersion: systemVersion ?? stateVersion };
};

describe('system_* and state_getRuntimeVersion', () => {
  it('runtime version, properties, chain type and health are the same; names are strings', async () => {
    const [real, dev] = await both('state_getRuntimeVersion');
    expect(versionJson(dev)).toEqual(versionJson(real));
    expect(Object.keys(dev as object)).toContain('systemVersion');
    expect((real as { specVersion: number }).specVersion).toBe(293);
    for (const m of ['system_properties', 'system_chainType', 'system_health']) {
      const [r, d] = await both(m);
      expect(d, m).toEqual(r);
    }
    for (const m of ['system_chain', 'system_name', 'system_version']) {
      const [r, d] = await both(m);
      expect(typeof d, m).toBe(typeof r);
    }
    expect(shapeOf((await both('system_accountNextIndex', [k.alice.address]))[1])).toBe('int');
  });

  it('the runtime version at the genesis hash is the same, and the same as Core_version', async () => {
    const [real, dev] = await Promise.all(
      pair.both.map(async (s) => {
        const genesis = await s.rpc.result<string>('chain_getBlockHash', [0]);
        return {
          at: versionJson(await s.rpc.result('state_getRuntimeVersion', [genesis])),
          core: await s.rpc.result<string>('state_call', ['Core_version', '0x']),
        };
      }),
    );
    expect(dev).toEqual(real);
  });
});

describe('chain_*: headers, blocks, hashes', () => {
  it('a header has the same fields; number and parent agree with chain_getBlockHash; the Aura pre-runtime digest carries the slot', async () => {
    const [real, dev] = await Promise.all(
      pair.both.map(async (s) => {
        const header = await s.rpc.result<{ number: string; parentHash: string; digest: { logs: string[] } }>(
          'chain_getHeader',
        );
        const n = Number(BigInt(header.number));
        return {
          header,
          n,
          head: await s.rpc.result<string>('chain_getBlockHash', [n]),
          parent: n > 0 ? await s.rpc.result<string>('chain_getBlockHash', [n - 1]) : null,
          best: await s.rpc.result<string>('chain_getHead'),
          fin: await s.rpc.result<string>('chain_getFinalizedHead'),
        };
      }),
    );
    for (const x of [real!, dev!]) {
      expect(Object.keys(x.header).sort()).toEqual(['digest', 'extrinsicsRoot', 'number', 'parentHash', 'stateRoot']);
      if (x.parent) expect(x.header.parentHash).toBe(x.parent);
      expect(x.best).toBe(x.head);
      expect(x.fin).toBe(x.head);
      // PreRuntime (6) 'aura', a compact length 32 → 8 bytes: the slot as u64.
      expect(x.header.digest.logs[0]).toMatch(/^0x0661757261200[0-9a-f]{15}$/);
    }
    // A node writes the block number as minimal hex ("0x1"); Chopsticks pads it to 8 digits. Same value.
    expect(dev!.header.number).toBe(`0x${dev!.n.toString(16)}`);
  });

  it('a block is { block: { header, extrinsics }, justifications: null }; its first extrinsic is the timestamp inherent', async () => {
    await Promise.all(pair.both.map((s) => s.newBlocks(1)));
    const [real, dev] = await Promise.all(
      pair.both.map(async (s) => {
        const b = await s.rpc.result<{ block: { header: unknown; extrinsics: string[] }; justifications: unknown }>(
          'chain_getBlock',
        );
        const first = s.api.createType('Extrinsic', b.block.extrinsics[0]);
        return {
          keys: Object.keys(b).sort(),
          blockKeys: Object.keys(b.block).sort(),
          justifications: b.justifications,
          first: `${first.method.section}.${first.method.method}`,
          signed: first.isSigned,
        };
      }),
    );
    expect(dev).toEqual(real);
    expect(real!.first).toBe('timestamp.set');
  });

  it('an unknown height has no hash (null) on both', async () => {
    const [real, dev] = await both('chain_getBlockHash', [99_999]);
    expect(real).toBeNull();
    expect(dev).toBeNull();
  });
});

describe('state_*: storage values and queries', () => {
  it('System.Account of every cloned account is the same SCALE (nonce, refcounts, free, reserved, frozen, flags)', async () => {
    for (const who of [k.alice, k.bob, k.dave, k.ferdie]) {
      const key = pair.real.api.query.system.account.key(who.address);
      const [real, dev] = await both<string>('state_getStorage', [key]);
      expect(dev, who.address).toBe(real);
    }
  });

  it('state_queryStorageAt answers [{ block, changes: [[key, value | null]] }] with the same values', async () => {
    const keys = [
      pair.real.api.query.system.account.key(k.charlie.address),
      pair.real.api.query.system.account.key('5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM'),
    ];
    const [real, dev] = await both<Array<{ block: string; changes: Array<[string, string | null]> }>>(
      'state_queryStorageAt',
      [keys],
    );
    expect(shapeOf(dev)).toEqual(shapeOf(real));
    expect(dev![0]!.changes).toEqual(real![0]!.changes);
    expect(real![0]!.changes[1]![1]).toBeNull();
  });

  it('state_getKeysPaged pages in key order from the start key (exclusive)', async () => {
    const prefix = pair.real.api.query.system.account.keyPrefix();
    for (const s of pair.both) {
      const first = await s.rpc.result<string[]>('state_getKeysPaged', [prefix, 3]);
      expect(first).toHaveLength(3);
      expect([...first].sort()).toEqual(first);
      const next = await s.rpc.result<string[]>('state_getKeysPaged', [prefix, 3, first[2]]);
      expect(next[0]! > first[2]!).toBe(true);
    }
  });

  it('state_subscribeStorage sends the current value first, then a change when a block changes it', async () => {
    const key = pair.real.api.query.system.account.key(k.eve.address);
    const seen = await Promise.all(
      pair.both.map(async (s) => {
        const watch = s.rpc.subscribe('state_subscribeStorage', [[key]], (items) => items.length >= 2, 30_000);
        await new Promise((r) => setTimeout(r, 300));
        await s.api.tx.balances.transferKeepAlive(k.eve.address, TAO).signAndSend(k.ferdie, { nonce: -1 });
        const { items } = await watch;
        return items.map((x) => shapeOf(x));
      }),
    );
    expect(seen[1]).toEqual(seen[0]);
  });
});

describe('author_*: the watch statuses', () => {
  it('submitAndWatch: ready, inBlock, finalized (Chopsticks adds a fake "broadcast" to an invented peer, a node with no peers sends none)', async () => {
    const statuses = await Promise.all(
      pair.both.map(async (s) => {
        const tx = await s.api.tx.balances.transferKeepAlive(k.bob.address, TAO).signAsync(k.alice, { nonce: -1 });
        const { items } = await s.rpc.subscribe(
          'author_submitAndWatchExtrinsic',
          [tx.toHex()],
          (it) => it.some((x) => typeof x === 'object' && x !== null && 'finalized' in x),
          30_000,
        );
        // "ready" is a string from a node; Chopsticks sends { ready: null }.
        return items
          .map((x) => (typeof x === 'string' ? x : Object.keys(x as object)[0]!))
          .filter((x) => x !== 'broadcast');
      }),
    );
    expect(statuses[0]).toEqual(['ready', 'inBlock', 'finalized']);
    expect(statuses[1]).toEqual(statuses[0]);
    const [real, dev] = await both('author_pendingExtrinsics');
    expect(dev).toEqual(real);
  });
});

describe('errors for bad requests', () => {
  it('an unknown method is -32601 on both', async () => {
    const [real, dev] = await Promise.all(pair.both.map((s) => s.rpc.call('no_such_method')));
    expect(real!.error?.code).toBe(-32601);
    expect(dev!.error?.code).toBe(-32601);
  });

  it("bad parameters and undecodable input are errors on both (codes are the RPC layer's: a node and the devnet -32602, Chopsticks -32603)", async () => {
    const cases: Array<[string, unknown[]]> = [
      ['system_accountNextIndex', ['not an address']],
      ['payment_queryInfo', ['0x1234']],
      ['state_call', ['Core_version', '0xzz']],
      ['state_call', ['AccountNonceApi_account_nonce', '0x01']],
      ['state_call', ['SwapRuntimeApi_sim_swap_tao_for_alpha', '0x0100e803000000000000']],
      ['author_submitExtrinsic', ['0x1234']],
    ];
    for (const [method, params] of cases) {
      const [real, dev] = await Promise.all(pair.both.map((s) => s.rpc.call(method, params)));
      expect(real!.error, `${method} ${JSON.stringify(params)} (real)`).toBeDefined();
      expect(dev!.error, `${method} ${JSON.stringify(params)} (devnet)`).toBeDefined();
    }
    // Chopsticks answers a key that is not hex with null; a node (and the devnet) refuse it as invalid params.
    const [real, dev] = await Promise.all(pair.both.map((s) => s.rpc.call('state_getStorage', ['0xzz'])));
    expect(real!.result).toBeNull();
    expect(dev!.error?.code).toBe(-32602);
  });
});

describe('rpc_methods', () => {
  it('every legacy method a client uses that the real side offers, the devnet offers too', async () => {
    const [real, dev] = (await both<{ methods: string[] }>('rpc_methods')).map((x) => new Set(x.methods));
    // The new JSON-RPC spec (chainHead_v1, archive_v1, transaction_v1), child storage, read proofs and dry runs are
    // not offered by the devnet (devnet/README.md "Known differences"); Chopsticks' own dev_* are its tooling.
    const notOffered = /^(chainHead_v1_|archive_|transaction_v1_|childstate_|state_getReadProof$|system_dryRun$|dev_)/;
    const missing = [...real!].filter((m) => !dev!.has(m) && !notOffered.test(m));
    expect(missing).toEqual([]);
    expect(dev!.has('dev_newBlock')).toBe(true);
  });
});
