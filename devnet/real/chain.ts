// The real Subtensor runtime (node-subtensor spec 293, the chain's own compiled code) running in Chopsticks, served
// over JSON-RPC on a local port: what a wallet meets on a real node, on one machine, with no outside network.
import './quiet.ts';
import {
  BuildBlockMode,
  destroyWorker,
  GenesisProvider,
  getAuraSlotDuration,
  setup,
  type Blockchain,
} from '@acala-network/chopsticks-core';
import { hexToU8a } from '@polkadot/util';
import { rawGenesis, runtimeCall, RUNTIME_SPEC } from './genesis.ts';
import { serveRpc } from './server.ts';

export interface RealChainOptions {
  /** TCP port; 0 = a random free port. Default 9944. */
  port?: number;
  host?: string;
  /**
   * How blocks are built: 'instant' builds one block per submitted transaction (tests), a number builds a block
   * every that many ms whether or not anything arrived (like a real chain), 'manual' only on newBlock() /
   * `dev_newBlock`.
   */
  blocks?: 'instant' | 'manual' | number;
  /** Chain spec file (default: the spec-293 runtime kept in devnet/real/runtime/). */
  spec?: string;
  /** Runtime APIs the node answers as absent (see ServeOptions): a node of an older runtime, for tests. */
  withoutRuntimeApis?: readonly string[];
}

export interface RealChain {
  url: string;
  port: number;
  genesisHash: string;
  specVersion: number;
  chain: Blockchain;
  /** Builds n blocks now (each with whatever is waiting in the pool). */
  newBlocks(n?: number): Promise<number>;
  /** The head's block number. */
  head(): number;
  /** From now on a block every `ms` (whether or not anything arrived), like a real chain. */
  every(ms: number): void;
  /** From now on a block per submitted transaction. */
  instant(): void;
  /** From now on blocks only on newBlocks() / `dev_newBlock`. */
  manual(): void;
  stop(): Promise<void>;
}

/** AuraApi_slot_duration asked of the runtime itself (Chopsticks asks without unresolved imports, fails, and falls back to 12 s). */
async function slotDuration(wasm: `0x${string}`): Promise<number> {
  const { result } = await runtimeCall(wasm, 'AuraApi_slot_duration', []);
  return Number(new DataView(hexToU8a(result).buffer).getBigUint64(0, true));
}

export async function startRealChain(opts: RealChainOptions = {}): Promise<RealChain> {
  const { genesis, wasm } = await rawGenesis(opts.spec ?? RUNTIME_SPEC);
  const slot = await slotDuration(wasm);
  // getAuraSlotDuration is memoized per wasm: prime it before the first block is built.
  getAuraSlotDuration.cache.set(wasm, Promise.resolve(slot));
  const mode = opts.blocks ?? 'instant';
  const chain = await setup({
    genesis: new GenesisProvider(genesis),
    buildBlockMode: mode === 'instant' ? BuildBlockMode.Instant : BuildBlockMode.Manual,
    allowUnresolvedImports: true,
    runtimeLogLevel: 0,
    registeredTypes: {},
  });
  const server = await serveRpc({ chain }, opts.port ?? 9944, opts.host ?? '127.0.0.1', {
    withoutRuntimeApis: opts.withoutRuntimeApis,
  });
  const genesisHash = (await chain.getBlockAt(0))!.hash;
  const specVersion = (await chain.head.runtimeVersion).specVersion;

  let building: Promise<unknown> = Promise.resolve();
  const newBlocks = (n = 1): Promise<number> => {
    const run = building.then(async () => {
      for (let i = 0; i < n; i++) await chain.newBlock();
      return chain.head.number;
    });
    building = run.catch(() => undefined);
    return run;
  };
  let timer: ReturnType<typeof setInterval> | null = null;
  const setMode = (next: 'instant' | 'manual' | number) => {
    if (timer) clearInterval(timer);
    timer = null;
    chain.txPool.mode = next === 'instant' ? BuildBlockMode.Instant : BuildBlockMode.Manual;
    if (typeof next === 'number') timer = setInterval(() => void newBlocks(1).catch(() => undefined), next);
  };
  setMode(mode);

  return {
    url: `ws://${opts.host ?? '127.0.0.1'}:${server.port}`,
    port: server.port,
    genesisHash,
    specVersion,
    chain,
    newBlocks,
    head: () => chain.head.number,
    every: (ms) => setMode(ms),
    instant: () => setMode('instant'),
    manual: () => setMode('manual'),
    async stop() {
      if (timer) clearInterval(timer);
      await building.catch(() => undefined);
      await server.close();
      await chain.close();
    },
  };
}

/** Ends the runtime executor (a worker thread shared by every chain of this process) so the process can exit. */
export async function closeRuntimeExecutor(): Promise<void> {
  await destroyWorker();
}
