import { describe, expect, it } from 'vitest';
import { PORT_CONTENT, PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { memoryPortPair } from '../../transport/memory-port.ts';
import { portChannel } from '../../transport/port-channel.ts';
import { createServices } from '../services.ts';
import { memoryStorageArea } from '../store/storage-area.ts';
import { acceptPort } from './index.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const popupSender = { id: env.extensionId, url: `${env.extensionOrigin}popup.html` };
const pageSender = {
  id: env.extensionId,
  url: 'https://dapp.example/stake',
  origin: 'https://dapp.example',
  tab: { id: 7 },
};

function setup(portName: string, sender: unknown) {
  const area = memoryStorageArea();
  const services = createServices({ local: area, session: memoryStorageArea(), version: '9.9.9' });
  const [clientEnd, serverEnd] = memoryPortPair(portName, sender);
  const accepted = acceptPort(serverEnd as Parameters<typeof acceptPort>[0], services, env);
  const client = new RpcClient(() => portChannel(clientEnd), { timeoutMs: 2_000, reconnect: false });
  return { client, area, accepted };
}

describe('router', () => {
  it('serves the popup: system info and settings round trip through the contract', async () => {
    const { client, area } = setup(PORT_EXTENSION, popupSender);
    expect((await client.send('pri(system.info)', null)).version).toBe('9.9.9');
    const updated = await client.send('pri(settings.update)', { language: 'zh-CN' });
    expect(updated.language).toBe('zh-CN');
    expect((area.dump().settings as { language: string }).language).toBe('zh-CN');
  });

  it('refuses invalid bodies with invalid-request and changes nothing', async () => {
    const { client, area } = setup(PORT_EXTENSION, popupSender);
    await expect(client.send('pri(settings.update)', { autoLockMinutes: -5 })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(client.send('pri(settings.update)', { language: 'fr' } as never)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(client.send('pri(settings.update)', { evil: 1 } as never)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(area.dump().settings).toBeUndefined();
  });

  it('refuses unknown names', async () => {
    const { client } = setup(PORT_EXTENSION, popupSender);
    await expect(client.send('pri(vault.exportEverything)' as never, null as never)).rejects.toMatchObject({
      code: 'unknown-message',
    });
  });

  it('refuses privileged messages from a web page, whatever the message claims', async () => {
    const { client, area } = setup(PORT_CONTENT, pageSender);
    await expect(client.send('pri(settings.update)', { language: 'en' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(client.send('pri(system.info)', null)).rejects.toMatchObject({ code: 'forbidden' });
    expect(area.dump()).toEqual({});
  });

  it('answers a page that was never authorised with not authorised', async () => {
    const { client } = setup(PORT_CONTENT, pageSender);
    await expect(client.send('pub(dapp.accounts)', {})).rejects.toMatchObject({ code: 'unauthorised' });
  });

  it('disconnects ports with unknown names or foreign senders before reading anything', () => {
    expect(setup('evil-port', popupSender).accepted).toBe(false);
    expect(setup(PORT_EXTENSION, { ...popupSender, id: 'someone-else' }).accepted).toBe(false);
    expect(setup(PORT_EXTENSION, { ...pageSender }).accepted).toBe(false);
    expect(setup(PORT_CONTENT, { ...pageSender, url: 'file:///etc/passwd' }).accepted).toBe(false);
    expect(setup(PORT_CONTENT, { ...pageSender, tab: undefined }).accepted).toBe(false);
  });

  it('streams subscription updates until unsubscribed', async () => {
    const { client } = setup(PORT_EXTENSION, popupSender);
    const seen: string[] = [];
    const sub = client.subscribe('pri(settings.subscribe)', null, (s) => seen.push(s.theme));
    expect((await sub.ready).theme).toBe('system');
    await client.send('pri(settings.update)', { theme: 'dark' });
    await new Promise((r) => setTimeout(r, 10));
    sub.unsubscribe();
    await client.send('pri(settings.update)', { theme: 'light' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['dark']);
  });
});
