// The vault keeps its promises (issue 18): auto-lock moves only on the person's input, a shorter setting applies at
// once, Lock wins over an unlock or password change in flight, the wrong-password throttle holds under parallel
// guesses, and reveal/export answer "locked" before looking at a password. Driven through the router, as pages would.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { VaultKey, VaultPlaintext } from '../../core/vault/index.ts';
import { PORT_CONTENT, PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { memoryPortPair } from '../../transport/memory-port.ts';
import { portChannel } from '../../transport/port-channel.ts';
import { fakeUi, DEV_PHRASE, PASSWORD } from '../domains/dapp/test-kit.test-util.ts';
import { acceptPort } from '../router/index.ts';
import { createServices } from '../services.ts';
import { memoryStorageArea } from '../store/storage-area.ts';
import type { VaultCodec } from './codec.ts';
import { coreVaultCodec } from './core-codec.ts';

const env = { extensionId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };
const MIN = 60_000;

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The real codec, with a gate before a password check or a key derivation, and wrong passwords failing fast. */
function gatedCodec() {
  let gate: Promise<void> | null = null;
  let gated: 'unlock' | 'create' = 'unlock';
  let open: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  let reached: Promise<void> = Promise.resolve();
  const hold = (step: 'unlock' | 'create') => {
    gated = step;
    gate = new Promise((r) => (open = r));
    reached = new Promise((r) => (arrived = r));
  };
  const pass = async (step: 'unlock' | 'create') => {
    const g = gate;
    if (!g || step !== gated) return;
    arrived();
    await g;
  };
  const codec: VaultCodec<VaultPlaintext, VaultKey> = {
    ...coreVaultCodec,
    async unlock(password, envelope) {
      await pass('unlock');
      if (password !== PASSWORD && password !== 'new password 43')
        throw Object.assign(new Error('wrong'), { code: 'wrong-password' });
      return coreVaultCodec.unlock(password, envelope);
    },
    async create(password, data) {
      await pass('create');
      return coreVaultCodec.create(password, data);
    },
  };
  return { codec, hold, reached: () => reached, release: () => ((gate = null), open()) };
}

function wallet() {
  let clock = 1_000_000_000_000;
  const now = () => clock;
  const local = memoryStorageArea();
  const gated = gatedCodec();
  const { ui } = fakeUi();
  const services = createServices({
    local,
    session: memoryStorageArea(),
    version: 'test',
    now,
    codec: gated.codec,
    approvalUi: ui,
    connector: async () => Promise.reject(new Error('offline')),
  });
  const client = (portName: string, sender: object) => {
    const [a, b] = memoryPortPair(portName, { id: env.extensionId, ...sender });
    acceptPort(b as Parameters<typeof acceptPort>[0], services, env);
    return new RpcClient(() => portChannel(a), { timeoutMs: 60_000, reconnect: false });
  };
  const popup = client(PORT_EXTENSION, { url: `${env.extensionOrigin}popup.html` });
  return { services, popup, client, gated, advance: (ms: number) => (clock += ms), now };
}

describe('auto-lock', () => {
  it('a page that opens the approval window every 14 minutes does not keep the wallet unlocked', async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    const alice = await w.popup.send('pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    expect(alice.name).toBe('Alice');
    const { lockAt } = (await w.popup.send('pri(vault.status)', null)) as { lockAt: number };
    expect(lockAt).toBe(w.now() + 15 * MIN);
    const page = w.client(PORT_CONTENT, {
      url: 'https://evil.example/',
      origin: 'https://evil.example',
      tab: { id: 9 },
    });
    for (let round = 0; round < 3; round++) {
      w.advance(14 * MIN);
      // enable() opens the approval window, which asks its first questions by itself; the page then gives up.
      const asked = page.send('pub(dapp.enable)', { appName: 'Evil' }, 0).catch(() => undefined);
      const window = w.client(PORT_EXTENSION, { url: `${env.extensionOrigin}popup.html#/approve/x` });
      await vi.waitFor(() => expect(w.services.approvals.list()).toHaveLength(1));
      const request = w.services.approvals.list()[0];
      const sub = window.subscribe('pri(approvals.subscribe)', null, () => undefined);
      await sub.ready;
      await window.send('pri(vault.status)', null);
      await window.send('pri(settings.get)', null);
      await window.send('pri(accounts.list)', null).catch(() => undefined);
      await window.send('pri(system.info)', null);
      w.services.approvals.cancel(request!.id);
      sub.unsubscribe();
      await asked;
      if (round === 0) expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(false);
    }
    // 42 minutes after the last input, with no input since: locked.
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(true);
  });

  it("the person's own input pushes it back", async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    w.advance(10 * MIN);
    await w.popup.send('pri(vault.activity)', null);
    w.advance(10 * MIN);
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(false);
    w.advance(6 * MIN);
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(true);
  });

  it('a shorter auto-lock time applies at once', async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    expect((await w.popup.send('pri(vault.status)', null)).lockAt).toBe(w.now() + 15 * MIN);
    await w.popup.send('pri(settings.update)', { autoLockMinutes: 1 });
    expect((await w.popup.send('pri(vault.status)', null)).lockAt).toBe(w.now() + MIN);
    w.advance(MIN + 1);
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(true);
  });
});

