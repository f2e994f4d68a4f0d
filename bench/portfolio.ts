// Portfolio load for 20 accounts × 20 positions on the devnet: RPC requests, round trips (waves of requests
// in flight at once) and milliseconds, for the first read (names and simulations unknown) and a read on a new
// block (what the popup pays every block). Counted by a WebSocket proxy between the wallet's reader and the node.
import { encodeAddress } from '@polkadot/util-crypto';
import WebSocket, { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { startDevnet } from '../devnet/index.ts';
import { defaultScenario, labelKey } from '../devnet/subtensor/index.ts';
import { apiConnector } from '../src/background/chain/connect.ts';
import { MetadataCache } from '../src/background/chain/metadata-cache.ts';
import { PortfolioReader } from '../src/background/domains/portfolio/load.ts';
import { memoryStorageArea } from '../src/background/store/storage-area.ts';
import { round } from './stats.ts';

const ACCOUNTS = 20;
const POSITIONS = 20;

function scenario() {
  const s = defaultScenario();
  const pairs = s.validators.flatMap((v) => [0, ...v.registrations].map((netuid) => ({ hotkey: v.hotkey, netuid })));
  const coldkeys = Array.from({ length: ACCOUNTS }, (_, i) => labelKey(`bench/portfolio/${i}`));
  const nominations = coldkeys.flatMap((coldkey, i) =>
    Array.from({ length: POSITIONS }, (_, k) => {
      const p = pairs[(i * 7 + k * 5) % pairs.length]!;
      return { coldkey, hotkey: p.hotkey, netuid: p.netuid, alpha: String(BigInt(1 + k) * 1_000_000_000n) };
    }),
  );
  return { coldkeys, subtensor: { ...s, nominations: [...(s.nominations ?? []), ...nominations] } };
}

/** Counts requests and waves (0 → >0 in-flight transitions) passing through to the node. */
export async function countingProxy(upstream: string) {
  const stats = { requests: 0, waves: 0, inFlight: 0, methods: {} as Record<string, number> };
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  wss.on('connection', (client) => {
    const up = new WebSocket(upstream);
    const queue: string[] = [];
    const pending = new Set<unknown>();
    up.on('open', () => queue.splice(0).forEach((m) => up.send(m)));
    client.on('message', (data) => {
      const text = data.toString();
      const msg = JSON.parse(text) as { id?: unknown; method?: string };
      if (stats.inFlight === 0) stats.waves++;
      stats.inFlight++;
      stats.requests++;
      stats.methods[msg.method ?? '?'] = (stats.methods[msg.method ?? '?'] ?? 0) + 1;
      pending.add(msg.id);
      if (up.readyState === WebSocket.OPEN) up.send(text);
      else queue.push(text);
    });
    up.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { id?: unknown };
      if (msg.id !== undefined && pending.delete(msg.id)) stats.inFlight--;
      client.send(data.toString());
    });
    client.on('close', () => up.close());
  });
  const reset = () => Object.assign(stats, { requests: 0, waves: 0, inFlight: 0, methods: {} });
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    stats,
    reset,
    close: () => new Promise<void>((r) => wss.close(() => r())),
  };
}

export async function benchPortfolio() {
  const { coldkeys, subtensor } = scenario();
  const devnet = await startDevnet({ port: 0, instant: true, scenario: { subtensor } });
  const proxy = await countingProxy(devnet.url);
  const link = await apiConnector(new MetadataCache(memoryStorageArea()))(proxy.url);
  try {
    const reader = new PortfolioReader(link.api);
    const addresses = coldkeys.map((k) => encodeAddress(k, 42));
    const measure = async () => {
      proxy.reset();
      const t0 = performance.now();
      const out = await reader.read(addresses);
      const ms = round(performance.now() - t0, 1);
      return {
        ms,
        requests: proxy.stats.requests,
        roundTrips: proxy.stats.waves,
        methods: { ...proxy.stats.methods },
        positions: out.accounts.reduce((n, a) => n + a.positions.length, 0),
      };
    };
    const first = await measure();
    const unchanged = await measure();
    devnet.produceBlock();
    const newBlocks = [];
    for (let i = 0; i < 10; i++) {
      devnet.produceBlock();
      newBlocks.push(await measure());
    }
    const ms = newBlocks.map((x) => x.ms).sort((a, b) => a - b);
    return {
      accounts: ACCOUNTS,
      positionsPerAccount: POSITIONS,
      first,
      unchangedChain: unchanged,
      perNewBlock: {
        medianMs: ms[Math.floor(ms.length / 2)],
        maxMs: ms[ms.length - 1],
        requests: newBlocks.at(-1)!.requests,
        roundTrips: newBlocks.at(-1)!.roundTrips,
        methods: newBlocks.at(-1)!.methods,
      },
    };
  } finally {
    await link.close();
    await proxy.close();
    await devnet.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchPortfolio(), null, 2));
