import { describe, expect, it } from 'vitest';
import type { Envelope } from '../protocol/envelope.ts';
import type { Channel } from './channel.ts';
import { RpcClient } from './client.ts';
import { memoryPortPair } from './memory-port.ts';
import { portChannel } from './port-channel.ts';
import { serveChannel } from './server.ts';

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
});
