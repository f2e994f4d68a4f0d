// The staking paths the wallet relies on, with unmodified @polkadot/api, once per metadata file:
// utility.batchAll of add_stake (and its atomicity), a Staking proxy staking for its real account
// (and refused a transfer), remove_stake_limit / move_stake / swap_stake_limit / remove_stake_full_limit,
// limits the pool cannot meet (refused at validation, or failing in the block) with no balance change,
// and where swap fees go: to the block author on spec 346, nowhere on spec 293 (they stay with the pool).
// Each transaction meets the pool after its block's coinbase (on_initialize), so a simulation read at the head
// is close to what it gets, not equal: the pool formulas are checked within the coinbase's nudge (1e-4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiPromise } from '@polkadot/api';
import type { Result } from '@polkadot/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import { metadataFixtureFiles } from '../chain/metadata.ts';
import { accountOf, AUTHOR_URI } from '../scenario.ts';
import { defaultScenario } from '../subtensor/index.ts';
import { avoidEpochBlock, harness, sendAndFinalize, stakeAt, type Harness, type TxOutcome } from './helpers.ts';

const TAO = 1_000_000_000n;
const scenario = defaultScenario();
/** A validator hotkey registered on `netuid` (not //Alice's own). */
const hotOn = (netuid: number, skip = 0): string => {
  const v = scenario.validators.filter(
    (x) => x.registrations.includes(netuid) && x.coldkey !== scenario.validators[0]!.coldkey,
  )[skip];
  if (!v) throw new Error(`no validator on ${netuid}`);
  return v.hotkey;
};

const free = async (api: ApiPromise, who: string): Promise<bigint> =>
  (await api.query.system.account(who)).data.free.toBigInt();
const reserved = async (api: ApiPromise, who: string): Promise<bigint> =>
  (await api.query.system.account(who)).data.reserved.toBigInt();
const names = (o: TxOutcome): string[] => o.events.map((e) => `${e.section}.${e.method}`);
const eventsNamed = (o: TxOutcome, method: string) => o.events.filter((e) => e.method === method);
const big = (v: unknown): bigint => BigInt(String(v));
/** Within a relative 1e-4 (the block's coinbase adds a little liquidity before the transaction runs). */
const near = (x: bigint, want: bigint): void => {
  const diff = x > want ? x - want : want - x;
  expect(diff * 10_000n <= want, `${x} vs ${want}`).toBe(true);
};

async function spot(api: ApiPromise, netuid: number): Promise<bigint> {
  const tao = BigInt((await api.query['subtensorModule']!['subnetTAO']!(netuid)).toString());
  const alpha = BigInt((await api.query['subtensorModule']!['subnetAlphaIn']!(netuid)).toString());
  return (tao * TAO) / alpha;
}

