// Devnet figures for `npm run bench`: start-up time, JSON-RPC round trip over WebSocket, and how many
// signed extrinsics per second it validates (author_submitExtrinsic answered) and includes (one block).
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import WebSocket from 'ws';
import { customSignedExtensions, DEV_URIS, loadChainMetadata, startDevnet } from '../devnet/index.ts';
import { round } from './stats.ts';

/** Quantile with linear interpolation, to the microsecond. */
function q(xs: number[], at: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * at;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return round(s[lo]! + (s[hi]! - s[lo]!) * (pos - lo), 3);
}

interface RpcReply {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A bare JSON-RPC WebSocket client: no @polkadot/api decoding in the measured path. */
async function rpcClient(url: string) {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const waiting = new Map<number, (r: RpcReply) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as RpcReply;
    waiting.get(msg.id)?.(msg);
    waiting.delete(msg.id);
  });
  let next = 1;
  return {
    call(method: string, params: unknown[] = []): Promise<RpcReply> {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
      });
    },
    close: () => ws.close(),
  };
}

export interface DevnetBench {
  unit: string;
  startupMs: number;
  rpcRoundTripMs: { n: number; median: number; p90: number; method: string };
  extrinsicsPerSecond: {
    n: number;
    validated: number;
    included: number;
    accounts: number;
    validateMs: number;
    includeMs: number;
  };
}

export async function benchDevnet(opts: { roundTrips?: number; transfers?: number } = {}): Promise<DevnetBench> {
  const roundTrips = opts.roundTrips ?? 200;
  const transfers = opts.transfers ?? 300;
  await cryptoWaitReady();

  // Start-up: metadata, default scenario (8 subnets, 32 validators), genesis, listening socket.
  // Block production is left to us (a timer that never fires in the run), so the pool fills first.
  const t0 = performance.now();
  const devnet = await startDevnet({ port: 0, blockMs: 3_600_000 });
  const startupMs = round(performance.now() - t0);

  const rpc = await rpcClient(devnet.url);
  let api: ApiPromise | null = null;
  try {
    // RPC round trip: sequential requests, one in flight (after a short warm-up).
    for (let i = 0; i < 20; i++) await rpc.call('system_health');
    const rtts: number[] = [];
    for (let i = 0; i < roundTrips; i++) {
      const method = i % 2 === 0 ? 'system_health' : 'chain_getHeader';
      const t = performance.now();
      const r = await rpc.call(method);
      rtts.push(performance.now() - t);
      if (r.error) throw new Error(`${method}: ${r.error.message}`);
    }

    // Sign `transfers` transfer_keep_alive from the six dev accounts (consecutive nonces each).
    const meta = loadChainMetadata(devnet.meta.file);
    const provider = new WsProvider(devnet.url, false);
    await provider.connect();
    api = await ApiPromise.create({
      provider,
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
      throwOnConnect: true,
    });
    const keyring = new Keyring({ type: 'sr25519' });
    const pairs = DEV_URIS.map((u) => keyring.addFromUri(u));
    const dest = keyring.addFromUri('//BenchSink').address;
    const signed: string[] = [];
    const nonces = pairs.map(() => 0);
    for (let i = 0; i < transfers; i++) {
      const k = i % pairs.length;
      const tx = api.tx.balances.transferKeepAlive(dest, 1_000_000_000n + BigInt(i));
      await tx.signAsync(pairs[k]!, { nonce: nonces[k]!++ });
      signed.push(tx.toHex());
    }

    // Validation throughput: all submitted at once (pipelined), until every one is answered.
    const head = devnet.chain.head.number;
    const tv = performance.now();
    const replies = await Promise.all(signed.map((hex) => rpc.call('author_submitExtrinsic', [hex])));
    const validateMs = performance.now() - tv;
    const refused = replies.filter((r) => r.error);
    if (refused.length) throw new Error(`devnet refused ${refused.length} transfers: ${refused[0]!.error!.message}`);

    // Inclusion throughput: one block with the whole ready pool.
    const ti = performance.now();
    const block = devnet.produceBlock();
    const includeMs = performance.now() - ti;
    if (block.number !== head + 1 || block.extrinsics.length !== transfers + 1) {
      throw new Error(`expected ${transfers} transfers in block ${head + 1}, got ${block.extrinsics.length - 1}`);
    }
    return {
      unit: 'ms; extrinsics per second',
      startupMs,
      rpcRoundTripMs: {
        n: rtts.length,
        median: q(rtts, 0.5),
        p90: q(rtts, 0.9),
        method:
          'system_health / chain_getHeader, one in flight, raw WebSocket client in the same process as the devnet',
      },
      extrinsicsPerSecond: {
        n: transfers,
        validated: round(transfers / (validateMs / 1000)),
        included: round(transfers / (includeMs / 1000)),
        accounts: pairs.length,
        validateMs: round(validateMs),
        includeMs: round(includeMs),
      },
    };
  } finally {
    await api?.disconnect();
    rpc.close();
    await devnet.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchDevnet(), null, 2));
