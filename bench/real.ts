// Real-runtime figures for `npm run bench`, beside the devnet's: the same portfolio load (20 accounts × 20
// positions: RPC requests, round trips, ms), the first balance after an account is imported (no new block), and a
// yield view over the chain's history, against the real Subtensor runtime (spec 293 in Chopsticks), built with real
// extrinsics. Chopsticks executes the runtime's WASM for every runtime-API call and storage read at an old block, so
// its milliseconds are those of a slow node on this machine; round trips and request counts are the wallet's own.
import type { ApiPromise } from '@polkadot/api';
import { startDevnet } from '../devnet/index.ts';
import { closeRuntimeExecutor, startRealChain } from '../devnet/real/chain.ts';
import { DEV_PHRASE, devKeys, seedRealChain, sendAndWait, TAO } from '../devnet/real/seed.ts';
import { apiConnector } from '../src/background/chain/connect.ts';
import { MetadataCache } from '../src/background/chain/metadata-cache.ts';
import { background, PASSWORD } from '../src/background/chain/test-harness.test-util.ts';
import { PortfolioReader } from '../src/background/domains/portfolio/load.ts';
import { memoryStorageArea } from '../src/background/store/storage-area.ts';
import { chainApi, freshAccounts, txOf } from '../tests/helpers/real-chain.ts';
import { countingProxy } from './portfolio.ts';
import { round } from './stats.ts';

const ACCOUNTS = 20;
const POSITIONS = 20;
const EXTRA_HOTKEYS = 9;
const YIELD_ACCOUNTS = 3;
const HISTORY_BLOCKS = Number(process.env.BENCH_REAL_HISTORY ?? 200);

/** Hotkeys × subnets to nominate on: the seed's two validators and EXTRA_HOTKEYS more, on root, apex and subnet 2. */
async function registerHotkeys(api: ApiPromise, netuid: number): Promise<Array<[string, number]>> {
  const keys = devKeys();
  const extra = Array.from({ length: EXTRA_HOTKEYS }, (_, i) => `${DEV_PHRASE}//bench/hot/${i}`);
  const { Keyring } = await import('@polkadot/keyring');
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const hotkeys = [
    keys.validatorA.address,
    keys.validatorB.address,
    ...extra.map((uri) => keyring.addFromUri(uri).address),
  ];
  for (const hot of hotkeys.slice(2)) {
    for (const subnet of [1, netuid])
      await sendAndWait(api, txOf(api, 'subtensorModule.burnedRegister', subnet, hot), keys.bob);
  }
  return hotkeys.flatMap((h) => [0, 1, netuid].map((n) => [h, n] as [string, number]));
}

/** ms from importing an account to the first portfolio view that holds its balance, with no new block built. */
async function firstBalance(
  url: string,
  path: string,
  head: () => Promise<number>,
): Promise<{ ms: number; newBlocks: number }> {
  const bg = background();
  try {
    await bg.api.send('pri(vault.create)', { password: PASSWORD });
    const net = await bg.api.send('pri(networks.addCustom)', { name: 'bench', url });
    await bg.api.send('pri(networks.select)', { id: net.id });
    let resolveSeen: (ms: number) => void = () => undefined;
    let t0 = 0;
    let address = '';
    const seen = new Promise<number>((r) => (resolveSeen = r));
    const off = bg.services.portfolio.subscribe((view) => {
      const account = view.accounts.find((a) => a.address === address);
      if (address && account && BigInt(account.free) > 0n) resolveSeen(performance.now() - t0);
    });
    await bg.services.portfolio.refresh().catch(() => undefined);
    const before = await head();
    t0 = performance.now();
    const imported = await bg.api.send('pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      derivationPath: path,
      name: 'bench',
      type: 'sr25519',
    });
    address = imported.address;
    const ms = await Promise.race([
      seen,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no balance within 30 s')), 30_000)),
    ]);
    off();
    return { ms: round(ms, 1), newBlocks: (await head()) - before };
  } finally {
    await bg.services.chain.closeAll();
  }
}

