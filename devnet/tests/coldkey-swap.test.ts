// The current-runtime mode's coldkey swap with announcement (devnet/subtensor/coldkey-swap.ts) through an unmodified
// @polkadot/api: the announcement lands in storage with its execution block, the guard refuses the coldkey's other
// calls in the pool (custom 0) and at dispatch (a proxied call), dispute is allowed, and afterwards every call is
// refused (custom 21).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Null, Result } from '@polkadot/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import { blake2AsHex } from '@polkadot/util-crypto';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';

describe('coldkey swap announcements (current-runtime devnet)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ metadata: metadataCurrent() });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('announces, guards the coldkey, is disputed, then refuses everything', async () => {
    const { api, bob, charlie, alice } = h;
    const q = api.query['subtensorModule']!;
    const tx = api.tx['subtensorModule']!;
    expect(api.runtimeVersion.specVersion.toNumber()).toBe(459);
    expect((await q['coldkeySwapAnnouncementDelay']!()).toString()).toBe('36000');
    expect(tx['setRootClaimType']).toBeUndefined();

    // Charlie may act for Bob (any proxy), to see the guard at dispatch.
    await sendAndFinalize(api, api.tx.proxy.addProxy(charlie.address, 'Any', 0), bob);
    const freeBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
    const hash = blake2AsHex(h.keyring.addFromUri('//Thief').publicKey, 256);
    const announced = await sendAndFinalize(api, tx['announceColdkeySwap']!(hash), bob);
    expect(announced.dispatchError).toBeNull();
    expect(announced.events.map((e) => `${e.section}.${e.method}`)).toContain('subtensorModule.ColdkeySwapAnnounced');
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const stored = (await q['coldkeySwapAnnouncements']!(bob.address)).toJSON();
    expect(stored).toEqual([head + 36_000, hash]);
    const fee = announced.records
      .map((r) => r.event)
      .find((e) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid');
    const paid = BigInt(fee?.data[1]?.toString() ?? '0');
    // The first announcement recycles the key swap cost (0.1 TAO) besides the fee.
    expect(freeBefore - (await api.query.system.account(bob.address)).data.free.toBigInt()).toBe(100_000_000n + paid);

    // Bob's other calls are refused in the pool with custom 0 (ColdkeyInSwapSchedule).
    await expect(api.tx.balances.transferKeepAlive(alice.address, 1_000_000_000n).signAndSend(bob)).rejects.toThrow(
      /1010: Invalid Transaction: Custom error: 0/,
    );
    // A call dispatched for Bob through a proxy fails in the block with ColdkeySwapAnnounced.
    const proxied = await sendAndFinalize(
      api,
      api.tx.proxy.proxy(bob.address, null, api.tx.balances.transferKeepAlive(alice.address, 1_000_000_000n)),
      charlie,
    );
    const proxyEvent = proxied.records.find((r) => r.event.section === 'proxy' && r.event.method === 'ProxyExecuted');
    const result = proxyEvent?.event.data[0] as Result<Null, DispatchError> | undefined;
    const err = result?.isErr ? result.asErr : null;
    expect(err?.isModule && api.registry.findMetaError(err.asModule).name).toBe('ColdkeySwapAnnounced');

    const disputed = await sendAndFinalize(api, tx['disputeColdkeySwap']!(), bob);
    expect(disputed.dispatchError).toBeNull();
    const disputedAt = (await api.rpc.chain.getHeader(disputed.blockHash)).number.toNumber();
    expect((await q['coldkeySwapDisputes']!(bob.address)).toJSON()).toBe(disputedAt);
    // Once disputed, every call is refused, the dispute itself included: custom 21 (ColdkeySwapDisputed).
    await expect(tx['disputeColdkeySwap']!().signAndSend(bob)).rejects.toThrow(
      /1010: Invalid Transaction: Custom error: 21/,
    );
  });
});
