// The two chains a conformance file compares: the real Subtensor runtime (node-subtensor spec 293 in Chopsticks,
// devnet/real/) and the devnet started with that runtime's metadata and a scenario cloned from the real chain's state
// (from its own block 0: block numbers differ, so each side's epochs follow its own numbering). Each side is reached
// as a client reaches it: an unmodified ApiPromise and a bare JSON-RPC connection. Both build one block per submitted
// transaction, and more on newBlocks().
import '@polkadot/api-augment';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { fixturesMetadataDir } from '../../../devnet/chain/metadata.ts';
import { startDevnet, type Devnet } from '../../../devnet/index.ts';
import { startRealChain, type RealChain } from '../../../devnet/real/chain.ts';
import { seedRealChain, type SeededState } from '../../../devnet/real/seed.ts';
import { scenarioFromChain } from './clone.ts';
import { rawRpc, type RawRpc } from './rpc.ts';

export const SPEC293_METADATA = join(fixturesMetadataDir, 'subtensor-spec293-v15.scale');

export type SideName = 'real' | 'devnet';

export interface Side {
  name: SideName;
  url: string;
  api: ApiPromise;
  rpc: RawRpc;
  /** Builds n blocks now; resolves with the head's number. */
  newBlocks(n?: number): Promise<number>;
  head(): number;
}

export interface Pair {
  real: Side & { chain: RealChain };
  devnet: Side & { devnet: Devnet };
  /** Both sides, real first. */
  both: [Side, Side];
  seeded: SeededState | null;
  stop(): Promise<void>;
}

async function connect(url: string): Promise<{ api: ApiPromise; rpc: RawRpc }> {
  const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true, throwOnConnect: true });
  return { api, rpc: await rawRpc(url) };
}

/** Starts both chains (the real one seeded with a staking state if `seed`), the devnet cloned from it. */
export async function startPair(opts: { seed: boolean }): Promise<Pair> {
  await cryptoWaitReady();
  const chain = await startRealChain({ port: 0, blocks: 'instant' });
  const seeded = opts.seed ? await seedRealChain(chain.url, { newBlocks: chain.newBlocks }) : null;
  const real = await connect(chain.url);
  const scenario = await scenarioFromChain(real.api);
  const devnet = await startDevnet({ port: 0, instant: true, metadata: SPEC293_METADATA, scenario });
  const dev = await connect(devnet.url);
  const realSide = {
    name: 'real' as const,
    url: chain.url,
    ...real,
    chain,
    newBlocks: (n = 1) => chain.newBlocks(n),
    head: () => chain.head(),
  };
  const devSide = {
    name: 'devnet' as const,
    url: devnet.url,
    ...dev,
    devnet,
    newBlocks: async (n = 1) => devnet.produceBlocks(n).at(-1)?.number ?? devnet.chain.head.number,
    head: () => devnet.chain.head.number,
  };
  return {
    real: realSide,
    devnet: devSide,
    both: [realSide, devSide],
    seeded,
    async stop() {
      for (const side of [realSide, devSide]) {
        await side.rpc.close().catch(() => undefined);
        await side.api.disconnect().catch(() => undefined);
      }
      await devnet.stop();
      await chain.stop();
    },
  };
}
