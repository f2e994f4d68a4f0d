// Hostile input in Chromium: a served web page posts random and mutated window.postMessage envelopes through
// the real content relay, and an extension page sends random port messages (and opens ports with wrong names).
// The worker answers each well-formed request with a typed error, drops the rest, keeps running (same instance)
// and changes nothing in chrome.storage.local.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomName, randomValue, rng } from '../../src/background/router/fuzz-kit.test-util.ts';
import { ERROR_CODES } from '../../src/protocol/errors.ts';
import { contract } from '../../src/protocol/index.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, dumpLocalStorage, probe } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { recordFigures, tally } from './figures.ts';
import { mutate, SEEDS } from './mutate.ts';

const COUNT = Number(process.env.RELIABILITY_BROWSER_MESSAGES ?? 5_000);
type Schema = { safeParse(v: unknown): { success: boolean } };
const schemaOf = (name: string): Schema | undefined =>
  Object.hasOwn(contract, name) ? (contract as Record<string, { request: Schema }>)[name]!.request : undefined;

let session: ExtensionSession;
let popup: Page;
let site: Awaited<ReturnType<typeof serveStatic>>;

/** Envelopes: 80 % well-formed requests (random or mutated bodies), 20 % malformed envelopes. */
function envelopes(seed: number, count: number, from: 'page' | 'extension'): { list: unknown[]; requests: number } {
  const r = rng(seed);
  const names = Object.keys(SEEDS);
  const list: unknown[] = [];
  let requests = 0;
  while (list.length < count) {
    const id = `h${seed}-${list.length}`;
    if (r() < 0.2) {
      const roll = r();
      list.push(
        roll < 0.3
          ? randomValue(r)
          : roll < 0.6
            ? { kind: randomValue(r), id, name: 'pri(vault.lock)', request: null }
            : roll < 0.8
              ? { kind: 'request', id: 'x'.repeat(70), name: 'pri(vault.lock)', request: null }
              : { kind: 'cancel', id },
      );
      continue;
    }
    const mutated = r() < 0.5;
    const name = mutated ? names[Math.floor(r() * names.length)]! : randomName(r);
    const raw = mutated ? mutate(SEEDS[name], r) : randomValue(r);
    // What the worker receives: runtime ports carry JSON, window.postMessage a structured clone.
    const request =
      from === 'extension'
        ? raw === undefined
          ? undefined
          : JSON.parse(JSON.stringify(raw) ?? 'null')
        : structuredClone(raw);
    const valid = schemaOf(name)?.safeParse(request).success;
    if (valid && (from === 'extension' || name === 'pub(dapp.enable)')) continue; // a valid one may act; not hostile
    if (name.length > 80) continue; // dropped as a malformed envelope; counted above
    list.push({ kind: 'request', id, name, request });
    requests++;
  }
  return { list, requests };
}

async function watched(): Promise<string> {
  const all = JSON.parse(await dumpLocalStorage(popup)) as Record<string, unknown>;
  return JSON.stringify(
    ['vault', 'vault.prev', 'settings', 'dapp.sites', 'dapp.metadata', 'chain', 'transfers.history', 'addressBook'].map(
      (k) => all[k] ?? null,
    ),
  );
}

