// CLI: npm run devnet -- [--port 9944] [--block-ms 1000 | --instant] [--scenario FILE] [--metadata FILE | --runtime current] [--genesis-hash 0x…]
import { metadataCurrent } from './chain/metadata-current.ts';
import { startDevnet, type DevnetOptions } from './index.ts';

function parseArgs(argv: string[]): DevnetOptions {
  const opts: DevnetOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') opts.port = Number(next());
    else if (a === '--block-ms') opts.blockMs = Number(next());
    else if (a === '--instant') opts.instant = true;
    else if (a === '--scenario') opts.scenario = next();
    else if (a === '--metadata') opts.metadata = next();
    else if (a === '--runtime') {
      if (next() !== 'current') throw new Error('--runtime takes one value: current (see devnet/README.md)');
      opts.metadata = metadataCurrent();
    } else if (a === '--genesis-hash') opts.genesisHash = next();
    else if (a === '--host') opts.host = next();
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run devnet -- [--port 9944] [--block-ms 1000|--instant] [--scenario FILE] [--metadata FILE | --runtime current] [--genesis-hash 0x..] [--host 127.0.0.1]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const devnet = await startDevnet(parseArgs(process.argv.slice(2)));
console.log(
  `Subtensor devnet (spec ${devnet.meta.specVersion}, metadata V${devnet.meta.version}) at ${devnet.url} (HTTP ${devnet.httpUrl}); genesis ${devnet.genesisHash}`,
);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  devnet.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
