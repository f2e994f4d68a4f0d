import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PORT_EXTENSION } from '../../../protocol/ports.ts';
import { RpcClient } from '../../../transport/client.ts';
import { memoryPortPair } from '../../../transport/memory-port.ts';
import { portChannel } from '../../../transport/port-channel.ts';
import { acceptPort } from '../../router/index.ts';
import { createServices } from '../../services.ts';
import { memoryStorageArea } from '../../store/storage-area.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const sender = { id: env.extensionId, url: `${env.extensionOrigin}popup.html` };
const PASSWORD = 'correct horse 42';
const ALICE_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const SHARED = resolve(__dirname, '../../../../../shared/fixtures');

/** A popup talking to a background built on the given storage (same storage = the worker restarted). */
function connect(local = memoryStorageArea(), session = memoryStorageArea(), clock = { t: 1_000_000 }) {
  const services = createServices({ local, session, version: 'test', now: () => clock.t });
  const [a, b] = memoryPortPair(PORT_EXTENSION, sender);
  acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
  return { api: new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false }), local, session, clock };
}

/** The same storage answering reads 5 ms late (with what was stored when asked), as the browser's does under load. */
function lateReads<A extends ReturnType<typeof memoryStorageArea>>(area: A): A {
  return {
    ...area,
    get: (keys: string[]) => area.get(keys).then((v) => new Promise<typeof v>((r) => setTimeout(() => r(v), 5))),
  };
}

