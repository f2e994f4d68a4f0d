import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_KEY, readFirstScreen } from '../protocol/first-screen.ts';
import { FirstScreenMirror } from './first-screen.ts';
import { memoryStorageArea } from './store/storage-area.ts';

const account = { id: 'a1', name: 'Alice', address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' };
const portfolio = { networkId: 'finney', at: 1, cached: false, accounts: [{ address: account.address }], totals: {} };

function mirror(locked: { now: boolean }) {
  const session = memoryStorageArea();
  const m = new FirstScreenMirror({ session, locked: async () => locked.now, delayMs: 0 });
  const copy = () => readFirstScreen(session.dump()[FIRST_SCREEN_KEY]);
  return { m, session, copy };
}

describe('the worker copy of the popup first screen', () => {
  it('keeps the latest answers while unlocked, the portfolio marked cached', async () => {
    const { m, copy } = mirror({ now: false });
    m.record('pri(vault.subscribe)', { initialised: true, locked: false, lockAt: 99 });
    m.record('pri(accounts.subscribe)', [account]);
    m.record('pri(portfolio.subscribe)', portfolio);
    await m.write();
    const answers = copy()!.answers;
    expect(answers['pri(accounts.subscribe)']).toEqual([account]);
    expect(answers['pri(portfolio.subscribe)']).toEqual({ ...portfolio, cached: true });
  });

  it('locking removes everything personal at once, and a later answer of the person is not written', async () => {
    const lock = { now: false };
    const { m, copy } = mirror(lock);
    m.record('pri(settings.subscribe)', { language: 'en' });
    m.record('pri(accounts.subscribe)', [account]);
    m.record('pri(portfolio.subscribe)', portfolio);
    await m.write();
    lock.now = true;
    await m.locked({ initialised: true, locked: true });
    expect(Object.keys(copy()!.answers).sort()).toEqual(['pri(settings.subscribe)', 'pri(vault.subscribe)']);
    // An answer that was on its way when the wallet locked.
    m.record('pri(accounts.subscribe)', [account]);
    await m.write();
    expect(JSON.stringify(copy())).not.toContain(account.address);
  });

  it('keeps what an earlier worker instance wrote that this one was not asked, and drops it when locked', async () => {
    const lock = { now: false };
    const { session, copy } = mirror(lock);
    const first = new FirstScreenMirror({ session, locked: async () => lock.now, delayMs: 0 });
    first.record('pri(system.info)', { version: '0.1.0' });
    first.record('pri(accounts.subscribe)', [account]);
    await first.write();
    const second = new FirstScreenMirror({ session, locked: async () => lock.now, delayMs: 0 });
    lock.now = true;
    await second.locked({ initialised: true, locked: true });
    expect(copy()!.answers).toEqual({
      'pri(system.info)': { version: '0.1.0' },
      'pri(vault.subscribe)': { initialised: true, locked: true },
    });
  });
});
