// The minimum stake read from the chain: a runtime that publishes SubtensorModule.InitialMinStake (HEAD) is held to
// its own value, not to the 0.002 TAO every runtime so far has used; one without it keeps that default.
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMetadataPath } from '../../../../devnet/chain/metadata.ts';
import { withInitialMinStake } from '../../../../devnet/chain/metadata-min-stake.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import { defaultScenario } from '../../../../devnet/subtensor/index.ts';
import { devnetAndWallet, type Background } from '../../chain/test-harness.test-util.ts';

const MIN = 5_000_000n;
const scenario = defaultScenario();
const hot = encodeAddress(scenario.validators[2]!.hotkey, 42);
const netuid = scenario.validators[2]!.registrations[0]!;

describe('minimum stake from InitialMinStake (devnet with the constant)', () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet({
      metadata: withInitialMinStake(defaultMetadataPath(), MIN),
      scenario: { subtensor: { ...scenario, params: { ...scenario.params, minStake: MIN.toString() } } },
    }));
  }, 60_000);
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });
  const prepare = (amount: string) =>
    bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'stake', hotkey: hot, netuid, amount } });

  it('previews with the chain’s minimum and refuses a stake below it before signing', async () => {
    expect((await prepare('1')).minStake).toBe(MIN.toString());
    // 0.004 TAO clears the usual 0.002 but not this chain's 0.005.
    await expect(prepare('0.004')).rejects.toMatchObject({
      data: { reason: 'stake-below-minimum', minimumTao: expect.stringMatching(/^0\.005\d* τ$/) },
    });
  });
});
