// Programmatic entry point: startDevnet(opts) starts a local Subtensor devnet in-process.
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { BlockRecord } from './chain/blocks.ts';
import { Chain } from './chain/chain.ts';
import {
  customSignedExtensions,
  defaultMetadataPath,
  loadChainMetadata,
  metadataFixtureFiles,
  type ChainMeta,
} from './chain/metadata.ts';
import { realRuntimeAnswers } from './chain/metadata-runtime.ts';
import { loadEconomics } from './runtime/economics.ts';
import { startRpcServer } from './rpc/server.ts';
import {
  accountOf,
  AUTHOR_URI,
  defaultAccounts,
  endowments,
  historyBlocks,
  loadScenarioFile,
  type Scenario,
} from './scenario.ts';

export interface DevnetOptions {
  /** TCP port; 0 = a random free port. Default 9944. */
  port?: number;
  host?: string;
  /** Author a block every `blockMs` ms (default 1000). Ignored when `instant`. */
  blockMs?: number;
  /** Author a block as soon as a transaction arrives (and on `dev_newBlock` / produceBlock()). */
  instant?: boolean;
  /** Scenario object or path to a scenario JSON file. */
  scenario?: Scenario | string;
  /** Metadata file (default: newest in ../shared/fixtures/metadata). */
  metadata?: string;
  /** Fixed genesis hash (default: hash of the genesis header). */
  genesisHash?: string;
}

export interface Devnet {
  url: string;
  httpUrl: string;
  port: number;
  genesisHash: string;
  chain: Chain;
  meta: ChainMeta;
  /** Authors one block now (with whatever is ready in the pool). */
  produceBlock(): BlockRecord;
  produceBlocks(n: number): BlockRecord[];
  stateRoot(): string;
  stop(): Promise<void>;
}

export async function startDevnet(opts: DevnetOptions = {}): Promise<Devnet> {
  await cryptoWaitReady();
  const meta = loadChainMetadata(opts.metadata ?? defaultMetadataPath());
  // Started with the real runtime's own metadata: serve exactly what that runtime serves (V14, versions, u32::MAX).
  const real = await realRuntimeAnswers(meta.bytes, meta.version).catch((e: unknown) => {
    if (process.env['DEVNET_DEBUG']) console.warn('devnet: the real runtime could not be asked for its metadata:', e);
    return null;
  });
  if (real) meta.useAnswers(real);
  const scenario: Scenario =
    typeof opts.scenario === 'string' ? loadScenarioFile(opts.scenario) : (opts.scenario ?? {});
  const econ = await loadEconomics();
  const econScenario = scenario.subtensor ?? econ.defaultScenario();
  const accounts = endowments(scenario.accounts ?? defaultAccounts());
  const extra = econ.fundedAccounts?.(econScenario) ?? [];
  const instant = opts.instant ?? false;
  const blockMs = opts.blockMs ?? 1000;
  const author = accountOf({ uri: AUTHOR_URI });
  const chain = new Chain({
    meta,
    // The block author receives transaction fees and (unless the scenario says otherwise) swap fees.
    createEconomics: (port) => econ.create(econScenario, port, { author, specVersion: meta.specVersion }),
    endowments: [...accounts, ...extra, { address: author, free: 1_000_000_000n }],
    author,
    genesisHash: opts.genesisHash ?? scenario.genesisHash,
    slotMs: instant ? 1000 : Math.max(1, blockMs),
  });
  for (let i = historyBlocks(scenario); i > 0; i--) chain.produceBlock();

  let pending = false;
  const produceBlocks = (n: number): BlockRecord[] => {
    const out: BlockRecord[] = [];
    for (let i = 0; i < n; i++) out.push(chain.produceBlock());
    return out;
  };
  const onSubmit = (): void => {
    if (!instant || pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      try {
        if (chain.pool.entries.length) chain.produceBlock();
      } catch (e) {
        console.error('devnet: block production failed', e);
      }
    });
  };
  const server = await startRpcServer(
    { chain, onSubmit, produceBlocks, name: 'TaoVault Subtensor devnet', version: '0.1.0' },
    opts.port ?? 9944,
    opts.host ?? '127.0.0.1',
  );
  const timer = instant
    ? null
    : setInterval(() => {
        try {
          chain.produceBlock();
        } catch (e) {
          console.error('devnet: block production failed', e);
        }
      }, blockMs);
  const host = opts.host ?? '127.0.0.1';
  return {
    url: `ws://${host}:${server.port}`,
    httpUrl: `http://${host}:${server.port}`,
    port: server.port,
    genesisHash: chain.genesisHash,
    chain,
    meta,
    produceBlock: () => chain.produceBlock(),
    produceBlocks,
    stateRoot: () => chain.store.stateRoot(),
    stop: async () => {
      if (timer) clearInterval(timer);
      await server.close();
    },
  };
}

export { customSignedExtensions, defaultMetadataPath, loadChainMetadata, metadataFixtureFiles };
export type { Scenario } from './scenario.ts';
export { DEV_URIS, DEMO_URI, AUTHOR_URI, TAO } from './scenario.ts';
