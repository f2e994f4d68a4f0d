// On runtimes that check staking amounts only at dispatch (the devnet's current-runtime mode, spec 459), a trade the
// tolerance cannot cover is not refused for free in the pool as on spec 293/346 (staking.test.ts): it lands as a
// failed transaction and the fee is paid. The wallet's record says so: failed, SlippageTooHigh, and the fee actually
// paid, which is exactly what left the account.
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../../../devnet/chain/metadata-current.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import { defaultScenario } from '../../../../devnet/subtensor/index.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const scenario = defaultScenario();
const hot = encodeAddress(
  scenario.validators.find((v) => v.registrations.includes(2) && v !== scenario.validators[0])!.hotkey,
  42,
);

describe('a staking failure at dispatch costs the fee (current-runtime devnet)', () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet({ metadata: metadataCurrent() }));
  }, 60_000);
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });
  const free = async () => BigInt((await bg.api.send('pri(portfolio.refresh)', null)).accounts[0]!.free);

  it('records the failure with the fee paid, and the balance drops by exactly that fee', async () => {
    const req = {
      accountId: aliceId,
      slippageBps: 10,
      op: { op: 'stake' as const, hotkey: hot, netuid: 2, amount: '500' },
    };
    const p = await bg.api.send('pri(staking.prepare)', req);
    expect(p.warnings).toContain('exceeds-tolerance');
    const before = await free();
    const sent = await bg.api.send('pri(staking.send)', req);
    const done = await until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find(
        (r: StakeTxRecord) => r.id === sent.id && r.status !== 'submitted' && r.status !== 'inBlock',
      ),
    );
    expect(done.status).toBe('failed');
    expect(done.error).toBe('subtensorModule.SlippageTooHigh');
    expect(BigInt(done.fee)).toBeGreaterThan(0n);
    await until(async () => (await free()) !== before);
    expect(before - (await free())).toBe(BigInt(done.fee));
  });
});