for (const file of metadataFixtureFiles()) {
  describe(`wallet staking paths with ${file.split('/').pop()}`, () => {
    let h: Harness;
    let st: ApiPromise['tx'][string];
    /** Spec 293: swap fees stay with the pool, moves pay the fee on the stake side, more checks at dispatch. */
    let spec293 = false;
    const author = accountOf({ uri: AUTHOR_URI });
    const [n1, n2, n3] = [1, 2, 3];
    let hot1: string;
    let hot2: string;
    let hot3: string;
    beforeAll(async () => {
      h = await harness({ metadata: file });
      st = h.api.tx['subtensorModule']!;
      spec293 = h.devnet.meta.specVersion <= 293;
      hot1 = hotOn(n1);
      hot2 = hotOn(n2);
      hot3 = hotOn(n3);
    });
    afterAll(async () => {
      await h?.close();
    });

    const quiet = (netuids: number[] = [n1, n2, n3]): Promise<void> => avoidEpochBlock(h, netuids);

    const refuse = async (tx: ReturnType<(typeof st)[string]>, code: number): Promise<void> => {
      const { api, alice, devnet } = h;
      const root = devnet.stateRoot();
      const head = devnet.chain.head.number;
      const before = await api.query.system.account(alice.address);
      await expect(tx.signAndSend(alice)).rejects.toThrow(
        new RegExp(`1010: Invalid Transaction: Custom error: ${code}$`),
      );
      const after = await api.query.system.account(alice.address);
      expect(after.data.free.toBigInt()).toBe(before.data.free.toBigInt());
      expect(after.nonce.toNumber()).toBe(before.nonce.toNumber());
      expect(devnet.chain.head.number).toBe(head);
      expect(devnet.stateRoot()).toBe(root);
    };

    it('utility.batchAll([addStake x3]): three StakeAdded, exact stakes, one fee; swap fees go to the block author', async () => {
      const { api, alice } = h;
      const amount = 3n * TAO;
      const targets: Array<[string, number]> = [
        [hot1, n1],
        [hot2, n2],
        [hot3, n3],
      ];
      await quiet();
      const tx = api.tx.utility.batchAll(targets.map(([hot, n]) => st['addStake']!(hot, n, amount)));
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const before = await Promise.all(targets.map(([hot, n]) => stakeAt(api, hot, alice.address, n)));
      const [freeBefore, authorBefore] = [await free(api, alice.address), await free(api, author)];
      const out = await sendAndFinalize(api, tx, alice);
      expect(out.dispatchError).toBeNull();
      const added = eventsNamed(out, 'StakeAdded');
      expect(added).toHaveLength(3);
      expect(names(out)).toContain('utility.BatchCompleted');
      const after = await Promise.all(targets.map(([hot, n]) => stakeAt(api, hot, alice.address, n)));
      targets.forEach(([, n], i) => {
        // StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee)
        expect(Number(added[i]!.data[4])).toBe(n);
        expect(big(added[i]!.data[2])).toBe(amount);
        expect(after[i]! - before[i]!).toBe(big(added[i]!.data[3]));
      });
      expect(freeBefore - (await free(api, alice.address))).toBe(3n * amount + fee);
      const swapFees = added.reduce((s, e) => s + big(e.data[5]), 0n);
      expect(swapFees).toBe(3n * ((amount * 33n) / 65535n));
      // The transaction fee is burned (no author is paid); the swap fees go to the author after spec 293.
      expect((await free(api, author)) - authorBefore).toBe(spec293 ? 0n : swapFees);
    });

    it('utility.batchAll is atomic: a failing inner addStake reverts the others; only the fee is paid', async () => {
      const { api, alice } = h;
      await quiet();
      const tx = api.tx.utility.batchAll([
        st['addStake']!(hot1, n1, TAO),
        st['addStake']!(hot2, n2, TAO),
        st['addStake']!(hot3, n3, 10n ** 9n * TAO),
      ]);
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const before = await Promise.all([stakeAt(api, hot1, alice.address, n1), stakeAt(api, hot2, alice.address, n2)]);
      const freeBefore = await free(api, alice.address);
      const out = await sendAndFinalize(api, tx, alice);
      expect(out.dispatchError).toBe('subtensorModule.NotEnoughBalanceToStake');
      expect(names(out)).toContain('system.ExtrinsicFailed');
      expect(eventsNamed(out, 'StakeAdded')).toHaveLength(0);
      expect(await Promise.all([stakeAt(api, hot1, alice.address, n1), stakeAt(api, hot2, alice.address, n2)])).toEqual(
        before,
      );
      expect(freeBefore - (await free(api, alice.address))).toBe(fee);
    });

    it('a Staking proxy stakes for its real account and cannot transfer its balance', async () => {
      const { api, keyring } = h;
      const real = keyring.addFromUri('//Ferdie');
      const delegate = keyring.addFromUri('//Eve');
      const deposit =
        BigInt(api.consts.proxy.proxyDepositBase.toString()) + BigInt(api.consts.proxy.proxyDepositFactor.toString());
      const add = api.tx.proxy.addProxy(delegate.address, 'Staking', 0);
      const addFee = (await add.paymentInfo(real)).partialFee.toBigInt();
      const [realFree0, realRes0] = [await free(api, real.address), await reserved(api, real.address)];
      const added = await sendAndFinalize(api, add, real);
      expect(added.dispatchError).toBeNull();
      expect(names(added)).toContain('proxy.ProxyAdded');
      expect((await reserved(api, real.address)) - realRes0).toBe(deposit);
      expect(realFree0 - (await free(api, real.address))).toBe(deposit + addFee);
      const proxies = await api.query.proxy.proxies(real.address);
      expect(proxies[0].map((p) => [p.delegate.toString(), p.proxyType.toString()])).toEqual([
        [delegate.address, 'Staking'],
      ]);

      // Stake through the proxy: the real account's TAO and stake move; the delegate pays the fee.
      const amount = 2n * TAO;
      await quiet();
      const viaProxy = api.tx.proxy.proxy(real.address, null, st['addStake']!(hot1, n1, amount));
      const fee = (await viaProxy.paymentInfo(delegate)).partialFee.toBigInt();
      const [realFree1, delFree1, stake1] = [
        await free(api, real.address),
        await free(api, delegate.address),
        await stakeAt(api, hot1, real.address, n1),
      ];
      const out = await sendAndFinalize(api, viaProxy, delegate);
      expect(out.dispatchError).toBeNull();
      const exec = out.records.find((r) => r.event.method === 'ProxyExecuted');
      expect((exec!.event.data[0] as Result<never, DispatchError>).isOk).toBe(true);
      const stakeAdded = eventsNamed(out, 'StakeAdded');
      expect(stakeAdded).toHaveLength(1);
      expect(String(stakeAdded[0]!.data[0])).toBe(real.address);
      expect((await stakeAt(api, hot1, real.address, n1)) - stake1).toBe(big(stakeAdded[0]!.data[3]));
      expect(realFree1 - (await free(api, real.address))).toBe(amount);
      expect(delFree1 - (await free(api, delegate.address))).toBe(fee);

      // A Staking proxy may not transfer: the proxy call is included, ProxyExecuted carries
      // System.CallFiltered, and no balance moves except the delegate's fee.
      const steal = api.tx.proxy.proxy(real.address, null, api.tx.balances.transferKeepAlive(delegate.address, TAO));
      const stealFee = (await steal.paymentInfo(delegate)).partialFee.toBigInt();
      const [realFree2, delFree2] = [await free(api, real.address), await free(api, delegate.address)];
      const refused = await sendAndFinalize(api, steal, delegate);
      const res = refused.records.find((r) => r.event.method === 'ProxyExecuted')!.event.data[0] as Result<
        never,
        DispatchError
      >;
      expect(res.isErr).toBe(true);
      expect(res.asErr.isModule).toBe(true);
      const meta = api.registry.findMetaError(res.asErr.asModule);
      expect(`${meta.section}.${meta.name}`).toBe('system.CallFiltered');
      expect(eventsNamed(refused, 'Transfer')).toHaveLength(0);
      expect(await free(api, real.address)).toBe(realFree2);
      expect(delFree2 - (await free(api, delegate.address))).toBe(stealFee);
    });

    it('remove_stake_limit below spot: TAO out is the simulation and the pool formula; the alpha fee sold for the author (346)', async () => {
      const { api, alice } = h;
      await quiet();
      const holding = await stakeAt(api, hot1, alice.address, n1);
      const alpha = holding / 3n;
      const price = await spot(api, n1);
      const sim = api.call['swapRuntimeApi']?.['simSwapAlphaForTao']
        ? BigInt(
            (
              (await api.call['swapRuntimeApi']!['simSwapAlphaForTao']!(n1, alpha)).toJSON() as {
                taoAmount: string | number;
              }
            ).taoAmount,
          )
        : null;
      const [taoIn, alphaIn] = [
        BigInt((await api.query['subtensorModule']!['subnetTAO']!(n1)).toString()),
        BigInt((await api.query['subtensorModule']!['subnetAlphaIn']!(n1)).toString()),
      ];
      const tx = st['removeStakeLimit']!(hot1, n1, alpha, (price * 9n) / 10n, false);
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const [freeBefore, authorBefore] = [await free(api, alice.address), await free(api, author)];
      const out = await sendAndFinalize(api, tx, alice);
      expect(out.dispatchError).toBeNull();
      const removed = eventsNamed(out, 'StakeRemoved');
      expect(removed).toHaveLength(1);
      const tao = big(removed[0]!.data[2]);
      if (sim !== null) near(tao, sim);
      expect(big(removed[0]!.data[3])).toBe(alpha);
      expect(holding - (await stakeAt(api, hot1, alice.address, n1))).toBe(alpha);
      expect((await free(api, alice.address)) - freeBefore).toBe(tao - fee);
      // The pool formula (facts §5.1): sell alpha − fee, then the alpha fee sold fee-less for the author.
      const swapFee = (alpha * 33n) / 65535n;
      expect(big(removed[0]!.data[5])).toBe(swapFee);
      const net = alpha - swapFee;
      const out1 = (taoIn * net) / (alphaIn + net);
      near(tao, out1);
      const feeTao = ((taoIn - out1) * swapFee) / (alphaIn + net + swapFee);
      const authorGot = (await free(api, author)) - authorBefore;
      if (spec293) expect(authorGot).toBe(0n);
      else near(authorGot, feeTao);
    });

    it('a limit the pool cannot meet is refused at validation (custom 14 / custom 8) and nothing changes', async () => {
      const { api, alice } = h;
      const price = await spot(api, n1);
      const holding = await stakeAt(api, hot1, alice.address, n1);
      // remove_stake_limit with a limit above spot: no amount can be sold -> ZeroMaxStakeAmount (14).
      await refuse(st['removeStakeLimit']!(hot1, n1, holding / 2n, price * 2n, false), 14);
      // add_stake_limit below spot -> 14; just above spot but too large to fill -> SlippageTooHigh (8).
      await refuse(st['addStakeLimit']!(hot1, n1, TAO, price / 2n, false), 14);
      await refuse(st['addStakeLimit']!(hot1, n1, 5_000n * TAO, price + price / 1000n, false), 8);
      // swap_stake_limit with a ratio above the current one -> 14.
      const ratio = ((await spot(api, n1)) * TAO) / (await spot(api, n2));
      await refuse(st['swapStakeLimit']!(hot1, n1, n2, holding / 2n, ratio * 2n, false), 14);
      // remove_stake_full_limit with Some(limit above spot): refused with 14 in the pool after spec 293; spec 293's
      // extension does not check that call, so it is included and fails at dispatch (free: staking calls pay 0).
      if (!spec293) await refuse(st['removeStakeFullLimit']!(hot1, n1, price * 2n), 14);
      else {
        const free0 = await free(api, alice.address);
        const out = await sendAndFinalize(api, st['removeStakeFullLimit']!(hot1, n1, price * 2n), alice);
        expect(out.dispatchError).toBe('subtensorModule.ZeroMaxStakeAmount');
        expect(await free(api, alice.address)).toBe(free0);
      }
      expect(await stakeAt(api, hot1, alice.address, n1)).toBe(holding);
    });

    it('the same limit failing inside a batch is included and fails with SlippageTooHigh; only the fee is paid', async () => {
      const { api, alice } = h;
      await quiet();
      const price = await spot(api, n1);
      const tx = api.tx.utility.batchAll([st['addStakeLimit']!(hot1, n1, 5_000n * TAO, price + price / 1000n, false)]);
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const [freeBefore, stakeBefore] = [await free(api, alice.address), await stakeAt(api, hot1, alice.address, n1)];
      const out = await sendAndFinalize(api, tx, alice);
      expect(out.statuses).toEqual(['Ready', 'InBlock', 'Finalized']);
      expect(out.dispatchError).toBe('subtensorModule.SlippageTooHigh');
      expect(freeBefore - (await free(api, alice.address))).toBe(fee);
      expect(await stakeAt(api, hot1, alice.address, n1)).toBe(stakeBefore);
      // With allow_partial the same order fills up to the limit and leaves the price at or below it.
      const partial = await sendAndFinalize(
        api,
        st['addStakeLimit']!(hot1, n1, 5_000n * TAO, price + price / 1000n, true),
        alice,
      );
      expect(partial.dispatchError).toBeNull();
      const filled = big(eventsNamed(partial, 'StakeAdded')[0]!.data[2]);
      expect(filled).toBeGreaterThan(0n);
      expect(filled).toBeLessThan(5_000n * TAO);
      const after = await h.api.at(partial.blockHash);
      const p =
        (BigInt((await after.query['subtensorModule']!['subnetTAO']!(n1)).toString()) * TAO) /
        BigInt((await after.query['subtensorModule']!['subnetAlphaIn']!(n1)).toString());
      expect(p).toBeGreaterThan(price); // the block's own emission only nudges it
    });

    it('move_stake across subnets and within a subnet', async () => {
      const { api, alice } = h;
      await quiet();
      const from = await stakeAt(api, hot1, alice.address, n1);
      const toBefore = await stakeAt(api, hot2, alice.address, n2);
      const alpha = from / 4n;
      const tx = st['moveStake']!(hot1, hot2, n1, n2, alpha);
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const freeBefore = await free(api, alice.address);
      const out = await sendAndFinalize(api, tx, alice);
      expect(out.dispatchError).toBeNull();
      expect(names(out).filter((n) => n.startsWith('subtensorModule.'))).toEqual([
        'subtensorModule.StakeRemoved',
        'subtensorModule.StakeAdded',
        'subtensorModule.StakeMoved',
      ]);
      const added = eventsNamed(out, 'StakeAdded')[0]!;
      const removedEv = eventsNamed(out, 'StakeRemoved')[0]!;
      expect(big(added.data[2])).toBe(big(removedEv.data[2]));
      // One swap fee: on the origin side after spec 293, on the stake side on spec 293.
      expect(big(added.data[5]) === 0n).toBe(!spec293);
      expect(big(removedEv.data[5]) === 0n).toBe(spec293);
      expect(from - (await stakeAt(api, hot1, alice.address, n1))).toBe(alpha);
      expect((await stakeAt(api, hot2, alice.address, n2)) - toBefore).toBe(big(added.data[3]));
      expect(freeBefore - (await free(api, alice.address))).toBe(fee);

      // Same subnet, another hotkey: after spec 293 no swap, the alpha moves as is; spec 293 unstakes and stakes
      // again (two swaps, the fee on the stake), so the alpha that arrives is what the second swap gives.
      const other = hotOn(n1, 1);
      await quiet();
      const [a0, b0] = [await stakeAt(api, hot1, alice.address, n1), await stakeAt(api, other, alice.address, n1)];
      const same = await sendAndFinalize(api, st['moveStake']!(hot1, other, n1, n1, a0 / 2n), alice);
      expect(same.dispatchError).toBeNull();
      expect(eventsNamed(same, 'StakeMoved')).toHaveLength(1);
      // Values are floor(T × share / S): moving v between pools changes each side's value by v up to
      // one rao of share rounding (the chain's fixed-point shares round the same way).
      const within1 = (x: bigint, want: bigint): void =>
        expect(x - want >= -1n && x - want <= 1n, `${x} vs ${want}`).toBe(true);
      if (spec293) {
        expect(eventsNamed(same, 'StakeAdded')).toHaveLength(1);
        within1(a0 - (await stakeAt(api, hot1, alice.address, n1)), a0 / 2n);
        within1((await stakeAt(api, other, alice.address, n1)) - b0, big(eventsNamed(same, 'StakeAdded')[0]!.data[3]));
        return;
      }
      expect(eventsNamed(same, 'StakeAdded')).toHaveLength(0);
      within1(a0 - (await stakeAt(api, hot1, alice.address, n1)), a0 / 2n);
      within1((await stakeAt(api, other, alice.address, n1)) - b0, a0 / 2n);
    });

    it('swap_stake_limit within the limit, then remove_stake_full_limit(None) empties the position', async () => {
      const { api, alice } = h;
      await quiet();
      const from = await stakeAt(api, hot2, alice.address, n2);
      const toBefore = await stakeAt(api, hot2, alice.address, n3);
      const ratio = ((await spot(api, n2)) * TAO) / (await spot(api, n3));
      const alpha = from / 2n;
      const out = await sendAndFinalize(
        api,
        st['swapStakeLimit']!(hot2, n2, n3, alpha, (ratio * 9n) / 10n, false),
        alice,
      );
      expect(out.dispatchError).toBeNull();
      expect(eventsNamed(out, 'StakeSwapped')).toHaveLength(1);
      expect(from - (await stakeAt(api, hot2, alice.address, n2))).toBe(alpha);
      expect((await stakeAt(api, hot2, alice.address, n3)) - toBefore).toBe(
        big(eventsNamed(out, 'StakeAdded')[0]!.data[3]),
      );

      await quiet();
      const left = await stakeAt(api, hot2, alice.address, n2);
      expect(left).toBeGreaterThan(0n);
      const tx = st['removeStakeFullLimit']!(hot2, n2, null);
      const fee = (await tx.paymentInfo(alice)).partialFee.toBigInt();
      const freeBefore = await free(api, alice.address);
      const full = await sendAndFinalize(api, tx, alice);
      expect(full.dispatchError).toBeNull();
      const removed = eventsNamed(full, 'StakeRemoved')[0]!;
      expect(big(removed.data[3])).toBe(left);
      expect(await stakeAt(api, hot2, alice.address, n2)).toBe(0n);
      expect((await free(api, alice.address)) - freeBefore).toBe(big(removed.data[2]) - fee);
    });
  });
}