beforeAll(async () => {
  site = await serveStatic({
    '/': { type: 'text/html', body: '<!doctype html><title>hostile</title><p>hostile page</p>' },
  });
  session = await launchExtension();
  popup = await createWallet(session);
  await probe(popup, 'pri(accounts.addWatch)', {
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    name: 'Watched',
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('hostile input in Chromium', () => {
  it(`a web page posts ${COUNT}+ random and mutated envelopes through the content relay`, async () => {
    const before = await watched();
    const instance = (await probe<{ instanceId: string }>(popup, 'pri(system.info)', null)).instanceId;
    const page = await session.context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => 'injectedWeb3' in window);
    const { list, requests } = envelopes(11, COUNT, 'page');
    const codes = tally();
    for (let i = 0; i < list.length; i += 250) {
      const answers = await page.evaluate(
        async (batch: unknown[]) => {
          const pending = new Map<string, (code: string) => void>();
          const onMessage = (e: MessageEvent) => {
            const d = e.data as {
              source?: string;
              message?: { id?: string; kind?: string; error?: { code?: string } };
            } | null;
            if (d?.source !== 'taovault-content' || !d.message?.id) return;
            const done = pending.get(d.message.id);
            if (!done) return;
            pending.delete(d.message.id);
            done(d.message.kind === 'error' ? String(d.message.error?.code) : `answered-${d.message.kind}`);
          };
          window.addEventListener('message', onMessage);
          const waits: Array<Promise<string>> = [];
          for (const m of batch) {
            const env = m as { kind?: unknown; id?: unknown };
            if (env && env.kind === 'request' && typeof env.id === 'string' && env.id.length <= 64) {
              waits.push(
                new Promise<string>((resolve) => {
                  pending.set(env.id as string, resolve);
                  setTimeout(() => resolve('no-answer'), 15_000);
                }),
              );
            }
            window.postMessage({ source: 'taovault-page', message: m }, location.origin);
          }
          const out = await Promise.all(waits);
          window.removeEventListener('message', onMessage);
          return out;
        },
        list.slice(i, i + 250),
      );
      for (const a of answers) codes.add(a);
    }
    for (const code of Object.keys(codes.get())) expect(ERROR_CODES as readonly string[]).toContain(code);
    expect(codes.total()).toBe(requests);
    expect(codes.get()['internal'] ?? 0).toBe(0);
    // The page still works normally afterwards, and the worker is the same one.
    const enabledAnswer = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const onMessage = (e: MessageEvent) => {
            const d = e.data as {
              source?: string;
              message?: { id?: string; kind?: string; error?: { code?: string } };
            };
            if (d?.source === 'taovault-content' && d.message?.id === 'after')
              resolve(d.message.kind === 'error' ? String(d.message.error?.code) : 'ok');
          };
          window.addEventListener('message', onMessage);
          window.postMessage(
            {
              source: 'taovault-page',
              message: { kind: 'request', id: 'after', name: 'pub(dapp.accounts)', request: {} },
            },
            location.origin,
          );
        }),
    );
    expect(enabledAnswer).toBe('unauthorised');
    expect((await probe<{ instanceId: string }>(popup, 'pri(system.info)', null)).instanceId).toBe(instance);
    expect(await watched()).toBe(before);
    await page.close();
    recordFigures({
      id: 'browser-page-envelopes',
      area: 'Hostile input',
      tried:
        'window.postMessage envelopes from a served web page through the content relay in Chromium (random and mutated requests, malformed envelopes)',
      count: list.length,
      held: `all ${requests} well-formed requests got a typed error (none internal); malformed envelopes dropped; same worker instance; storage unchanged`,
      detail: { codes: codes.get(), malformedEnvelopes: list.length - requests },
    });
  }, 300_000);

  it(`an extension page sends ${COUNT}+ random port messages and opens ports with wrong names`, async () => {
    const before = await watched();
    const instance = (await probe<{ instanceId: string }>(popup, 'pri(system.info)', null)).instanceId;
    const { list, requests } = envelopes(22, COUNT, 'extension');
    const codes = tally();
    for (let i = 0; i < list.length; i += 250) {
      const answers = await popup.evaluate(
        async (batch: unknown[]) => {
          const port = chrome.runtime.connect({ name: 'taovault-extension' });
          const pending = new Map<string, (code: string) => void>();
          type Answer = { id?: string; kind?: string; error?: { code?: string } };
          // A port message carries one envelope or a list of them (answers ready in the same task).
          port.onMessage.addListener((message: Answer | Answer[]) => {
            for (const m of Array.isArray(message) ? message : [message]) {
              const done = m.id ? pending.get(m.id) : undefined;
              if (!done) continue;
              pending.delete(m.id!);
              done(m.kind === 'error' ? String(m.error?.code) : `answered-${m.kind}`);
            }
          });
          const waits: Array<Promise<string>> = [];
          for (const m of batch) {
            const env = m as { kind?: unknown; id?: unknown };
            if (env && env.kind === 'request' && typeof env.id === 'string' && env.id.length <= 64) {
              waits.push(
                new Promise<string>((resolve) => {
                  pending.set(env.id as string, resolve);
                  setTimeout(() => resolve('no-answer'), 15_000);
                }),
              );
            }
            try {
              port.postMessage(m);
            } catch {
              // a value the port cannot carry: the page's own error, nothing reaches the worker
            }
          }
          // Ports with names the background does not know: refused.
          for (let k = 0; k < 20; k++) {
            const bad = chrome.runtime.connect({ name: `taovault-${k}` });
            bad.postMessage({ kind: 'request', id: `bad${k}`, name: 'pri(vault.lock)', request: null });
          }
          const out = await Promise.all(waits);
          port.disconnect();
          return out;
        },
        list.slice(i, i + 250),
      );
      for (const a of answers) codes.add(a);
    }
    for (const code of Object.keys(codes.get())) expect(ERROR_CODES as readonly string[]).toContain(code);
    expect(codes.total()).toBe(requests);
    expect(codes.get()['internal'] ?? 0).toBe(0);
    expect((await probe<{ locked: boolean }>(popup, 'pri(vault.status)', null)).locked).toBe(false);
    expect((await probe<{ instanceId: string }>(popup, 'pri(system.info)', null)).instanceId).toBe(instance);
    expect(await watched()).toBe(before);
    recordFigures({
      id: 'browser-extension-ports',
      area: 'Hostile input',
      tried:
        'random and mutated runtime port messages from an extension page in Chromium, plus ports with unknown names',
      count: list.length + 20 * Math.ceil(list.length / 250),
      held: `all ${requests} well-formed requests got a typed error (none internal); the rest dropped; still unlocked; same worker instance; storage unchanged`,
      detail: { codes: codes.get(), malformedEnvelopes: list.length - requests },
    });
  }, 300_000);
});
