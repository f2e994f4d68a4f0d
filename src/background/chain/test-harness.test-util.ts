// Test helper: a background (services + router) on in-memory storage, driven through the contract like the
// popup, pointed at an in-process devnet through a custom endpoint.
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startDevnet, type Devnet, type DevnetOptions } from '../../../devnet/index.ts';
import { PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { memoryPortPair } from '../../transport/memory-port.ts';
import { portChannel } from '../../transport/port-channel.ts';
import { acceptPort } from '../router/index.ts';
import type { WalletTx } from './notify.ts';
import { createServices, type Services } from '../services.ts';
import { memoryStorageArea } from '../store/storage-area.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const sender = { id: env.extensionId, url: `${env.extensionOrigin}popup.html` };
export const ALICE_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
export const PASSWORD = 'correct horse 42';

export interface Background {
  api: RpcClient;
  services: Services;
  notified: WalletTx[];
  local: ReturnType<typeof memoryStorageArea>;
  session: ReturnType<typeof memoryStorageArea>;
}

export function background(local = memoryStorageArea(), session = memoryStorageArea()): Background {
  const notified: WalletTx[] = [];
  const services = createServices({ local, session, version: 'test', notify: (r) => notified.push(r) });
  const [a, b] = memoryPortPair(PORT_EXTENSION, sender);
  acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
  return {
    api: new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false }),
    services,
    notified,
    local,
    session,
  };
}

export async function devnetAndWallet(
  opts: { instant?: boolean; metadata?: string; scenario?: DevnetOptions['scenario'] } = {},
): Promise<{ devnet: Devnet; bg: Background; aliceId: string; networkId: string }> {
  await cryptoWaitReady();
  const devnet = await startDevnet({
    port: 0,
    instant: opts.instant ?? true,
    ...(opts.metadata ? { metadata: opts.metadata } : {}),
    ...(opts.scenario ? { scenario: opts.scenario } : {}),
  });
  const bg = background();
  await bg.api.send('pri(vault.create)', { password: PASSWORD });
  const alice = await bg.api.send('pri(accounts.importMnemonic)', {
    mnemonic: ALICE_PHRASE,
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  });
  const net = await bg.api.send('pri(networks.addCustom)', { name: 'devnet', url: devnet.url });
  await bg.api.send('pri(networks.select)', { id: net.id });
  return { devnet, bg, aliceId: alice.id, networkId: net.id };
}

export async function until<T>(
  fn: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
