// `npm start`: the wallet on the local devnet in Chromium. With a display, a real window you can use;
// without one (a server, CI), headless, with a screenshot of the popup written to artifacts/start-popup.png.
// Runs until Ctrl-C; `npm start -- --once` exits after the screenshot.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension } from '../tests/helpers/browser.ts';
import { probe } from '../tests/helpers/popup.ts';

const once = process.argv.includes('--once');
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const DEMO_PASSWORD = 'taovault-demo';
const headless = !process.env.DISPLAY;
const port = Number(process.env.TAOVAULT_DEVNET_PORT ?? 9944);

interface RunningDevnet {
  url: string;
  stop(): Promise<void>;
}

async function startLocalChain(): Promise<RunningDevnet | null> {
  if (!existsSync(resolve('devnet/index.ts'))) return null;
  const entry = '../devnet/index.ts';
  const mod = (await import(entry)) as { startDevnet(o: { port: number; blockMs?: number }): Promise<RunningDevnet> };
  return mod.startDevnet({ port, blockMs: 2_000 });
}

const devnet = await startLocalChain();
if (devnet) console.log(`local Subtensor devnet: ${devnet.url}`);
const session = await launchExtension({ headless });
console.log(`TaoVault ${session.extensionId} loaded in Chromium (${headless ? 'headless' : 'window'})`);
const popup = await session.openPopup();
await popup.getByRole('status').waitFor();
// The wallet follows the local devnet: the built-in "Local devnet" (ws://127.0.0.1:9944), or a custom endpoint
// when TAOVAULT_DEVNET_PORT moves it. The network is a setting of the wallet, kept in its storage.
if (devnet) {
  const id = devnet.url === 'ws://127.0.0.1:9944' ? 'local' : (await probe<{ id: string }>(popup, 'pri(networks.addCustom)', { name: 'Local devnet', url: devnet.url })).id;
  await probe(popup, 'pri(networks.select)', { id });
  console.log(`TaoVault network: ${id} (${devnet.url})`);
}
// Headless there is nobody to type: set up the demo wallet (printed below) so the screenshot shows the
// portfolio on the devnet. With a window, the person starts from a fresh wallet.
if (headless && devnet) {
  await probe(popup, 'pri(vault.create)', { password: DEMO_PASSWORD });
  await probe(popup, 'pri(accounts.importMnemonic)', { mnemonic: DEV_PHRASE, derivationPath: '//Demo', name: 'Demo', type: 'sr25519' });
  await popup.reload();
  await popup.getByText('Demo').first().waitFor({ timeout: 20_000 }).catch(() => undefined);
  console.log(`demo wallet: password "${DEMO_PASSWORD}", account //Demo (1,000 TAO on the devnet)`);
}
await popup.waitForTimeout(1_500);
mkdirSync('artifacts', { recursive: true });
const shot = resolve('artifacts/start-popup.png');
await popup.screenshot({ path: shot });
console.log(`popup screenshot: ${shot}`);

const shutdown = async () => {
  await session.close().catch(() => undefined);
  await devnet?.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
if (once) await shutdown();
else console.log('Running. Press Ctrl-C to stop.');
