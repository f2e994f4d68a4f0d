// Hostile input through the contract, in memory: random and mutated messages from a web page and from an
// extension page (≥ 10,000 each), malformed envelopes on the raw port, and ≥ 1,000 malformed signing payloads
// from an authorised origin against the devnet. Each answered message gets a typed error; storage is unchanged.
// A signing payload that reaches the approval screen is checked against the bytes that would be signed, read with
// @polkadot/api's registry (not the wallet's code); approved ones are verified with signatureVerify.
import type { SignerPayloadJSON } from '@polkadot/types/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { harness, type Harness } from '../../devnet/tests/helpers.ts';
import type { ChainAccess } from '../../src/background/chain/access.ts';
import { background, connect, walletWithAliceAndBob } from '../../src/background/domains/dapp/test-kit.test-util.ts';
import { randomName, randomValue, rng } from '../../src/background/router/fuzz-kit.test-util.ts';
import { acceptPort } from '../../src/background/router/index.ts';
import { ERROR_CODES } from '../../src/protocol/errors.ts';
import { contract } from '../../src/protocol/index.ts';
import { PORT_CONTENT } from '../../src/protocol/ports.ts';
import { memoryPortPair } from '../../src/transport/memory-port.ts';
import { mutate, SEEDS } from './mutate.ts';
import { payloadBytes, readAsChain, verifiesOver } from '../helpers/signed-payload.ts';
import type { SignPayloadApproval } from '../../src/protocol/domains/approvals-values.ts';
import { recordFigures, tally } from './figures.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
type Schema = { safeParse(v: unknown): { success: boolean } };
const schemaOf = (name: string): Schema | undefined =>
  Object.hasOwn(contract, name) ? (contract as Record<string, { request: Schema }>)[name]!.request : undefined;
const SEED_NAMES = Object.keys(SEEDS);

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** Half random names and values, half mutations of well-formed requests. */
function message(r: () => number): { name: string; request: unknown; mutated: boolean } {
  if (r() < 0.5) return { name: randomName(r), request: randomValue(r), mutated: false };
  const name = SEED_NAMES[Math.floor(r() * SEED_NAMES.length)]!;
  return { name, request: mutate(SEEDS[name], r), mutated: true };
}

describe('hostile messages through the router (in memory)', () => {
  for (const kind of ['page', 'extension'] as const) {
    it(`${kind}: ≥ 10,000 random and mutated messages each get a typed error; vault, settings and session unchanged`, async () => {
      const kit = background();
      await walletWithAliceAndBob(kit.popup);
      const session = kit.services.system.instanceId;
      const client = kind === 'page' ? kit.page('https://evil.example', 9) : kit.popup;
      const before = JSON.stringify(kit.local.dump());
      const r = rng(kind === 'page' ? 101 : 202);
      const codes = tally();
      let mutated = 0;
      let skippedValid = 0;
      while (codes.total() < 10_000) {
        const m = message(r);
        m.request = structuredClone(m.request); // what the background receives (a port clones)
        const schema = schemaOf(m.name);
        // A well-formed request may legitimately act (the popup may lock the vault, a page may ask to connect):
        // from the popup only malformed ones are sent; from a page, valid ones too, except enable (it queues).
        if (schema?.safeParse(m.request).success && (kind === 'extension' || m.name === 'pub(dapp.enable)')) {
          skippedValid++;
          continue;
        }
        if (m.mutated) mutated++;
        const code = await client.send(m.name as never, m.request as never).then(
          () => 'accepted',
          (e: { code?: string }) => e.code ?? 'none',
        );
        expect(ERROR_CODES).toContain(code);
        codes.add(code);
      }
      expect(codes.get()['internal'] ?? 0).toBe(0);
      expect(JSON.stringify(kit.local.dump())).toBe(before);
      expect(kit.views()).toEqual([]);
      // Still serving, same instance; still unlocked.
      expect((await kit.popup.send('pri(system.info)', null)).instanceId).toBe(session);
      expect((await kit.popup.send('pri(vault.status)', null)).locked).toBe(false);
      recordFigures({
        id: `memory-${kind}-messages`,
        area: 'Hostile input',
        tried: `random and mutated messages from ${kind === 'page' ? 'a web page' : 'an extension page'} (in memory, through the router)`,
        count: codes.total(),
        held: 'each got a typed error; no internal error; vault, settings and sites unchanged; same worker instance answers after',
        detail: { codes: codes.get(), mutatedFromWellFormed: mutated, wellFormedNotSent: skippedValid },
      });
    });
  }

  it('malformed envelopes and foreign ports on the raw port are dropped without an answer or a crash', async () => {
    const kit = background();
    await walletWithAliceAndBob(kit.popup);
    const before = JSON.stringify(kit.local.dump());
    const r = rng(303);
    let sent = 0;
    let answers = 0;
    const senders = [
      {
        port: PORT_CONTENT,
        sender: { id: env.extensionId, url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 4 } },
      },
      {
        port: 'taovault-extension',
        sender: { id: 'someotherextension', url: 'chrome-extension://someotherextension/x.html' },
      },
      { port: 'taovault-extension', sender: { id: env.extensionId, url: 'https://evil.example/' } },
      { port: 'other-name', sender: { id: env.extensionId, url: `${env.extensionOrigin}popup.html` } },
      { port: PORT_CONTENT, sender: { id: env.extensionId, url: 'file:///etc/passwd', tab: { id: 1 } } },
    ];
    for (const s of senders) {
      const [a, b] = memoryPortPair(s.port, s.sender);
      acceptPort(b as Parameters<typeof acceptPort>[0], kit.services, env);
      a.onMessage.addListener(() => void answers++);
      for (let i = 0; i < 400; i++) {
        const roll = r();
        const envelope =
          roll < 0.3
            ? randomValue(r)
            : roll < 0.5
              ? { kind: randomValue(r), id: `e${i}`, name: 'pri(vault.lock)', request: null }
              : roll < 0.7
                ? { kind: 'request', id: randomValue(r), name: 'pri(vault.lock)', request: null }
                : roll < 0.8
                  ? { kind: 'request', id: 'x'.repeat(65 + i), name: 'pri(accounts.list)', request: null }
                  : roll < 0.9
                    ? {
                        kind: ['response', 'error', 'data', 'cancel'][i % 4],
                        id: `e${i}`,
                        response: randomValue(r),
                        error: randomValue(r),
                        data: randomValue(r),
                      }
                    : { kind: 'request', id: `e${i}`, name: 'y'.repeat(81 + i), request: null };
        try {
          a.postMessage(envelope);
        } catch {
          break; // the background closed a port it refuses: also fine
        }
        sent++;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.stringify(kit.local.dump())).toBe(before);
    expect((await kit.popup.send('pri(vault.status)', null)).locked).toBe(false);
    recordFigures({
      id: 'raw-port-envelopes',
      area: 'Hostile input',
      tried: 'malformed envelopes, foreign extension ids, wrong port names and non-web senders on the raw port',
      count: sent,
      held: 'dropped or answered with an error; nothing executed (vault still unlocked, storage unchanged)',
      detail: { answersSeen: answers },
    });
  });
});

