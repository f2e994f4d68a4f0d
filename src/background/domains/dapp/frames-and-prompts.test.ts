// Frames and prompts (issue 18): an opaque-origin frame is not credited with its URL's origin, a cross-origin
// frame's request shows the top-level page beside it, and one origin cannot bury the person in prompts.
import { describe, expect, it, vi } from 'vitest';
import { PORT_CONTENT } from '../../../protocol/ports.ts';
import { memoryPortPair } from '../../../transport/memory-port.ts';
import { identifyCaller } from '../../router/accept.ts';
import { background, connect, walletWithAliceAndBob } from './test-kit.test-util.ts';
import { MAX_PROMPTS_PER_MINUTE, MAX_WAITING_PER_ORIGIN } from './prompts.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const port = (sender: object) =>
  memoryPortPair(PORT_CONTENT, { id: env.extensionId, ...sender })[1] as Parameters<typeof identifyCaller>[0];

describe('frames', () => {
  it('a sandboxed frame (origin "null") is refused, not credited with the origin its URL names', () => {
    expect(
      identifyCaller(
        port({
          url: 'https://dapp.example/frame',
          origin: 'null',
          frameId: 3,
          tab: { id: 7, url: 'https://evil.example/' },
        }),
        env,
      ),
    ).toBeNull();
    expect(
      identifyCaller(
        port({ url: 'https://dapp.example/', origin: 'https://dapp.example', frameId: 0, tab: { id: 7 } }),
        env,
      ),
    ).toMatchObject({ origin: 'https://dapp.example' });
  });

  it("a cross-origin frame's request shows the top-level page's origin beside its own", async () => {
    const caller = identifyCaller(
      port({
        url: 'https://dapp.example/embed',
        origin: 'https://dapp.example',
        frameId: 5,
        tab: { id: 7, url: 'https://news.example/article' },
      }),
      env,
    );
    expect(caller).toMatchObject({ origin: 'https://dapp.example', topOrigin: 'https://news.example' });
    const sameOrigin = identifyCaller(
      port({
        url: 'https://dapp.example/embed',
        origin: 'https://dapp.example',
        frameId: 5,
        tab: { id: 7, url: 'https://dapp.example/' },
      }),
      env,
    );
    expect(sameOrigin).not.toHaveProperty('topOrigin');

    const kit = background();
    await walletWithAliceAndBob(kit.popup);
    const [pa, pb] = memoryPortPair(PORT_CONTENT, {
      id: env.extensionId,
      url: 'https://dapp.example/embed',
      origin: 'https://dapp.example',
      frameId: 5,
      tab: { id: 7, url: 'https://news.example/article' },
    });
    const { acceptPort } = await import('../../router/index.ts');
    acceptPort(pb as Parameters<typeof acceptPort>[0], kit.services, env);
    const { RpcClient } = await import('../../../transport/client.ts');
    const { portChannel } = await import('../../../transport/port-channel.ts');
    const framed = new RpcClient(() => portChannel(pa), { timeoutMs: 5_000, reconnect: false });
    const asked = framed.send('pub(dapp.enable)', { appName: 'Embedded' }, 0).catch(() => undefined);
    const request = await kit.waitFor('connect');
    expect(request).toMatchObject({ origin: 'https://dapp.example', topOrigin: 'https://news.example' });
    kit.services.approvals.cancel(request.id);
    await asked;
  });
});

describe('prompts from one origin', () => {
  it('at most a few wait at once and a few a minute; the rest are refused without reaching the person', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const kit = background();
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, 'https://spammy.example', [alice.id]);
    const asks = Array.from({ length: 20 }, (_, i) =>
      page.send('pub(dapp.signRaw)', { address: alice.address, data: `message ${i}`, type: 'bytes' }, 0).then(
        () => 'signed',
        (e: { code: string }) => e.code,
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(kit.views().length).toBe(MAX_WAITING_PER_ORIGIN);
    for (const v of kit.views()) await kit.popup.send('pri(approvals.reject)', { id: v.id });
    const answers = await Promise.all(asks);
    expect(answers.filter((a) => a === 'rejected')).toHaveLength(MAX_WAITING_PER_ORIGIN);
    expect(answers.filter((a) => a === 'too-many-attempts')).toHaveLength(20 - MAX_WAITING_PER_ORIGIN);
    // The per-minute bound: answered one by one, the origin still gets no more than the bound in a minute.
    let shown = MAX_WAITING_PER_ORIGIN + 1; // the connect request was one of this minute's prompts
    for (let i = 0; i < MAX_PROMPTS_PER_MINUTE; i++) {
      const asked = page.send('pub(dapp.signRaw)', { address: alice.address, data: 'again', type: 'bytes' }, 0).then(
        () => 'signed',
        (e: { code: string }) => e.code,
      );
      await new Promise((r) => setTimeout(r, 20));
      const v = kit.views()[0];
      if (v) {
        shown++;
        await kit.popup.send('pri(approvals.reject)', { id: v.id });
      }
      await asked;
    }
    expect(shown).toBe(MAX_PROMPTS_PER_MINUTE);
    // Another origin is not held back by this one.
    const other = await connect(kit, 'https://calm.example', [alice.id]);
    const calm = other.send('pub(dapp.signRaw)', { address: alice.address, data: 'hello', type: 'bytes' }, 0);
    const v = await kit.waitFor('sign-raw');
    expect(v.origin).toBe('https://calm.example');
    await kit.popup.send('pri(approvals.reject)', { id: v.id });
    await expect(calm).rejects.toMatchObject({ code: 'rejected' });
  });
});