describe('Lock wins', () => {
  it('over an unlock in flight', async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    await w.popup.send('pri(vault.lock)', null);
    w.gated.hold('unlock');
    const unlocking = w.popup.send('pri(vault.unlock)', { password: PASSWORD });
    await w.gated.reached();
    await w.popup.send('pri(vault.lock)', null);
    w.gated.release();
    expect(await unlocking).toMatchObject({ locked: true });
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(true);
    await expect(w.popup.send('pri(accounts.list)', null)).rejects.toMatchObject({ code: 'locked' });
  });

  it('over a password change in flight: the wallet ends locked and the password is unchanged', async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    // Held after the old password was checked, while the new key is derived.
    w.gated.hold('create');
    const changing = w.popup.send('pri(vault.changePassword)', {
      oldPassword: PASSWORD,
      newPassword: 'new password 43',
    });
    await w.gated.reached();
    await w.popup.send('pri(vault.lock)', null);
    w.gated.release();
    await expect(changing).rejects.toMatchObject({ code: 'locked' });
    expect((await w.popup.send('pri(vault.status)', null)).locked).toBe(true);
    expect(await w.popup.send('pri(vault.unlock)', { password: PASSWORD })).toMatchObject({ locked: false });
  });
});

describe('the wrong-password throttle', () => {
  it('200 parallel guesses: at most three are checked, the rest wait; reveal while locked says "locked" only', async () => {
    const w = wallet();
    await w.popup.send('pri(vault.create)', { password: PASSWORD });
    const alice = await w.popup.send('pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      name: 'Alice',
      type: 'sr25519',
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        w.popup.send('pri(accounts.revealMnemonic)', { id: alice.id, password: `guess ${i}` }).then(
          () => 'revealed',
          (e: { code: string }) => e.code,
        ),
      ),
    );
    expect(answers.filter((a) => a === 'wrong-password').length).toBeLessThanOrEqual(3);
    expect(answers.filter((a) => a === 'too-many-attempts').length).toBeGreaterThanOrEqual(197);
    expect(answers).not.toContain('revealed');
    // Even the right password waits now.
    await expect(
      w.popup.send('pri(accounts.revealMnemonic)', { id: alice.id, password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'too-many-attempts' });

    await w.popup.send('pri(vault.lock)', null);
    w.advance(10 * MIN);
    for (const password of [PASSWORD, 'wrong one']) {
      await expect(w.popup.send('pri(accounts.revealMnemonic)', { id: alice.id, password })).rejects.toMatchObject({
        code: 'locked',
      });
      await expect(
        w.popup.send('pri(accounts.exportJson)', { id: alice.id, password, exportPassword: 'export pass 1' }),
      ).rejects.toMatchObject({ code: 'locked' });
    }
  });
});
