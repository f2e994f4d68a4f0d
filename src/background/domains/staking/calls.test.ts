import type { ApiPromise } from '@polkadot/api';
import { describe, expect, it } from 'vitest';
import { build, hasCall } from './calls.ts';

/** A runtime whose metadata has no staking calls at all (an older or newer runtime). */
const bare = { tx: { subtensorModule: {} } } as unknown as ApiPromise;

describe('calls from metadata', () => {
  it('refuses with staking-call-missing when the runtime lacks the call, instead of sending another one', () => {
    expect(hasCall(bare, 'subtensorModule', 'removeStakeFullLimit')).toBe(false);
    expect(() => build(bare, 'subtensorModule', 'removeStakeFullLimit', {})).toThrow(
      expect.objectContaining({
        data: { reason: 'staking-call-missing', call: 'subtensorModule.removeStakeFullLimit' },
      }),
    );
  });
});

/** A runtime whose removeStakeLimit takes these fields (metadata order, camelCase as @polkadot/api decorates them), recording the arguments it is given. */
function runtimeWith(fields: string[]) {
  const seen: unknown[][] = [];
  const make = Object.assign(
    (...args: unknown[]) => {
      seen.push(args);
      return {};
    },
    { meta: { args: fields.map((f) => ({ name: { toString: () => f } })) } },
  );
  return { api: { tx: { subtensorModule: { removeStakeLimit: make } } } as unknown as ApiPromise, seen };
}

describe('call arguments by the metadata field names', () => {
  const args = { hotkey: '5H', netuid: 2, amount_unstaked: 7n, limit_price: 9n, allow_partial: false };

  it('passes each argument in the order the metadata lists the fields, whatever order the object has', () => {
    const { api, seen } = runtimeWith(['netuid', 'hotkey', 'amountUnstaked', 'limitPrice', 'allowPartial']);
    build(api, 'subtensorModule', 'removeStakeLimit', args);
    expect(seen).toEqual([[2, '5H', 7n, 9n, false]]);
  });

  it('refuses a call whose fields changed (renamed, added or removed) rather than guess: nothing is built', () => {
    for (const fields of [
      ['hotkey', 'netuid', 'amount', 'limitPrice', 'allowPartial'],
      ['hotkey', 'netuid', 'amountUnstaked', 'limitPrice', 'allowPartial', 'deadline'],
      ['hotkey', 'netuid', 'amountUnstaked', 'limitPrice'],
    ]) {
      const { api, seen } = runtimeWith(fields);
      expect(() => build(api, 'subtensorModule', 'removeStakeLimit', args)).toThrow(
        expect.objectContaining({ data: { reason: 'staking-call-changed', call: 'subtensorModule.removeStakeLimit' } }),
      );
      expect(seen).toEqual([]);
    }
  });
});
