// MEV Shield in the current-runtime devnet (runtime/mev-shield.ts) through an unmodified @polkadot/api: keys rotate
// every block as the pallet's inherent does, a stake signed at nonce n+1 and encrypted to NextKey inside a
// `submit_encrypted` at nonce n lands in the wrapper's block right after it, the pool refuses an immortal or long era
// (Stale) and a malformed ciphertext (custom 23), and a wrapper encrypted to an expired key is included and paid for
// with nothing executed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyringPair } from '@polkadot/keyring/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { xxhashAsHex } from '@polkadot/util-crypto';
import { shieldEncrypt } from '../../src/core/shield/index.ts';
import { metadataCurrent } from '../chain/metadata-current.ts';
import { defaultScenario } from '../subtensor/index.ts';
import { harness, type Harness } from './helpers.ts';

describe('MEV Shield (current-runtime devnet)', () => {
  let h: Harness;
  let hotkey: string;
  const netuid = 1;
  beforeAll(async () => {
    h = await harness({ metadata: metadataCurrent() });
    const v = defaultScenario().validators.find((x) => x.registrations.includes(netuid));
    if (!v) throw new Error('no validator on netuid 1 in the default scenario');
    hotkey = v.hotkey;
    h.devnet.produceBlocks(3);
  });
  afterAll(async () => {
    await h?.close();
  });

  const nextKey = async (): Promise<Uint8Array> => {
    const k = (await h.api.query['mevShield']!['nextKey']!()).toJSON();
    return typeof k === 'string' ? hexToU8a(k) : new Uint8Array();
  };
  const shielded = async (pair: KeyringPair, key: Uint8Array, amount: bigint, period = 8) => {
    const { api } = h;
    const n = (await api.rpc.system.accountNextIndex(pair.address)).toNumber();
    const inner = await api.tx['subtensorModule']!['addStake']!(hotkey, netuid, amount).signAsync(pair, {
      nonce: n + 1,
    });
    const head = await api.rpc.chain.getHeader();
    const era = api.createType('ExtrinsicEra', { current: head.number.toNumber() - 1, period });
    const wrapper = api.tx['mevShield']!['submitEncrypted']!(u8aToHex(shieldEncrypt(key, inner.toU8a())));
    return { wrapper, inner, opts: { nonce: n, era, blockHash: head.parentHash } };
  };

  /** Sends an already signed wrapper; resolves with its block when in block. */
  const inBlock = (tx: Awaited<ReturnType<typeof shielded>>['wrapper']): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      tx.send((r) => {
        if (r.status.isInBlock) resolve(r.status.asInBlock.toHex());
      }).catch(reject);
    });
  const eventsOf = async (block: string, index: number): Promise<string[]> =>
    (await (await h.api.at(block)).query.system.events())
      .filter((e) => e.phase.isApplyExtrinsic && e.phase.asApplyExtrinsic.toNumber() === index)
      .map((e) => `${e.event.section}.${e.event.method}`);

  it('rotates the keys every block as announce_next_key does', async () => {
    const { api, devnet } = h;
    const q = api.query['mevShield']!;
    const before = (await q['nextKey']!()).toHex();
    const head = devnet.chain.head.number;
    expect((await nextKey()).length).toBe(1184);
    expect((await q['nextKeyExpiresAt']!()).toJSON()).toBe(head + 3);
    expect((await q['pendingKeyExpiresAt']!()).toJSON()).toBe(head + 2);
    devnet.produceBlock();
    // What was NextKey is PendingKey one block later.
    expect((await q['pendingKey']!()).toHex()).toBe(before);
    expect((await q['nextKey']!()).toHex()).not.toBe(before);
  });

  it('a shielded stake lands in the wrapper block, right after the wrapper, and only once', async () => {
    const { api, alice, devnet } = h;
    const { wrapper, inner, opts } = await shielded(alice, await nextKey(), 1_000_000_000n);
    const nonceBefore = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    await wrapper.signAsync(alice, opts);
    const out = await inBlock(wrapper);
    const block = await api.rpc.chain.getBlock(out);
    const exts = block.block.extrinsics;
    const wi = exts.findIndex((x) => x.hash.toHex() === wrapper.hash.toHex());
    expect(wi).toBeGreaterThan(0);
    expect(exts[wi]!.method.section).toBe('mevShield');
    expect(exts[wi]!.signer.toString()).toBe(alice.address);
    expect(exts[wi + 1]!.hash.toHex()).toBe(inner.hash.toHex());
    expect(exts[wi + 1]!.method.method).toBe('addStake');
    expect(await eventsOf(out, wi)).toContain('mevShield.EncryptedSubmitted');
    expect(await eventsOf(out, wi + 1)).toEqual(
      expect.arrayContaining(['subtensorModule.StakeAdded', 'system.ExtrinsicSuccess']),
    );
    expect((await api.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe(nonceBefore + 2);
    devnet.produceBlocks(2);
    // Nothing ran twice: no later block holds the inner extrinsic.
    for (let n = devnet.chain.head.number; n > block.block.header.number.toNumber(); n--) {
      const b = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(n));
      expect(b.block.extrinsics.some((x) => x.hash.toHex() === inner.hash.toHex())).toBe(false);
    }
  });

  it('the pool refuses an era over 8 blocks (Stale) and a ciphertext that does not parse (custom 23)', async () => {
    const { api, bob } = h;
    const long = await shielded(bob, await nextKey(), 1_000_000_000n, 16);
    await expect(long.wrapper.signAndSend(bob, long.opts)).rejects.toThrow(
      /1010: Invalid Transaction: Transaction is outdated/,
    );
    const immortal = api.tx['mevShield']!['submitEncrypted']!(
      u8aToHex(shieldEncrypt(await nextKey(), new Uint8Array([1]))),
    );
    await expect(immortal.signAndSend(bob, { era: 0 })).rejects.toThrow(/Transaction is outdated/);
    const head = await api.rpc.chain.getHeader();
    const era = api.createType('ExtrinsicEra', { current: head.number.toNumber() - 1, period: 8 });
    await expect(
      api.tx['mevShield']!['submitEncrypted']!('0x0000000000').signAndSend(bob, { era, blockHash: head.parentHash }),
    ).rejects.toThrow(/Custom error: 23/);
  });

  it('a wrapper encrypted to an expired key is included and paid, and nothing inside runs', async () => {
    const { api, charlie, devnet } = h;
    const old = await nextKey();
    devnet.produceBlocks(3);
    expect(xxhashAsHex(await nextKey(), 128)).not.toBe(xxhashAsHex(old, 128));
    const { wrapper, inner, opts } = await shielded(charlie, old, 1_000_000_000n);
    const nonce = (await api.rpc.system.accountNextIndex(charlie.address)).toNumber();
    await wrapper.signAsync(charlie, opts);
    const out = await inBlock(wrapper);
    const exts = (await api.rpc.chain.getBlock(out)).block.extrinsics;
    const wi = exts.findIndex((x) => x.hash.toHex() === wrapper.hash.toHex());
    expect(wi).toBeGreaterThan(0);
    expect(await eventsOf(out, wi)).toEqual(
      expect.arrayContaining(['mevShield.EncryptedSubmitted', 'transactionPayment.TransactionFeePaid']),
    );
    expect(exts.some((x) => x.hash.toHex() === inner.hash.toHex())).toBe(false);
    // Only the wrapper's nonce was used: the inner one (n + 1) is still free, so a retry re-signs at n + 2.
    expect((await api.rpc.system.accountNextIndex(charlie.address)).toNumber()).toBe(nonce + 1);
  });
});