export async function benchReal(): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const chain = await startRealChain({ port: 0, blocks: 'instant' });
  const startupMs = round(performance.now() - t0, 0);
  const seeded = await seedRealChain(chain.url, { newBlocks: chain.newBlocks });
  const seedMs = round(performance.now() - t0 - startupMs, 0);
  const api = await chainApi(chain.url);
  const proxy = await countingProxy(chain.url);
  try {
    const pairs = await registerHotkeys(api, seeded.netuid);
    const accounts = await freshAccounts(api, ACCOUNTS, 30n);
    for (const [i, a] of accounts.entries()) {
      const stakes = Array.from({ length: POSITIONS }, (_, k) => pairs[(i * 7 + k * 5) % pairs.length]!).map(
        ([hot, netuid]) => txOf(api, 'subtensorModule.addStake', hot, netuid, TAO),
      );
      await sendAndWait(api, txOf(api, 'utility.batchAll', stakes), a.pair);
    }
    const addresses = accounts.map((a) => a.address);

    // Portfolio: the same measurement as bench/portfolio.ts on the devnet.
    const link = await apiConnector(new MetadataCache(memoryStorageArea()))(proxy.url);
    const reader = new PortfolioReader(link.api);
    const measure = async () => {
      proxy.reset();
      const s = performance.now();
      const out = await reader.read(addresses);
      return {
        ms: round(performance.now() - s, 1),
        requests: proxy.stats.requests,
        roundTrips: proxy.stats.waves,
        methods: { ...proxy.stats.methods },
        positions: out.accounts.reduce((n, x) => n + x.positions.length, 0),
      };
    };
    const first = await measure();
    const unchanged = await measure();
    const perBlock = [];
    for (let i = 0; i < 5; i++) {
      await chain.newBlocks(1);
      perBlock.push(await measure());
    }
    await link.close();
    const ms = perBlock.map((x) => x.ms).sort((a, b) => a - b);

    // First balance after import, here and on the devnet.
    const head = async () => chain.head();
    const real = await firstBalance(chain.url, accounts[0]!.path, head);
    const devnet = await startDevnet({ port: 0, instant: true });
    const devnetFirst = await firstBalance(devnet.url, '//Alice', async () => devnet.chain.head.number).finally(() =>
      devnet.stop(),
    );

    // Yield: history built by the chain's own emission, then one view for YIELD_ACCOUNTS accounts.
    await chain.newBlocks(HISTORY_BLOCKS);
    const bg = background();
    let yieldFigures: Record<string, unknown>;
    try {
      await bg.api.send('pri(vault.create)', { password: PASSWORD });
      for (const [i, a] of accounts.slice(0, YIELD_ACCOUNTS).entries())
        await bg.api.send('pri(accounts.importMnemonic)', {
          mnemonic: DEV_PHRASE,
          derivationPath: a.path,
          name: `a${i}`,
          type: 'sr25519',
        });
      const net = await bg.api.send('pri(networks.addCustom)', { name: 'bench', url: chain.url });
      await bg.api.send('pri(networks.select)', { id: net.id });
      const runs = [];
      for (let r = 0; r < 2; r++) {
        const s = performance.now();
        const view = await bg.api.send('pri(yield.get)', null);
        runs.push({
          ms: performance.now() - s,
          queries: view.archiveQueries,
          positions: view.positions.length,
          withHistory: view.positions.filter((p) => p.realised).length,
        });
      }
      const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
      yieldFigures = {
        positions: best.positions,
        withHistory: best.withHistory,
        historyBlocks: chain.head(),
        computeMs: round(best.ms, 1),
        firstRunMs: round(runs[0]!.ms, 1),
        archiveQueries: best.queries,
      };
    } finally {
      await bg.services.chain.closeAll();
    }

    return {
      runtime: `node-subtensor spec ${chain.specVersion} in Chopsticks`,
      startupMs,
      seedMs,
      portfolio: {
        accounts: ACCOUNTS,
        positionsPerAccount: POSITIONS,
        first,
        unchangedChain: unchanged,
        perNewBlock: {
          medianMs: ms[Math.floor(ms.length / 2)],
          maxMs: ms[ms.length - 1],
          requests: perBlock.at(-1)!.requests,
          roundTrips: perBlock.at(-1)!.roundTrips,
          methods: perBlock.at(-1)!.methods,
        },
      },
      firstBalanceAfterImport: { real, devnet: devnetFirst },
      yield: yieldFigures,
    };
  } finally {
    await api.disconnect();
    await proxy.close();
    await chain.stop();
    await closeRuntimeExecutor();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchReal(), null, 2));
