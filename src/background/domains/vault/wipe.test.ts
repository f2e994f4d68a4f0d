// "Wipe this wallet" from the unlock screen (issue 22): a person who forgot the password erases TaoVault on this
// device. Driven through the router as the popup and a web page would: every stored item goes, the wallet is as on
// its first run, a waiting dApp request is refused, and a web page cannot ask for it.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_KEY } from '../../../protocol/first-screen.ts';
import { PORT_CONTENT, PORT_EXTENSION } from '../../../protocol/ports.ts';
import { RpcClient } from '../../../transport/client.ts';
import { memoryPortPair } from '../../../transport/memory-port.ts';
import { portChannel } from '../../../transport/port-channel.ts';
import { acceptPort } from '../../router/index.ts';
import { createServices } from '../../services.ts';
import { memoryStorageArea } from '../../store/storage-area.ts';
import { DEV_PHRASE, fakeUi, PASSWORD } from '../dapp/test-kit.test-util.ts';
import { WIPED_MESSAGE } from './wipe.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function wallet() {
  const local = memoryStorageArea();
  const session = memoryStorageArea();
  const { ui } = fakeUi();
  const services = createServices({
    local,
    session,
    version: 'test',
    approvalUi: ui,
    connector: async () => Promise.reject(new Error('offline')),
  });
  const client = (portName: string, sender: object) => {
    const [a, b] = memoryPortPair(portName, { id: env.extensionId, ...sender });
    acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
    return new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false });
  };
  const popup = client(PORT_EXTENSION, { url: `${env.extensionOrigin}popup.html` });
  const page = (origin: string) => client(PORT_CONTENT, { url: `${origin}/app`, origin, tab: { id: 7 } });
  return { local, session, popup, page };
}

/** A wallet with an account, a contact, a language, a connected site and a network of its own, then locked. */
async function usedAndLocked(w: ReturnType<typeof wallet>) {
  await w.popup.send('pri(vault.create)', { password: PASSWORD });
  await w.popup.send('pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  });
  await w.popup.send('pri(addressBook.add)', {
    name: 'Carol',
    address: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
  });
  await w.popup.send('pri(settings.update)', { language: 'zh-CN' });
  await w.popup.send('pri(vault.lock)', null);
  expect(Object.keys(w.local.dump())).toEqual(expect.arrayContaining(['vault', 'settings', 'addressBook']));
}

describe('wiping the wallet', () => {
  it('a locked wallet is erased: nothing stays in storage, it is as on its first run, and a new one starts empty', async () => {
    const w = wallet();
    await usedAndLocked(w);
    const status = await w.popup.send('pri(vault.wipe)', { confirm: true });
    expect(status).toEqual({ initialised: false, locked: true });
    expect(w.local.dump()).toEqual({});
    // Session storage keeps at most the popup's first-screen copy, which now says only "no wallet yet".
    expect(Object.keys(w.session.dump()).filter((k) => k !== FIRST_SCREEN_KEY)).toEqual([]);
    expect(JSON.stringify(w.session.dump())).not.toMatch(/Alice|5Grw|zh-CN/);
    expect(await w.popup.send('pri(vault.status)', null)).toEqual({ initialised: false, locked: true });
    // The old password opens nothing; settings are back to their defaults (in memory too, not only in storage).
    await expect(w.popup.send('pri(vault.unlock)', { password: PASSWORD })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await w.popup.send('pri(settings.get)', null)).language).toBe('auto');
    await w.popup.send('pri(vault.create)', { password: 'another password 7' });
    expect(await w.popup.send('pri(accounts.list)', null)).toEqual([]);
    expect(await w.popup.send('pri(addressBook.subscribe)', null)).toEqual([]);
  });

  it('an unlocked wallet is erased too, and the person is told nothing else than the new state', async () => {
    const w = wallet();
    await usedAndLocked(w);
    await w.popup.send('pri(vault.unlock)', { password: PASSWORD });
    expect(await w.popup.send('pri(vault.wipe)', { confirm: true })).toEqual({ initialised: false, locked: true });
    expect(w.local.dump()).toEqual({});
    await expect(w.popup.send('pri(accounts.list)', null)).rejects.toMatchObject({ code: 'locked' });
  });

  it('a dApp request waiting for the person is refused by the wipe', async () => {
    const w = wallet();
    await usedAndLocked(w);
    const enabled = w.page('https://app.example').send('pub(dapp.enable)', { appName: 'Test dApp' }, 0);
    enabled.catch(() => undefined);
    await vi.waitFor(async () => expect((await w.popup.send('pri(approvals.subscribe)', null)).length).toBe(1));
    await w.popup.send('pri(vault.wipe)', { confirm: true });
    await expect(enabled).rejects.toMatchObject({ code: 'rejected', message: WIPED_MESSAGE });
  });

  it('needs the confirmation and cannot be asked by a web page', async () => {
    const w = wallet();
    await usedAndLocked(w);
    await expect(w.popup.send('pri(vault.wipe)', {} as never)).rejects.toMatchObject({ code: 'invalid-request' });
    const page = w.page('https://evil.example');
    await expect(page.send('pri(vault.wipe)', { confirm: true })).rejects.toMatchObject({ code: 'forbidden' });
    expect(Object.keys(w.local.dump())).toContain('vault');
    expect(await w.popup.send('pri(vault.status)', null)).toEqual({ initialised: true, locked: true });
  });
});
