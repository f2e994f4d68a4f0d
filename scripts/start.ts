// `npm start`: the wallet in Chromium on a local chain. By default the real Subtensor runtime (node-subtensor spec
// 293, the chain's own compiled code, in Chopsticks), seeded with real extrinsics and building a block every 2 s
// like a real chain; `npm start -- --devnet` runs the simulated devnet instead (spec 346 metadata and features newer
// than spec 293). With a display you get a window you can use; without one (a server, CI), headless, with the demo
// wallet set up and a screenshot of the popup in artifacts/start-popup.png. Runs until Ctrl-C; `--once` exits after
// the screenshot.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension } from '../tests/helpers/browser.ts';
import { probe } from '../tests/helpers/popup.ts';

const args = process.argv.slice(2);
const once = args.includes('--once');
const simulated = args.includes('--devnet');
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const DEMO_PASSWORD = 'taovault-demo';
const headless = !process.env.DISPLAY;
const port = Number(process.env.TAOVAULT_DEVNET_PORT ?? 9944);
const BLOCK_MS = 2_000;

interface LocalChain {
  url: string;
  describe: string;
  stop(): Promise<void>;
}

async function startReal(): Promise<LocalChain> {
  const { startRealChain, closeRuntimeExecutor } = await import('../devnet/real/chain.ts');
  const { seedRealChain } = await import('../devnet/real/seed.ts');
  const started = Date.now();
  const chain = await startRealChain({ port, blocks: 'instant' });
  console.log(
    `real Subtensor runtime (node-subtensor spec ${chain.specVersion}, in Chopsticks) at ${chain.url}; seeding with real extrinsics…`,
  );
  const seeded = await seedRealChain(chain.url, { newBlocks: chain.newBlocks });
  chain.every(BLOCK_MS);
  console.log(
    `seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: subnet ${seeded.netuid} and apex, two validators, nominations; a block every ${BLOCK_MS / 1000} s`,
  );
  return {
    url: chain.url,
    describe: `the real Subtensor runtime, spec ${chain.specVersion}`,
    async stop() {
      await chain.stop();
      await closeRuntimeExecutor();
    },
  };
}

async function startSimulated(): Promise<LocalChain> {
  const { startDevnet } = await import('../devnet/index.ts');
  const devnet = await startDevnet({ port, blockMs: BLOCK_MS });
  console.log(`simulated Subtensor devnet (spec ${devnet.meta.specVersion} metadata) at ${devnet.url}`);
  return {
    url: devnet.url,
    describe: `the simulated devnet, spec ${devnet.meta.specVersion}`,
    stop: () => devnet.stop(),
  };
}

const chain = simulated ? await startSimulated() : await startReal();
const session = await launchExtension({ headless });
console.log(`TaoVault ${session.extensionId} loaded in Chromium (${headless ? 'headless' : 'window'})`);
const popup = await session.openPopup();
await probe(popup, 'pri(system.info)', null); // the background answers
// The wallet follows the local chain: the built-in "Local node" (ws://127.0.0.1:9944), or a custom endpoint when
// TAOVAULT_DEVNET_PORT moves it. The network is a setting of the wallet, kept in its storage.
const id =
  chain.url === 'ws://127.0.0.1:9944'
    ? 'local'
    : (await probe<{ id: string }>(popup, 'pri(networks.addCustom)', { name: 'Local node', url: chain.url })).id;
await probe(popup, 'pri(networks.select)', { id });
console.log(`TaoVault network: ${id} (${chain.url}, ${chain.describe})`);
// Headless there is nobody to type: set up the demo wallet (printed below) so the screenshot shows the portfolio.
// With a window, the person starts from a fresh wallet.
if (headless) {
  await probe(popup, 'pri(vault.create)', { password: DEMO_PASSWORD });
  await probe(popup, 'pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Demo',
    name: 'Demo',
    type: 'sr25519',
  });
  await popup.reload();
  await popup
    .getByRole('article', { name: 'Balances of Demo' })
    .getByRole('list')
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  console.log(
    `demo wallet: password "${DEMO_PASSWORD}", account //Demo (1,000 TAO${simulated ? '' : ', staked on root and subnet 2 by the seed'})`,
  );
}
await popup.waitForTimeout(1_500);
mkdirSync('artifacts', { recursive: true });
const shot = resolve('artifacts/start-popup.png');
await popup.screenshot({ path: shot });
console.log(`popup screenshot: ${shot}`);

const shutdown = async () => {
  await session.close().catch(() => undefined);
  await chain.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
if (once) await shutdown();
else console.log('Running. Press Ctrl-C to stop.');
