import type { ApprovalView } from '../../../protocol/domains/approvals-values.ts';
import { PORT_CONTENT, PORT_EXTENSION } from '../../../protocol/ports.ts';
import { RpcClient } from '../../../transport/client.ts';
import { memoryPortPair } from '../../../transport/memory-port.ts';
import { portChannel } from '../../../transport/port-channel.ts';
import type { ApprovalUi } from '../../approvals/types.ts';
import type { ChainAccess } from '../../chain/access.ts';
import { acceptPort } from '../../router/index.ts';
import { createServices, type Services } from '../../services.ts';
import { memoryStorageArea } from '../../store/storage-area.ts';

export const PASSWORD = 'correct horse 42';
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };

/** A fake approval window: records what was opened, closed and badged. */
export function fakeUi() {
  const log = { opened: [] as string[], closed: [] as number[], badge: 0 };
  const ui: ApprovalUi = {
    open: async (path) => {
      log.opened.push(path);
      return 100 + log.opened.length;
    },
    focus: async () => undefined,
    close: async (w) => void log.closed.push(w),
    setBadge: async (n) => {
      log.badge = n;
    },
  };
  return { ui, log };
}

/** A background with a popup client and a way to open web pages of any origin on any tab. */
export function background(chainAccess?: ChainAccess) {
  const local = memoryStorageArea();
  const { ui, log } = fakeUi();
  const services: Services = createServices({
    local,
    session: memoryStorageArea(),
    version: 'test',
    approvalUi: ui,
    chainAccess,
    connector: async () => Promise.reject(new Error('offline')),
  });
  const [a, b] = memoryPortPair(PORT_EXTENSION, { id: env.extensionId, url: `${env.extensionOrigin}popup.html` });
  acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
  const popup = new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false });
  const page = (origin: string, tabId = 7) => {
    const [pa, pb] = memoryPortPair(PORT_CONTENT, {
      id: env.extensionId,
      url: `${origin}/app`,
      origin,
      tab: { id: tabId },
    });
    acceptPort(pb as Parameters<typeof acceptPort>[0], services, env);
    return new RpcClient(() => portChannel(pa), { timeoutMs: 60_000, reconnect: false });
  };
  let views: ApprovalView[] = [];
  const sub = popup.subscribe('pri(approvals.subscribe)', null, (v) => {
    views = v;
  });
  void sub.ready.then((v) => {
    views = v;
  });
  /** Waits until a request of this kind is in the queue (as the approval window would see it). */
  const waitFor = async <K extends ApprovalView['kind']>(kind: K): Promise<Extract<ApprovalView, { kind: K }>> => {
    for (let i = 0; i < 500; i++) {
      const found = views.find((v): v is Extract<ApprovalView, { kind: K }> => v.kind === kind);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${kind} approval appeared`);
  };
  return { services, local, log, popup, page, waitFor, views: () => views };
}

/** A wallet with //Alice and //Bob (dev phrase). */
export async function walletWithAliceAndBob(popup: RpcClient) {
  await popup.send('pri(vault.create)', { password: PASSWORD });
  const alice = await popup.send('pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  });
  const bob = await popup.send('pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Bob',
    name: 'Bob',
    type: 'sr25519',
  });
  return { alice, bob };
}

/** Connects an origin, exposing the given accounts. */
export async function connect(kit: ReturnType<typeof background>, origin: string, accountIds: string[]) {
  const page = kit.page(origin);
  const enabled = page.send('pub(dapp.enable)', { appName: 'Test dApp' }, 0);
  const request = await kit.waitFor('connect');
  await kit.popup.send('pri(approvals.approve)', { id: request.id, accountIds });
  await enabled;
  return page;
}
