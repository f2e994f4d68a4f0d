import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../protocol/envelope.ts';
import type { Channel } from './channel.ts';
import { RpcClient } from './client.ts';
import { memoryPortPair } from './memory-port.ts';
import { MAX_BATCH, portChannel, type PortLike } from './port-channel.ts';
import { BURST_HOLD_MS, serveChannel } from './server.ts';

describe('RpcClient', () => {
  it('fails pending calls with disconnected when the other side goes away', async () => {
    const [a, b] = memoryPortPair('p');
    const server = portChannel(b);
    server.onMessage(() => undefined); // never answers
    const client = new RpcClient(() => portChannel(a), { reconnect: false });
    const call = client.send('pri(system.info)', null);
    setTimeout(() => server.close(), 5);
    await expect(call).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('times out a call that gets no answer', async () => {
    const [a, b] = memoryPortPair('p');
    portChannel(b).onMessage(() => undefined);
    const client = new RpcClient(() => portChannel(a), { timeoutMs: 20 });
    await expect(client.send('pri(system.info)', null)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('re-opens the channel and re-subscribes after the worker restarts', async () => {
    let generation = 0;
    const servers: Channel[] = [];
    const connect = () => {
      const [a, b] = memoryPortPair('p');
      const server = portChannel(b);
      const gen = ++generation;
      serveChannel(server, async (_name, _req, ctx) => {
        ctx.onCancel(() => undefined);
        setTimeout(() => ctx.emit(`update-from-${gen}`), 5);
        return `hello-from-${gen}`;
      });
      servers.push(server);
      return portChannel(a);
    };
    const client = new RpcClient(connect, { timeoutMs: 1_000 });
    const seen: unknown[] = [];
    const sub = client.subscribe('pri(settings.subscribe)', null, (d) => seen.push(d));
    expect(await sub.ready).toBe('hello-from-1');
    await new Promise((r) => setTimeout(r, 20));
    servers[0]!.close();
    await new Promise((r) => setTimeout(r, 400));
    expect(generation).toBe(2);
    expect(seen).toContain('update-from-1');
    // The new worker's current state reaches the subscriber at once, not only its later changes.
    expect(seen).toContain('hello-from-2');
    expect(seen.indexOf('hello-from-2')).toBeLessThan(seen.indexOf('update-from-2'));
    expect(seen).toContain('update-from-2');
  });

  it('ignores messages that are not envelopes', () => {
    const seen: Envelope[] = [];
    const [a, b] = memoryPortPair('p');
    portChannel(a).onMessage((m) => seen.push(m));
    b.postMessage({ kind: 'response' });
    b.postMessage('junk');
    b.postMessage({ kind: 'response', id: 'x', response: 1 });
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(seen).toHaveLength(1);
        resolve();
      }, 5),
    );
  });

  it('sends the requests made in batch() as one port message, and answers ready together as one', async () => {
    const [a, b] = memoryPortPair('p');
    const fromClient: unknown[] = [];
    const fromServer: unknown[] = [];
    const tap = (port: PortLike, log: unknown[]): PortLike => ({
      ...port,
      postMessage: (m) => (log.push(m), port.postMessage(m)),
    });
    serveChannel(portChannel(tap(b, fromServer)), async (name) => `answer to ${name}`);
    const client = new RpcClient(() => portChannel(tap(a, fromClient)));
    let sentInside = -1;
    const answers = client.batch(() => {
      const calls = [
        client.send('pri(system.info)', null),
        client.send('pri(vault.status)', null),
        client.send('pri(settings.get)', null),
      ];
      sentInside = fromClient.length;
      return calls;
    });
    expect(sentInside).toBe(0); // held while batch() runs, sent when it returns
    expect(fromClient).toHaveLength(1);
    expect(await Promise.all(answers)).toEqual([
      'answer to pri(system.info)',
      'answer to pri(vault.status)',
      'answer to pri(settings.get)',
    ]);
    expect(fromClient).toHaveLength(1);
    expect(fromClient[0]).toHaveLength(3);
    expect(fromServer).toHaveLength(1);
    expect((fromServer[0] as Envelope[]).map((m) => m.kind)).toEqual(['response', 'response', 'response']);
    // Outside batch(): one message per request, as before.
    await client.send('pri(system.info)', null);
    expect(fromClient).toHaveLength(2);
    expect(Array.isArray(fromClient[1])).toBe(false);
  });

  it('answers requests that came together in one message, even when their handlers finish in different tasks', async () => {
    const [a, b] = memoryPortPair('p');
    const fromServer: unknown[] = [];
    const tap = (port: PortLike): PortLike => ({
      ...port,
      postMessage: (m) => (fromServer.push(m), port.postMessage(m)),
    });
    const delays: Record<string, number> = { 'pri(system.info)': 0, 'pri(vault.status)': 4, 'pri(settings.get)': 8 };
    serveChannel(
      portChannel(tap(b)),
      (name) => new Promise((r) => setTimeout(() => r(`answer to ${name}`), delays[name])),
    );
    const client = new RpcClient(() => portChannel(a));
    const answers = client.batch(() => Object.keys(delays).map((n) => client.send(n as 'pri(system.info)', null)));
    expect(await Promise.all(answers)).toEqual(Object.keys(delays).map((n) => `answer to ${n}`));
    expect(fromServer).toHaveLength(1);
    expect((fromServer[0] as Envelope[]).map((m) => m.kind)).toEqual(['response', 'response', 'response']);
  });

  // Timers and the clock are simulated: the assertions are about the server's hold, not about how busy the machine is.
  it('lets the answers of a burst wait for a slow one no longer than BURST_HOLD_MS; a lone request is never held', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const [a, b] = memoryPortPair('p');
      const fromServer: Array<{ at: number; m: unknown }> = [];
      const t0 = Date.now();
      const tap = (port: PortLike): PortLike => ({
        ...port,
        postMessage: (m) => (fromServer.push({ at: Date.now() - t0, m }), port.postMessage(m)),
      });
      serveChannel(
        portChannel(tap(b)),
        (name) => new Promise((r) => setTimeout(() => r(name), name === 'pri(vault.status)' ? 200 : 0)),
      );
      const client = new RpcClient(() => portChannel(a));
      const [fast, slow] = client.batch(() => [
        client.send('pri(system.info)', null),
        client.send('pri(vault.status)', null),
      ]);
      await vi.advanceTimersByTimeAsync(BURST_HOLD_MS - 1);
      expect(fromServer).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(await fast).toBe('pri(system.info)');
      expect(fromServer[0]!.at).toBe(BURST_HOLD_MS);
      const lone = client.send('pri(settings.get)', null);
      await vi.advanceTimersByTimeAsync(0);
      expect(fromServer).toHaveLength(2);
      expect(await lone).toBe('pri(settings.get)');
      await vi.advanceTimersByTimeAsync(200);
      expect(await slow).toBe('pri(vault.status)');
      expect(fromServer).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not hold a burst for a request cancelled before its answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const [a, b] = memoryPortPair('p');
      const fromServer: unknown[] = [];
      const tap = (port: PortLike): PortLike => ({
        ...port,
        postMessage: (m) => (fromServer.push(m), port.postMessage(m)),
      });
      serveChannel(portChannel(tap(b)), (name, _request, ctx) =>
        name === 'pri(accounts.subscribe)'
          ? new Promise(() => ctx.onCancel(() => undefined))
          : new Promise((r) => setTimeout(() => r(name), 1)),
      );
      const client = new RpcClient(() => portChannel(a));
      const [sub, info] = client.batch(() => [
        client.subscribe('pri(accounts.subscribe)', null, () => undefined),
        client.send('pri(system.info)', null),
      ]);
      void sub!.ready.catch(() => undefined);
      await vi.advanceTimersByTimeAsync(0); // the server has both and holds the burst for them
      sub!.unsubscribe();
      await vi.advanceTimersByTimeAsync(2);
      expect(fromServer.length).toBeGreaterThan(0);
      expect(await info).toBe('pri(system.info)');
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails the calls of a batch whose channel cannot be opened, instead of throwing', async () => {
    const client = new RpcClient(() => {
      throw new Error('Extension context invalidated.');
    });
    const calls = client.batch(() => [client.send('pri(system.info)', null), client.send('pri(vault.status)', null)]);
    for (const call of calls) await expect(call).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('takes each envelope of a list on its own, and drops a list longer than a batch whole', async () => {
    const seen: Envelope[] = [];
    const [a, b] = memoryPortPair('p');
    portChannel(a).onMessage((m) => seen.push(m));
    b.postMessage([
      { kind: 'response', id: 'x', response: 1 },
      'junk',
      { kind: 'response' },
      { kind: 'data', id: 'x', data: 2 },
    ]);
    b.postMessage(Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ kind: 'response', id: `y${i}`, response: i })));
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.map((m) => m.kind)).toEqual(['response', 'data']);
  });

  it('splits a long list into messages of at most a batch', async () => {
    const [a, b] = memoryPortPair('p');
    const messages: unknown[] = [];
    b.onMessage.addListener((m) => messages.push(m));
    portChannel(a).postAll!(
      Array.from({ length: MAX_BATCH * 2 + 1 }, (_, i) => ({ kind: 'cancel', id: `c${i}` }) as Envelope),
    );
    await new Promise((r) => setTimeout(r, 5));
    expect(messages.map((m) => (Array.isArray(m) ? m.length : 1))).toEqual([MAX_BATCH, MAX_BATCH, 1]);
  });
});
