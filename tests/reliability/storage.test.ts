// Storage faults through the vault service: a write that fails at each point (nothing written, one key of two,
// both written but reported failed, read-back damaged, a torn value) leaves the old or the new vault readable
// after a restart, never neither; and a vault in the previous format (v1) migrates on unlock and stays usable.
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeV1 } from '../../src/core/vault/v1-fixture.test-util.ts';
import type { VaultPlaintext } from '../../src/core/vault/index.ts';
import { PORT_EXTENSION } from '../../src/protocol/ports.ts';
import { RpcClient } from '../../src/transport/client.ts';
import { memoryPortPair } from '../../src/transport/memory-port.ts';
import { portChannel } from '../../src/transport/port-channel.ts';
import { acceptPort } from '../../src/background/router/index.ts';
import { createServices } from '../../src/background/services.ts';
import { memoryStorageArea, type StorageAreaLike } from '../../src/background/store/storage-area.ts';
import { recordFigures, tally } from './figures.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const PASSWORD = 'correct horse 42';
const NEW_PASSWORD = 'battery staple 43';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

/** A background over the given storage (a fresh worker: new session storage unless given). */
function worker(local: StorageAreaLike, session: StorageAreaLike = memoryStorageArea()) {
  const services = createServices({ local, session, version: 'reliability' });
  const [a, b] = memoryPortPair(PORT_EXTENSION, { id: env.extensionId, url: `${env.extensionOrigin}popup.html` });
  acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
  return new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false });
}

type Fault =
  'nothing-written' | 'first-key-only' | 'second-key-only' | 'written-but-failed' | 'torn-value' | 'read-back-damaged';
const FAULTS: Fault[] = [
  'nothing-written',
  'first-key-only',
  'second-key-only',
  'written-but-failed',
  'torn-value',
  'read-back-damaged',
];

/** Wraps a storage area: the next write that touches 'vault' fails in the given way. */
function faulty(inner: ReturnType<typeof memoryStorageArea>) {
  let armed: Fault | null = null;
  let damageNextRead = false;
  const area: StorageAreaLike & { arm(f: Fault): void } = {
    arm: (f) => void (armed = f),
    async get(keys) {
      const got = await inner.get(keys);
      if (damageNextRead && 'vault' in got) {
        damageNextRead = false;
        const v = got['vault'] as Record<string, string>;
        return { ...got, vault: { ...v, ciphertext: `A${v['ciphertext']!.slice(1)}` } };
      }
      return got;
    },
    async set(items) {
      const fault = armed;
      if (!fault || !('vault' in items)) return inner.set(items);
      armed = null;
      const entries = Object.entries(items);
      switch (fault) {
        case 'nothing-written':
          break;
        case 'first-key-only':
          await inner.set(Object.fromEntries(entries.slice(0, 1)));
          break;
        case 'second-key-only':
          await inner.set(Object.fromEntries(entries.slice(1)));
          break;
        case 'written-but-failed':
          await inner.set(items);
          break;
        case 'torn-value': {
          const v = items['vault'] as Record<string, string>;
          await inner.set({ ...items, vault: { ...v, ciphertext: v['ciphertext']!.slice(0, 20) } });
          break;
        }
        case 'read-back-damaged':
          await inner.set(items);
          damageNextRead = true;
          return;
      }
      throw new Error(`injected storage failure (${fault})`);
    },
    remove: (keys) => inner.remove(keys),
  };
  return area;
}

/** After a restart: which password opens it, and which accounts it holds (null: neither opens — never allowed). */
async function readable(local: StorageAreaLike): Promise<{ password: string; names: string[] } | null> {
  for (const password of [PASSWORD, NEW_PASSWORD]) {
    const w = worker(local);
    try {
      await w.send('pri(vault.unlock)', { password });
      return { password, names: (await w.send('pri(accounts.list)', null)).map((a) => a.name) };
    } catch {
      // try the other password
    }
  }
  return null;
}

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // each injected failure is logged
  await cryptoWaitReady();
});