function storedText(area: ReturnType<typeof memoryStorageArea>): string {
  return JSON.stringify(area.dump());
}

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('vault and accounts through the contract', () => {
  it('creates a vault, imports //Alice by mnemonic + path, and stores only ciphertext', async () => {
    const { api, local, session } = connect();
    expect(await api.send('pri(vault.status)', null)).toEqual({ initialised: false, locked: true });
    await expect(api.send('pri(vault.create)', { password: 'short' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const status = await api.send('pri(vault.create)', { password: PASSWORD });
    expect(status).toMatchObject({ initialised: true, locked: false });
    const alice = await api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    expect(alice.address).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    expect(alice).not.toHaveProperty('secret');
    for (const word of ['bottom drive obey', PASSWORD, 'Alice']) {
      expect(storedText(local)).not.toContain(word);
      expect(storedText(session)).not.toContain(word);
    }
    await expect(
      api.send('pri(accounts.importMnemonic)', {
        mnemonic: ALICE_PHRASE,
        derivationPath: '//Alice',
        name: 'Again',
        type: 'sr25519',
      }),
    ).rejects.toMatchObject({
      data: { reason: 'duplicate-account' },
    });
  });

  it('stays unlocked across a worker restart, locks after the idle time, and throttles wrong passwords', async () => {
    const first = connect();
    await first.api.send('pri(vault.create)', { password: PASSWORD });
    await first.api.send('pri(accounts.addWatch)', {
      address: '16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2',
      name: 'Watched',
    });
    const restarted = connect(first.local, first.session, first.clock);
    const list = await restarted.api.send('pri(accounts.list)', null);
    expect(list.map((a) => a.address)).toEqual(['5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX']);
    first.clock.t += 16 * 60_000;
    expect(await restarted.api.send('pri(vault.status)', null)).toEqual({ initialised: true, locked: true });
    await expect(restarted.api.send('pri(accounts.list)', null)).rejects.toMatchObject({ code: 'locked' });
    expect(restarted.session.dump()['vault.session']).toBeUndefined();
    for (let i = 0; i < 3; i++)
      await expect(restarted.api.send('pri(vault.unlock)', { password: 'wrong password' })).rejects.toMatchObject({
        code: 'wrong-password',
      });
    await expect(restarted.api.send('pri(vault.unlock)', { password: PASSWORD })).rejects.toMatchObject({
      code: 'too-many-attempts',
    });
    first.clock.t += 2_000;
    expect(await restarted.api.send('pri(vault.unlock)', { password: PASSWORD })).toMatchObject({ locked: false });
  });

  it('pushes auto-lock back on activity without waiting for the write, and a lock racing that write wins', async () => {
    const first = connect();
    await first.api.send('pri(vault.create)', { password: PASSWORD });
    first.clock.t += 10 * 60_000;
    await first.api.send('pri(vault.activity)', null); // the person's input: locks 15 min from now
    await new Promise((r) => setTimeout(r, 0));
    first.clock.t += 10 * 60_000; // 20 min after creation, 10 after the activity
    // Session storage answers reads late: a lock can land between the deadline write's read and its write.
    const restarted = connect(first.local, lateReads(first.session), first.clock);
    expect(await restarted.api.send('pri(vault.status)', null)).toMatchObject({ locked: false });
    for (let i = 0; i < 5; i++) {
      first.clock.t += 60_000;
      const [, locked] = await Promise.all([
        restarted.api.send('pri(vault.activity)', null).catch(() => null),
        restarted.api.send('pri(vault.lock)', null),
      ]);
      expect(locked).toMatchObject({ locked: true });
      await new Promise((r) => setTimeout(r, 20));
      expect(first.session.dump()['vault.session'], `round ${i}`).toBeUndefined();
      expect(await connect(first.local, first.session, first.clock).api.send('pri(vault.status)', null)).toMatchObject({
        locked: true,
      });
      await restarted.api.send('pri(vault.unlock)', { password: PASSWORD });
    }
  });

  it('knows a locked vault is locked without reading storage again, and a restarted worker opens the vault once for all first questions', async () => {
    const first = connect();
    await first.api.send('pri(vault.create)', { password: PASSWORD });
    // Reads of the vault's own records: the sealed vault in local storage and the session key.
    const reads = { vault: 0, session: 0 };
    const counted = <A extends ReturnType<typeof memoryStorageArea>>(area: A, key: string, field: keyof typeof reads) =>
      ({ ...area, get: (keys: string[]) => ((reads[field] += keys.includes(key) ? 1 : 0), area.get(keys)) }) as A;
    const restarted = connect(
      counted(first.local, 'vault', 'vault'),
      counted(first.session, 'vault.session', 'session'),
      first.clock,
    );
    const asks = () =>
      Promise.all([
        restarted.api.send('pri(vault.status)', null),
        restarted.api.send('pri(accounts.list)', null),
        restarted.api.send('pri(vault.status)', null),
        restarted.api.send('pri(accounts.list)', null),
      ]);
    const [status, list] = await asks();
    expect(status).toMatchObject({ initialised: true, locked: false });
    expect(list).toEqual([]);
    expect(reads).toEqual({ vault: 1, session: 1 }); // four questions at once: one read of each, one decryption
    expect(await restarted.api.send('pri(vault.lock)', null)).toEqual({ initialised: true, locked: true });
    Object.assign(reads, { vault: 0, session: 0 });
    for (let i = 0; i < 3; i++) {
      expect(await restarted.api.send('pri(vault.status)', null)).toEqual({ initialised: true, locked: true });
      await expect(restarted.api.send('pri(accounts.list)', null)).rejects.toMatchObject({ code: 'locked' });
    }
    expect(reads).toEqual({ vault: 0, session: 0 });
    // Still right after unlocking again, and for a worker that starts locked.
    expect(await restarted.api.send('pri(vault.unlock)', { password: PASSWORD })).toMatchObject({ locked: false });
    expect(await restarted.api.send('pri(vault.lock)', null)).toMatchObject({ locked: true });
    const fresh = connect(first.local, first.session, first.clock);
    expect(await fresh.api.send('pri(vault.status)', null)).toEqual({ initialised: true, locked: true });
    expect(await connect().api.send('pri(vault.status)', null)).toEqual({ initialised: false, locked: true });
  });

  it('a lock that lands while a restarted worker reopens the vault from its session key wins', async () => {
    const first = connect();
    await first.api.send('pri(vault.create)', { password: PASSWORD });
    // The session key is read late, as under load: the lock arrives while the reopening is on its way.
    const restarted = connect(first.local, lateReads(first.session), first.clock);
    const [listed, locked] = await Promise.all([
      restarted.api.send('pri(accounts.list)', null).then(
        () => 'listed',
        (e: { code?: string }) => e.code,
      ),
      restarted.api.send('pri(vault.lock)', null),
    ]);
    expect(locked).toMatchObject({ locked: true });
    expect(listed).toBe('locked');
    expect(await restarted.api.send('pri(vault.status)', null)).toMatchObject({ locked: true });
    await expect(restarted.api.send('pri(accounts.list)', null)).rejects.toMatchObject({ code: 'locked' });
    expect(first.session.dump()['vault.session']).toBeUndefined();
  });

  it('creates an account only after the chosen words are typed back', async () => {
    const { api } = connect();
    await api.send('pri(vault.create)', { password: PASSWORD });
    const pending = await api.send('pri(accounts.createBegin)', { words: 12 });
    expect(pending.words).toHaveLength(12);
    const wrong = pending.quiz.map((position) => ({ position, word: 'abandon' }));
    await expect(
      api.send('pri(accounts.createConfirm)', {
        pendingId: pending.pendingId,
        answers: wrong,
        name: 'New',
        type: 'sr25519',
      }),
    ).rejects.toMatchObject({
      data: { reason: 'quiz-wrong' },
    });
    const right = pending.quiz.map((position) => ({ position, word: pending.words[position - 1]! }));
    const created = await api.send('pri(accounts.createConfirm)', {
      pendingId: pending.pendingId,
      answers: right,
      name: 'New',
      type: 'sr25519',
    });
    const expected = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(pending.words.join(' ')).address;
    expect(created.address).toBe(expected);
    expect((await api.send('pri(accounts.revealMnemonic)', { id: created.id, password: PASSWORD })).mnemonic).toBe(
      pending.words.join(' '),
    );
    await expect(
      api.send('pri(accounts.revealMnemonic)', { id: created.id, password: 'nope nope' }),
    ).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('exports polkadot{.js} JSON that @polkadot/keyring opens, derives children, renames and removes with confirmation', async () => {
    const { api } = connect();
    await api.send('pri(vault.create)', { password: PASSWORD });
    const alice = await api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      name: 'Dev',
      type: 'sr25519',
    });
    const { json } = await api.send('pri(accounts.exportJson)', {
      id: alice.id,
      password: PASSWORD,
      exportPassword: 'export-pass-1',
    });
    const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromJson(JSON.parse(json));
    pair.decodePkcs8('export-pass-1');
    expect(pair.address).toBe(alice.address);
    const child = await api.send('pri(accounts.derive)', { parentId: alice.id, name: 'Child' });
    expect(child.derivationPath).toBe('//0');
    expect(child.address).toBe(
      new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(`${ALICE_PHRASE}//0`).address,
    );
    await api.send('pri(accounts.rename)', { id: child.id, name: 'Renamed' });
    const reordered = await api.send('pri(accounts.reorder)', { ids: [child.id, alice.id] });
    expect(reordered.map((a) => a.name)).toEqual(['Renamed', 'Dev']);
    expect((await api.send('pri(accounts.list)', null)).map((a) => a.id)).toEqual([child.id, alice.id]);
    await expect(api.send('pri(accounts.remove)', { id: child.id, confirmName: 'Child' })).rejects.toMatchObject({
      data: { reason: 'confirm-name' },
    });
    const left = await api.send('pri(accounts.remove)', { id: child.id, confirmName: 'Renamed' });
    expect(left.map((a) => a.name)).toEqual(['Dev']);
  });

  it('imports polkadot{.js} fixtures and a plaintext btcli coldkey, and refuses bad input without changing anything', async () => {
    const { api, local } = connect();
    await api.send('pri(vault.create)', { password: PASSWORD });
    const pjs = JSON.parse(readFileSync(resolve(SHARED, 'polkadot-json/pjs-ed25519/expected.json'), 'utf8'));
    const [ed] = await api.send('pri(accounts.importJson)', {
      json: readFileSync(resolve(SHARED, 'polkadot-json/pjs-ed25519/account.json'), 'utf8'),
      password: pjs.password,
    });
    expect(ed!.address).toBe(pjs.ss58Address);
    expect(ed!.type).toBe('ed25519');
    const plain = JSON.parse(readFileSync(resolve(SHARED, 'keyfiles/plaintext/expected.json'), 'utf8'));
    const file = readFileSync(resolve(SHARED, 'keyfiles/plaintext/coldkey')).toString('base64');
    const bt = await api.send('pri(accounts.importBtcli)', { file, name: 'btcli' });
    expect(bt.address).toBe(plain.ss58Address);
    expect(bt.hasMnemonic).toBe(true);
    const before = storedText(local);
    await expect(
      api.send('pri(accounts.importJson)', { json: '{"not":"a key"}', password: 'x' }),
    ).rejects.toMatchObject({ data: { reason: 'file-unsupported' } });
    await expect(
      api.send('pri(accounts.importMnemonic)', { mnemonic: 'one two three', name: 'x', type: 'sr25519' }),
    ).rejects.toMatchObject({ data: { reason: 'mnemonic-invalid' } });
    await expect(
      api.send('pri(accounts.addWatch)', { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ', name: 'x' }),
    ).rejects.toMatchObject({ data: { reason: 'address-invalid' } });
    await expect(
      api.send('pri(accounts.importSeed)', { seed: '0x12', name: 'x', type: 'sr25519' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(storedText(local)).toBe(before);
  });

  it('keeps the old vault readable when a write fails half-way', async () => {
    const { api, local } = connect();
    await api.send('pri(vault.create)', { password: PASSWORD });
    await api.send('pri(accounts.addWatch)', {
      address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
      name: 'One',
    });
    local.failNextSet = true;
    await expect(
      api.send('pri(accounts.addWatch)', { address: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty', name: 'Two' }),
    ).rejects.toMatchObject({ code: 'internal' });
    await api.send('pri(vault.lock)', null);
    await api.send('pri(vault.unlock)', { password: PASSWORD });
    expect((await api.send('pri(accounts.list)', null)).map((a) => a.name)).toEqual(['One']);
  });
});
