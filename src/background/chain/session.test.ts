import { describe, expect, it } from 'vitest';
import type { ChainStatus } from '../../protocol/domains/chain-values.ts';
import { ChainSession, defaultBackoff, type Link } from './session.ts';
import { validateEndpoint } from './networks.ts';

/** A fake network: endpoints that are up or down, links the test can drop. */
function fakeNet() {
  const up = new Set<string>();
  const attempts: string[] = [];
  const links: Array<{ endpoint: string; drop: (why: string) => void; closed: boolean }> = [];
  const connector = async (endpoint: string): Promise<Link & { endpoint: string }> => {
    attempts.push(endpoint);
    await Promise.resolve();
    if (!up.has(endpoint)) throw new Error(`${endpoint} is unreachable`);
    let listener: (why: string) => void = () => undefined;
    const entry = { endpoint, drop: (why: string) => listener(why), closed: false };
    links.push(entry);
    return {
      endpoint,
      onClose: (l) => {
        listener = l;
      },
      close: async () => {
        entry.closed = true;
      },
    };
  };
  return { up, attempts, links, connector };
}

const until = async (cond: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('ChainSession', () => {
  it('is lazy: nothing connects until first use', async () => {
    const net = fakeNet();
    const s = new ChainSession({ networkId: 'n', endpoints: ['ws://a'], connector: net.connector });
    await new Promise((r) => setTimeout(r, 10));
    expect(net.attempts).toEqual([]);
    expect(s.status().state).toBe('connecting');
  });

  it('fails over to the next endpoint when the first is down', async () => {
    const net = fakeNet();
    net.up.add('ws://b');
    const s = new ChainSession({
      networkId: 'n',
      endpoints: ['ws://a', 'ws://b'],
      connector: net.connector,
      backoff: () => 5,
    });
    const link = await s.ready();
    expect(link.endpoint).toBe('ws://b');
    expect(net.attempts).toEqual(['ws://a', 'ws://b']);
    expect(s.status()).toMatchObject({ state: 'connected', endpoint: 'ws://b' });
    await s.close();
  });

  it('all endpoints down: offline, waiters rejected with network-offline, retries with backoff, then reconnects by itself', async () => {
    const net = fakeNet();
    const seen: ChainStatus['state'][] = [];
    const retries: boolean[] = [];
    const s = new ChainSession({
      networkId: 'n',
      endpoints: ['ws://a', 'ws://b'],
      connector: net.connector,
      backoff: () => 20,
    });
    s.onStatus((st) => {
      seen.push(st.state);
      retries.push(st.retrying === true);
    });
    await expect(s.ready()).rejects.toMatchObject({ code: 'unavailable', data: { reason: 'network-offline' } });
    expect(s.status()).toMatchObject({ state: 'offline', lastError: 'ws://b is unreachable' });
    expect(s.status().retryAt).toBeTypeOf('number');
    net.up.add('ws://a');
    const relinked = new Promise<string>((resolve) => s.onLink((l) => resolve(l.endpoint)));
    expect(await relinked).toBe('ws://a');
    expect(seen).toContain('offline');
    expect(s.status().state).toBe('connected');
    // Once offline, retries are reported as offline (retrying) until one succeeds: never "connecting" again.
    expect(seen.slice(seen.indexOf('offline'))).not.toContain('connecting');
    expect(retries).toContain(true);
    expect(s.status().retrying).toBeUndefined();
    await s.close();
  });

  it('a dropped link is replaced: the next endpoint first, and every link is announced (to resubscribe)', async () => {
    const net = fakeNet();
    net.up.add('ws://a');
    net.up.add('ws://b');
    const s = new ChainSession({
      networkId: 'n',
      endpoints: ['ws://a', 'ws://b'],
      connector: net.connector,
      backoff: () => 5,
    });
    const announced: string[] = [];
    s.onLink((l) => announced.push(l.endpoint));
    await s.ready();
    net.links[0]!.drop('gone');
    await until(() => announced.length === 2);
    expect(announced).toEqual(['ws://a', 'ws://b']);
    expect(s.status()).toMatchObject({ state: 'connected', endpoint: 'ws://b' });
    await s.close();
    expect(net.links[1]!.closed).toBe(true);
  });

  it('a node that goes away and comes back on the same endpoint: offline, then connected again', async () => {
    const net = fakeNet();
    net.up.add('ws://a');
    const s = new ChainSession({ networkId: 'n', endpoints: ['ws://a'], connector: net.connector, backoff: () => 10 });
    await s.ready();
    net.up.delete('ws://a');
    net.links[0]!.drop('closed');
    await until(() => s.status().state === 'offline');
    net.up.add('ws://a');
    await until(() => s.status().state === 'connected');
    expect(net.links).toHaveLength(2);
    await s.close();
  });

  it('close stops retrying and rejects waiters', async () => {
    const net = fakeNet();
    const s = new ChainSession({
      networkId: 'n',
      endpoints: ['ws://a'],
      connector: net.connector,
      backoff: () => 10_000,
    });
    await expect(s.ready()).rejects.toMatchObject({ code: 'unavailable' });
    const tries = net.attempts.length;
    await s.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(net.attempts.length).toBe(tries);
    await expect(s.ready()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(defaultBackoff)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});

describe('custom endpoints', () => {
  it('accepts ws:// and wss:// only, with a reason otherwise', () => {
    expect(validateEndpoint(' wss://node.example.com:443/ ')).toBe('wss://node.example.com');
    expect(validateEndpoint('ws://127.0.0.1:9944')).toBe('ws://127.0.0.1:9944');
    expect(() => validateEndpoint('https://node.example.com')).toThrow(
      expect.objectContaining({ data: { reason: 'endpoint-scheme' } }),
    );
    expect(() => validateEndpoint('node.example.com')).toThrow(
      expect.objectContaining({ data: { reason: 'endpoint-invalid' } }),
    );
    expect(() => validateEndpoint('ws://user:pw@host')).toThrow(
      expect.objectContaining({ data: { reason: 'endpoint-invalid' } }),
    );
  });
});
