// Staking through the economics half: add_stake gets the alpha the swap simulation promised, up to the little
// liquidity its block's coinbase adds before it runs (on_initialize, as on the chain);
// a limit the pool cannot meet is refused at validation (custom 14) with no balance change; an epoch's
// dividends are visible in storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../subtensor/index.ts';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';

describe('staking via SubtensorModule (default metadata)', () => {
  let h: Harness;
  let hotkey: string;
  const netuid = 1;
  beforeAll(async () => {
    h = await harness();
    const v = defaultScenario().validators.find((x) => x.registrations.includes(netuid));
    if (!v) throw new Error('no validator on netuid 1 in the default scenario');
    hotkey = v.hotkey;
  });
  afterAll(async () => {
    await h?.close();
  });

  const stakeOf = async (cold: string): Promise<bigint> => {
    const info = await h.api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hotkey, cold, netuid);
    return BigInt((info.toJSON() as { stake?: number | string } | null)?.stake ?? 0);
  };

  it("add_stake gives the simulated alpha (within the coinbase's nudge); fee equals paymentInfo", async () => {
    const { api, alice } = h;
    const amount = 2_000_000_000n;
    const sim = (await api.call['swapRuntimeApi']!['simSwapTaoForAlpha']!(netuid, amount)).toJSON() as {
      alpha_amount?: number;
      alphaAmount?: number;
    };
    const promised = BigInt(sim.alphaAmount ?? sim.alpha_amount ?? 0);
    expect(promised).toBeGreaterThan(0n);
    const before = await stakeOf(alice.address);
    const freeBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();
    const tx = api.tx['subtensorModule']!['addStake']!(hotkey, netuid, amount);
    const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
    const out = await sendAndFinalize(api, tx, alice);
    expect(out.dispatchError).toBeNull();
    expect(out.events.map((e) => `${e.section}.${e.method}`)).toContain('subtensorModule.StakeAdded');
    const after = await stakeOf(alice.address);
    const added = out.events.find((e) => e.method === 'StakeAdded');
    // StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee): the alpha credited is exactly the stake delta.
    expect(BigInt(String(added?.data[3]))).toBe(after - before);
    // The simulation read the head; the transaction met the pool after its block's coinbase, which added a
    // little liquidity at the spot price (facts §6.2): the alpha is the promise within 1e-4, not to the rao.
    const diff = after - before > promised ? after - before - promised : promised - (after - before);
    expect(diff * 10_000n).toBeLessThanOrEqual(promised);
    const freeAfter = (await api.query.system.account(alice.address)).data.free.toBigInt();
    expect(freeBefore - freeAfter).toBe(amount + fee);
  });

  it('add_stake_limit below spot is refused with 1010 Custom error: 14 and nothing changes', async () => {
    const { api, alice, devnet } = h;
    const rootBefore = devnet.stateRoot();
    const freeBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();
    const tx = api.tx['subtensorModule']!['addStakeLimit']!(hotkey, netuid, 1_000_000_000n, 1n, false);
    await expect(tx.signAndSend(alice)).rejects.toThrow(/1010: Invalid Transaction: Custom error: 14/);
    expect((await api.query.system.account(alice.address)).data.free.toBigInt()).toBe(freeBefore);
    expect(devnet.stateRoot()).toBe(rootBefore);
  });

  it('an epoch pays dividends visible through storage', async () => {
    const { api, devnet } = h;
    devnet.produceBlocks(12);
    const entries = await api.query['subtensorModule']!['alphaDividendsPerSubnet']!.entries(netuid);
    const total = entries.reduce((s, [, v]) => s + BigInt(v.toString()), 0n);
    expect(total).toBeGreaterThan(0n);
  });
});