describe('malformed signing payloads from an authorised origin (devnet)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('≥ 1,000 malformed signPayload requests: each refused with a typed error before the person sees it, or shown exactly as the bytes that would be signed read', async () => {
    const chain: ChainAccess = {
      forGenesis: async (g) =>
        g === h.devnet.genesisHash ? { networkId: 'devnet', name: 'Local devnet', api: h.api } : null,
      knownNetwork: async (g) => (g === h.devnet.genesisHash ? 'Local devnet' : null),
    };
    const kit = background(chain);
    const { alice, bob } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, 'https://dapp.example', [alice.id]);
    const instance = (await kit.popup.send('pri(system.info)', null)).instanceId;
    // A real payload from @polkadot/api, captured before it is signed.
    let captured: SignerPayloadJSON | null = null;
    await h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1_000_000_000n)
      .signAsync(alice.address, {
        signer: {
          signPayload: async (p: SignerPayloadJSON) =>
            Promise.reject(new Error(`captured ${JSON.stringify((captured = p))}`)),
        },
      })
      .catch(() => undefined);
    const valid = captured! as unknown as Record<string, unknown>;
    const before = JSON.stringify(kit.local.dump());
    const r = rng(404);
    const hex = (bytes: number) =>
      `0x${Array.from({ length: bytes }, () =>
        Math.floor(r() * 256)
          .toString(16)
          .padStart(2, '0'),
      ).join('')}`;
    const exts = valid['signedExtensions'] as string[];
    /** Semantic faults: well-typed payloads that are wrong for this wallet, account or network. */
    const semantic: Array<(p: Record<string, unknown>) => Record<string, unknown>> = [
      (p) => ({ ...p, method: hex(1 + Math.floor(r() * 40)) }),
      (p) => ({ ...p, method: `${p['method'] as string}${hex(1 + Math.floor(r() * 4)).slice(2)}` }),
      (p) => ({ ...p, method: (p['method'] as string).slice(0, 4 + 2 * Math.floor(r() * 10)) }),
      (p) => ({ ...p, genesisHash: hex(32) }),
      (p) => ({
        ...p,
        specVersion: `0x${(Number(p['specVersion']) + 1 + Math.floor(r() * 1000)).toString(16).padStart(8, '0')}`,
      }),
      (p) => ({ ...p, signedExtensions: exts.slice(0, Math.floor(r() * exts.length)) }),
      (p) => ({ ...p, signedExtensions: [...exts].sort(() => r() - 0.5).concat(r() < 0.5 ? ['CheckEverything'] : []) }),
      (p) => ({ ...p, address: bob.address }),
      (p) => ({
        ...p,
        address: ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ', 'not an address', h.charlie.address, '0x1234'][
          Math.floor(r() * 4)
        ],
      }),
      (p) => ({ ...p, era: ['0x', '0xff', '0xffff', hex(2), hex(9)][Math.floor(r() * 5)] }),
      (p) => ({ ...p, nonce: '0x', tip: '0x' }),
      (p) => ({ ...p, blockNumber: ['0x', hex(8)][Math.floor(r() * 2)], era: '0x' }),
      (p) => ({ ...p, version: [0, 3, 5, 255][Math.floor(r() * 4)] }),
    ];
    const codes = tally();
    const reasons = tally();
    let reachedPerson = 0;
    let signedByPerson = 0;
    /** Waits for the answer, or for the request to reach the approval screen (then returns its view). */
    const answerOrScreen = async (answer: Promise<unknown>): Promise<{ view?: SignPayloadApproval }> => {
      let settled = false;
      answer.then(
        () => (settled = true),
        () => (settled = true),
      );
      for (;;) {
        const view = kit.views().find((v): v is SignPayloadApproval => v.kind === 'sign-payload');
        if (view) return { view };
        if (settled) return {};
        await new Promise((res) => setTimeout(res, 5));
      }
    };
    for (let i = 0; i < 1_200; i++) {
      const payload = i % 2 === 0 ? mutate(valid, r) : semantic[i % semantic.length]!(valid);
      const answer = page.send('pub(dapp.signPayload)', payload as never, 30_000);
      const { view } = await answerOrScreen(answer);
      if (view) {
        // It reached the person: the bytes that would be signed, read independently of the wallet with
        // @polkadot/api's registry, must say exactly what the screen says.
        reachedPerson++;
        const bytes = payloadBytes(h.api.registry, payload as Record<string, unknown>);
        const chain = readAsChain(h.api.registry, bytes);
        expect(chain.leftover).toBe(0);
        expect(JSON.parse(view.rawCall)).toMatchObject({ section: chain.section, method: chain.method });
        expect(view.tip).toBe(BigInt(chain.extra['tip'] as string | number).toString());
        expect(view.nonce).toBe(Number(chain.extra['nonce']));
        expect(view.specVersion).toBe(Number(chain.implicit['specVersion']));
        const era = h.api.registry.createType('ExtrinsicEra', chain.extra['era'] as string);
        expect(view.mortality.mortal).toBe(era.isMortalEra);
        if (era.isMortalEra) expect(view.mortality.period).toBe(era.asMortalEra.period.toNumber());
        // Every fifth one the person approves: the signature verifies over those bytes and nothing else.
        if (reachedPerson % 5 === 1) {
          await kit.popup.send('pri(approvals.approve)', { id: view.id });
          const { signature } = (await answer) as { signature: string };
          expect(verifiesOver(bytes, signature, alice.address)).toBe(true);
          signedByPerson++;
        } else {
          await kit.popup.send('pri(approvals.reject)', { id: view.id });
          await expect(answer).rejects.toMatchObject({ code: 'rejected' });
        }
        continue;
      }
      const outcome = await answer.then(
        () => ({ code: 'signed', reason: undefined }),
        (e: { code?: string; data?: { reason?: string } }) => ({ code: e.code ?? 'none', reason: e.data?.reason }),
      );
      // Refused before the person saw it: a typed error from the wallet, never a signature.
      expect(outcome.code).not.toBe('signed');
      expect(ERROR_CODES).toContain(outcome.code);
      codes.add(outcome.code);
      reasons.add(outcome.reason ?? outcome.code);
    }
    expect(codes.get()['internal'] ?? 0).toBe(0);
    expect(codes.total() + reachedPerson).toBe(1_200);
    expect(codes.total()).toBeGreaterThanOrEqual(1_000);
    expect(codes.get()['rejected'] ?? 0).toBe(0);
    expect(JSON.stringify(kit.local.dump())).toBe(before);
    expect((await kit.popup.send('pri(system.info)', null)).instanceId).toBe(instance);
    expect(await page.send('pub(dapp.accounts)', {})).toHaveLength(1);
    recordFigures({
      id: 'sign-payload-hostile',
      area: 'Hostile input',
      tried:
        'malformed signPayload requests from an authorised origin (schema mutations and wrong call, network, runtime, extensions, account, era, version)',
      count: codes.total() + reachedPerson,
      held: 'each unreadable one refused with a typed error before the person saw it (none internal); each one shown decoded, independently of the wallet, to exactly what the screen showed; approved ones verified with signatureVerify; storage unchanged; same instance answers',
      detail: {
        codes: codes.get(),
        reasons: reasons.get(),
        shownToThePerson: reachedPerson,
        approvedAndVerified: signedByPerson,
      },
    });
  }, 300_000);
});
