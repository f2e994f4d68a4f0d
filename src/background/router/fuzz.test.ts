import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../protocol/errors.ts';
import { contract } from '../../protocol/index.ts';
import { PORT_CONTENT, PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { memoryPortPair } from '../../transport/memory-port.ts';
import { portChannel } from '../../transport/port-channel.ts';
import { createServices } from '../services.ts';
import { memoryStorageArea } from '../store/storage-area.ts';
import { randomName, randomValue, rng } from './fuzz-kit.test-util.ts';
import { acceptPort } from './index.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const SENDERS = {
  page: {
    port: PORT_CONTENT,
    sender: { id: env.extensionId, url: 'https://evil.example/x', origin: 'https://evil.example', tab: { id: 3 } },
  },
  extension: { port: PORT_EXTENSION, sender: { id: env.extensionId, url: `${env.extensionOrigin}popup.html` } },
};

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // 12,000 refusals would flood the output
});

async function fuzz(kind: keyof typeof SENDERS, count: number, seed: number) {
  const local = memoryStorageArea();
  const session = memoryStorageArea();
  const services = createServices({ local, session, version: 'fuzz' });
  const [a, b] = memoryPortPair(SENDERS[kind].port, SENDERS[kind].sender);
  acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
  const client = new RpcClient(() => portChannel(a), { timeoutMs: 10_000, reconnect: false });
  const before = JSON.stringify([local.dump(), session.dump()]);
  const r = rng(seed);
  const codes = new Map<string, number>();
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const name = randomName(r);
    const request = randomValue(r);
    // Only requests that break their schema (or unknown names): a valid one may legitimately change state.
    const def = Object.hasOwn(contract, name)
      ? (contract as Record<string, { request: { safeParse(v: unknown): { success: boolean } } }>)[name]
      : undefined;
    if (def && def.request.safeParse(request).success) continue;
    try {
      await client.send(name as never, request as never);
      throw new Error(`accepted ${name}`);
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'none';
      expect(ERROR_CODES).toContain(code);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      answered++;
    }
  }
  expect(JSON.stringify([local.dump(), session.dump()])).toBe(before);
  // Still serving afterwards: a page is still refused privileged names, the popup still gets answers.
  const after = client.send('pri(system.info)', null);
  if (kind === 'page') await expect(after).rejects.toMatchObject({ code: 'forbidden' });
  else expect((await after).version).toBe('fuzz');
  return { answered, codes: Object.fromEntries(codes) };
}

describe('router fuzz: hostile and malformed messages', () => {
  it('answers ≥ 5,000 random messages from a web page with typed errors and changes nothing', async () => {
    const { answered, codes } = await fuzz('page', 6_000, 1);
    expect(answered).toBeGreaterThanOrEqual(5_000);
    expect(Object.keys(codes).sort()).toEqual(expect.arrayContaining(['forbidden', 'unknown-message']));
  });
});

describe('router fuzz from an extension page', () => {
  it('answers ≥ 5,000 malformed privileged messages with typed errors and changes neither vault nor settings', async () => {
    const { answered, codes } = await fuzz('extension', 6_000, 2);
    expect(answered).toBeGreaterThanOrEqual(5_000);
    expect(codes['invalid-request']).toBeGreaterThan(1_000);
  });
});
