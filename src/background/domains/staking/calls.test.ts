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
