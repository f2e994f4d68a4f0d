import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_NAMES } from '../../protocol/first-screen.ts';
import { firstScreenAnswers } from './first-screen.ts';

const unlocked = (lockAt: number) =>
  Object.fromEntries(
    FIRST_SCREEN_NAMES.map((n) => [
      n,
      n === 'pri(vault.subscribe)' ? { initialised: true, locked: false, lockAt } : [`${n} answer`],
    ]),
  );

describe('what the popup paints from the worker copy', () => {
  it('paints the whole unlocked home before the auto-lock time', () => {
    const out = firstScreenAnswers({ v: 1, answers: unlocked(2_000) }, 1_000);
    expect(out?.get('pri(accounts.subscribe)')).toEqual(['pri(accounts.subscribe) answer']);
    expect(out?.size).toBe(FIRST_SCREEN_NAMES.length);
  });

  it('paints the unlock screen and nothing personal once the auto-lock time has passed', () => {
    const out = firstScreenAnswers({ v: 1, answers: unlocked(2_000) }, 2_000);
    expect(out?.get('pri(vault.subscribe)')).toEqual({ initialised: true, locked: true });
    expect([...out!.keys()].sort()).toEqual(['pri(settings.subscribe)', 'pri(system.info)', 'pri(vault.subscribe)']);
  });

  it('paints nothing from a copy that cannot make a whole screen', () => {
    const answers = unlocked(2_000);
    delete answers['pri(accounts.subscribe)'];
    expect(firstScreenAnswers({ v: 1, answers }, 1_000)).toBeNull();
    expect(firstScreenAnswers({ v: 1, answers: {} }, 1_000)).toBeNull();
  });
});
