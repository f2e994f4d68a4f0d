// CLI: npm run chain -- [--port 9944] [--block-ms 2000 | --instant | --manual] [--no-seed] [--host 127.0.0.1]
// The real Subtensor runtime (spec 293) in Chopsticks, seeded with a realistic staking state.
import { closeRuntimeExecutor, startRealChain, type RealChainOptions } from './chain.ts';
import { seedRealChain } from './seed.ts';

function parseArgs(argv: string[]): RealChainOptions & { seed: boolean } {
  const opts: RealChainOptions & { seed: boolean } = { seed: true, blocks: 2_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') opts.port = Number(next());
    else if (a === '--host') opts.host = next();
    else if (a === '--block-ms') opts.blocks = Number(next());
    else if (a === '--instant') opts.blocks = 'instant';
    else if (a === '--manual') opts.blocks = 'manual';
    else if (a === '--no-seed') opts.seed = false;
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run chain -- [--port 9944] [--block-ms 2000|--instant|--manual] [--no-seed] [--host 127.0.0.1]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const { seed, ...opts } = parseArgs(process.argv.slice(2));
const timed = typeof opts.blocks === 'number' ? opts.blocks : null;
// Seeding runs one block per transaction; the timer starts once the state is there.
const chain = await startRealChain({ ...opts, blocks: seed ? 'instant' : opts.blocks });
console.log(
  `real Subtensor runtime (node-subtensor spec ${chain.specVersion}, in Chopsticks) at ${chain.url}; genesis ${chain.genesisHash}`,
);
if (seed) {
  const state = await seedRealChain(chain.url, { newBlocks: chain.newBlocks });
  console.log(
    `seeded at block ${state.head}: subnet ${state.netuid} (owner hotkey ${state.validatorA}), apex ${state.apex}, demo ${state.demo}`,
  );
  if (timed) chain.every(timed);
  else if (opts.blocks === 'manual') chain.manual();
}
console.log(
  timed
    ? `a block every ${timed} ms`
    : opts.blocks === 'manual'
      ? 'blocks on dev_newBlock only'
      : 'a block per transaction',
);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  chain
    .stop()
    .then(closeRuntimeExecutor)
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