describe('a vault write that fails half-way', () => {
  it('at every failure point of every kind of vault write, the old or the new vault is readable after a restart', async () => {
    const outcomes = tally();
    let points = 0;
    const operations: Array<{
      name: string;
      run: (w: RpcClient) => Promise<unknown>;
      old: { password: string; names: string[] };
      next: { password: string; names: string[] };
    }> = [
      {
        name: 'add account',
        run: (w) => w.send('pri(accounts.addWatch)', { address: BOB, name: 'Two' }),
        old: { password: PASSWORD, names: ['One'] },
        next: { password: PASSWORD, names: ['One', 'Two'] },
      },
      {
        name: 'rename',
        run: (w) => w.send('pri(accounts.rename)', { id: '', name: 'Renamed' }),
        old: { password: PASSWORD, names: ['One'] },
        next: { password: PASSWORD, names: ['Renamed'] },
      },
      {
        name: 'change password',
        run: (w) => w.send('pri(vault.changePassword)', { oldPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        old: { password: PASSWORD, names: ['One'] },
        next: { password: NEW_PASSWORD, names: ['One'] },
      },
    ];
    for (const op of operations) {
      for (const fault of FAULTS) {
        const inner = memoryStorageArea();
        const local = faulty(inner);
        const w = worker(local);
        await w.send('pri(vault.create)', { password: PASSWORD });
        const one = await w.send('pri(accounts.addWatch)', { address: ALICE, name: 'One' });
        const run =
          op.name === 'rename'
            ? (c: RpcClient) => c.send('pri(accounts.rename)', { id: one.id, name: 'Renamed' })
            : op.run;
        local.arm(fault);
        const answer = await run(w).then(
          () => 'ok',
          (e: { code?: string }) => e.code ?? 'none',
        );
        // The worker that saw the failure still serves the vault it had.
        if (answer !== 'ok')
          expect((await w.send('pri(accounts.list)', null)).map((a) => a.name)).toEqual(op.old.names);
        const after = await readable(inner);
        points++;
        expect(after, `${op.name} / ${fault}: neither vault opens`).not.toBeNull();
        const which =
          JSON.stringify(after) === JSON.stringify(op.old)
            ? 'old'
            : JSON.stringify(after) === JSON.stringify(op.next)
              ? 'new'
              : 'other';
        expect(which, `${op.name} / ${fault}: ${JSON.stringify(after)}`).not.toBe('other');
        outcomes.add(`${which} vault readable`);
        // And it stays usable: a later write succeeds and survives another restart.
        const again = worker(inner);
        await again.send('pri(vault.unlock)', { password: after!.password });
        await again.send('pri(accounts.addWatch)', {
          address: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
          name: 'Three',
        });
        expect((await readable(inner))?.names).toContain('Three');
      }
    }
    recordFigures({
      id: 'vault-write-failure-points',
      area: 'Storage faults',
      tried:
        'vault writes (add account, rename, change password) failing at 6 points each: nothing written, one key of two, the other key, written but reported failed, torn value, damaged read-back',
      count: points,
      held: 'after a restart the old or the new vault opened every time (never neither), and the next write worked',
      detail: { outcomes: outcomes.get(), faults: FAULTS },
    });
  }, 300_000);
});

describe('a vault from the previous format version', () => {
  it('a v1 envelope migrates through the service on unlock, keeps the v1 copy as previous, and stays usable after restarts', async () => {
    const plaintext: VaultPlaintext = {
      accounts: [
        {
          id: 'w1',
          name: 'Old watch',
          type: 'sr25519',
          address: ALICE,
          publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
          createdAt: 1,
          source: 'watch',
        },
      ],
    };
    const local = memoryStorageArea({ vault: await makeV1(PASSWORD, plaintext) });
    const w = worker(local);
    expect(await w.send('pri(vault.status)', null)).toMatchObject({ initialised: true, locked: true });
    await expect(w.send('pri(vault.unlock)', { password: 'not it at all' })).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await w.send('pri(vault.unlock)', { password: PASSWORD });
    expect((await w.send('pri(accounts.list)', null)).map((a) => [a.name, a.address])).toEqual([['Old watch', ALICE]]);
    const stored = local.dump();
    expect(stored['vault']).toMatchObject({ version: 2, kdf: { name: 'argon2id' } });
    expect(stored['vault.prev']).toMatchObject({ version: 1 });
    await w.send('pri(accounts.addWatch)', { address: BOB, name: 'New watch' });
    const restarted = worker(local);
    await restarted.send('pri(vault.unlock)', { password: PASSWORD });
    expect((await restarted.send('pri(accounts.list)', null)).map((a) => a.name)).toEqual(['Old watch', 'New watch']);
    expect(local.dump()['vault']).toMatchObject({ version: 2 });
    recordFigures({
      id: 'v1-migration',
      area: 'Storage faults',
      tried:
        'a v1 vault (scrypt, previous format) unlocked through the service, then written to and reopened after a restart',
      count: 1,
      held: 'migrated to v2 on unlock (v1 kept as the previous copy), accounts intact, usable after restart; a wrong password refused',
    });
  }, 120_000);
});

describe('a password change', () => {
  it('leaves nothing at rest that the old password opens (no roll-back through the previous copy)', async () => {
    const local = memoryStorageArea();
    const w = worker(local);
    await w.send('pri(vault.create)', { password: PASSWORD });
    await w.send('pri(accounts.addWatch)', { address: ALICE, name: 'One' });
    await w.send('pri(vault.changePassword)', { oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    const restarted = worker(local);
    await expect(restarted.send('pri(vault.unlock)', { password: PASSWORD })).rejects.toMatchObject({
      code: 'wrong-password',
    });
    await restarted.send('pri(vault.unlock)', { password: NEW_PASSWORD });
    expect((await restarted.send('pri(accounts.list)', null)).map((a) => a.name)).toEqual(['One']);
    recordFigures({
      id: 'old-password-after-change',
      area: 'Storage faults',
      tried: 'the old password after a password change (current and previous copy)',
      count: 1,
      held: 'refused: the previous copy is re-sealed under the new key',
    });
  }, 60_000);
});
