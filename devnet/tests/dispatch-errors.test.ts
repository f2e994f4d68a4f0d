// Where staking amount errors surface (facts §1.4): runtimes since mid-2025 (the current-runtime mode, spec 459) run
// the staking checks only at dispatch, so SlippageTooHigh or AmountTooLow lands in a block as ExtrinsicFailed and the
// fee is paid; the spec-346 model (like spec 293, see tests/conformance/) refuses the same transaction in the pool
// (1010, custom 8 / 2) and it costs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';
import { defaultScenario } from '../subtensor/index.ts';
import { encodeAddress } from '@polkadot/util-crypto';

const hot = encodeAddress(defaultScenario().validators[1]!.hotkey, 42);
const NETUID = 2;

async function spotOf(h: Harness): Promise<bigint> {
  const q = h.api.query['subtensorModule']!;
  const [tao, alpha] = await Promise.all([q['subnetTAO']!(NETUID), q['subnetAlphaIn']!(NETUID)]);
  return (BigInt(tao.toString()) * 1_000_000_000n) / BigInt(alpha.toString());
}

describe('staking errors at dispatch (current-runtime devnet)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ metadata: metadataCurrent() });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('SlippageTooHigh and AmountTooLow fail in the block, the fee paid', async () => {
    const { api, alice } = h;
    const tx = api.tx['subtensorModule']!;
    // 100 TAO with a limit 1 % above spot: far more than the limit allows, fill-or-kill.
    const slippage = tx['addStakeLimit']!(hot, NETUID, 100_000_000_000n, ((await spotOf(h)) * 101n) / 100n, false);
    const tooLow = tx['addStake']!(hot, NETUID, 1_000n);
    for (const [call, error] of [
      [slippage, 'subtensorModule.SlippageTooHigh'],
      [tooLow, 'subtensorModule.AmountTooLow'],
    ] as const) {
      const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
      const out = await sendAndFinalize(api, call, alice);
      expect(out.dispatchError).toBe(error);
      const paid = out.records
        .map((r) => r.event)
        .find((e) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid');
      const fee = BigInt(paid?.data[1]?.toString() ?? '0');
      expect(fee).toBeGreaterThan(0n);
      expect(before - (await api.query.system.account(alice.address)).data.free.toBigInt()).toBe(fee);
    }
  });
});

describe('staking errors in the pool (spec-346 devnet)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses the same transactions before they cost anything', async () => {
    const { api, alice } = h;
    const tx = api.tx['subtensorModule']!;
    const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
    await expect(
      tx['addStakeLimit']!(hot, NETUID, 100_000_000_000n, ((await spotOf(h)) * 101n) / 100n, false).signAndSend(alice),
    ).rejects.toThrow(/1010: Invalid Transaction: Custom error: 8/);
    await expect(tx['addStake']!(hot, NETUID, 1_000n).signAndSend(alice)).rejects.toThrow(
      /1010: Invalid Transaction: Custom error/,
    );
    expect((await api.query.system.account(alice.address)).data.free.toBigInt()).toBe(before);
  });
});
