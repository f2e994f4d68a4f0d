// Conviction locks (current-runtime devnet): an unstake or a move to another subnet of more than the lock leaves is
// refused before anything is signed, with a sentence giving what is available; "everything" unstakes what is
// available (remove_stake_limit of that amount, not the full-position call the chain would refuse); a move within
// the subnet is not held back; unstake_all of a hotkey with locked alpha is refused.
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../../../devnet/chain/metadata-current.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import { defaultScenario, DEV_ACCOUNTS } from '../../../../devnet/subtensor/index.ts';
import { devnetAndWallet, type Background } from '../../chain/test-harness.test-util.ts';

const TAO = 1_000_000_000n;
const scenario = defaultScenario();
const own = scenario.validators[0]!;
const hot = encodeAddress(own.hotkey, 42);
const other = encodeAddress(scenario.validators[2]!.hotkey, 42);
const HELD = BigInt(own.stakes.find((s) => s.netuid === 2)!.alpha);
const LOCKED = 1_200n * TAO;

describe('staking within a conviction lock (current-runtime devnet)', () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet({
      metadata: metadataCurrent(),
      scenario: {
        subtensor: {
          ...scenario,
          params: { ...scenario.params, unlockRate: 1_000_000_000_000 }, // no decay to speak of in a test
          locks: [{ coldkey: DEV_ACCOUNTS.alice, hotkey: own.hotkey, netuid: 2, amount: LOCKED, perpetual: true }],
        },
      },
    }));
  }, 60_000);
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });
  const prepare = (op: Record<string, unknown>) => bg.api.send('pri(staking.prepare)', { accountId: aliceId, op });

  it('refuses more than is available, with the amounts, before signing', async () => {
    const over = prepare({ op: 'unstake', hotkey: hot, netuid: 2, amount: '600' });
    await expect(over).rejects.toMatchObject({
      data: { reason: 'stake-locked', netuid: 2 },
      message: expect.stringContaining(`: 1,200 `),
    });
    await expect(over).rejects.toMatchObject({ message: expect.stringMatching(/^Only 500 \S+ of this account/) });
    await expect(
      prepare({ op: 'move', hotkey: hot, toHotkey: hot, netuid: 2, toNetuid: 5, amount: '600' }),
    ).rejects.toMatchObject({ data: { reason: 'stake-locked' } });
    await expect(prepare({ op: 'unstakeAll', hotkey: hot })).rejects.toMatchObject({
      data: { reason: 'stake-locked' },
    });
  });

  it('unstakes "everything" as what is available, and lets a move within the subnet through', async () => {
    const all = await prepare({ op: 'unstake', hotkey: hot, netuid: 2, amount: '0', all: true });
    expect(all.calls).toEqual(['subtensorModule.removeStakeLimit']);
    expect(all.positionBefore).toBe(HELD.toString());
    expect(all.positionAfter).toBe(LOCKED.toString());
    const within = await prepare({ op: 'move', hotkey: hot, toHotkey: other, netuid: 2, toNetuid: 2, amount: '600' });
    expect(within.positionAfter).toBe((HELD - 600n * TAO).toString());
  });
});
