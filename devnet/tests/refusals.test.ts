// Invalid transactions are refused with 1010 like a real node; api.at(old) reads old state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';

describe('transaction refusals (default metadata)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const rawSubmit = (hex: string): Promise<unknown> => h.api.rpc.author.submitExtrinsic(hex);

  it('bad signature -> 1010 bad signature', async () => {
    const { api, alice, bob } = h;
    const tx = api.tx.balances.transferKeepAlive(bob.address, 1_000_000n);
    await tx.signAsync(alice, { nonce: (await api.rpc.system.accountNextIndex(alice.address)).toNumber() });
    const bytes = hexToU8a(tx.toHex());
    // Layout: compact len (2 bytes here), version 0x84, MultiAddress 0x00+32, MultiSignature 0x01+64, …
    const copy = bytes.slice();
    const lenBytes = (copy[0] ?? 0) & 0b11 ? 2 : 1;
    const at = lenBytes + 1 + 33 + 1 + 10;
    copy[at] = (copy[at] ?? 0) ^ 0xff;
    await expect(rawSubmit(u8aToHex(copy))).rejects.toThrow(
      /1010: Invalid Transaction: Transaction has a bad signature/,
    );
  });

  it('wrong genesis hash -> 1010 bad signature', async () => {
    const { api, alice, bob } = h;
    const tx = api.tx.balances.transferKeepAlive(bob.address, 1_000_000n);
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    await tx.signAsync(alice, {
      nonce,
      era: 0,
      blockHash: '0x' + '11'.repeat(32),
      genesisHash: '0x' + '11'.repeat(32),
    } as unknown as Parameters<typeof tx.signAsync>[1]);
    await expect(rawSubmit(tx.toHex())).rejects.toThrow(/1010: Invalid Transaction: Transaction has a bad signature/);
  });

  it('stale nonce -> 1010 outdated; failing transfer pays fee and bumps nonce', async () => {
    const { api, alice, bob } = h;
    await sendAndFinalize(api, api.tx.balances.transferKeepAlive(bob.address, 1_000_000_000n), alice);
    const stale = api.tx.balances.transferKeepAlive(bob.address, 1_000_000n);
    await stale.signAsync(alice, { nonce: 0 });
    await expect(rawSubmit(stale.toHex())).rejects.toThrow(/1010: Invalid Transaction: Transaction is outdated/);

    const before = await api.query.system.account(alice.address);
    const tooMuch = api.tx.balances.transferKeepAlive(bob.address, before.data.free.toBigInt());
    const fee = (await tooMuch.paymentInfo(alice)).partialFee.toBigInt();
    const out = await sendAndFinalize(api, tooMuch, alice);
    expect(out.dispatchError).toMatch(/FundsUnavailable/);
    expect(out.events.map((e) => e.method)).toContain('ExtrinsicFailed');
    const after = await api.query.system.account(alice.address);
    expect(before.data.free.toBigInt() - after.data.free.toBigInt()).toBe(fee);
    expect(after.nonce.toNumber()).toBe(before.nonce.toNumber() + 1);
  });

  it('cannot pay fees -> 1010 payment', async () => {
    const { api, keyring, bob } = h;
    const poor = keyring.addFromUri('//NoMoney');
    const tx = api.tx.balances.transferKeepAlive(bob.address, 1n);
    await tx.signAsync(poor, { nonce: 0 });
    await expect(rawSubmit(tx.toHex())).rejects.toThrow(/1010: Invalid Transaction: Inability to pay some fees/);
  });

  it('api.at(oldHash) returns old balances; history kept per block', async () => {
    const { api, alice, bob, devnet } = h;
    const hash1 = (await api.rpc.chain.getFinalizedHead()).toHex();
    const old = (await api.query.system.account(bob.address)).data.free.toBigInt();
    await sendAndFinalize(api, api.tx.balances.transferAllowDeath(bob.address, 7_000_000_000n), alice);
    devnet.produceBlocks(5);
    const now = (await api.query.system.account(bob.address)).data.free.toBigInt();
    expect(now - old).toBe(7_000_000_000n);
    const apiAt = await api.at(hash1);
    expect((await apiAt.query.system.account(bob.address)).data.free.toBigInt()).toBe(old);
    const nonceThen = await apiAt.call.accountNonceApi.accountNonce(alice.address);
    expect(nonceThen.toNumber()).toBeLessThan((await api.call.accountNonceApi.accountNonce(alice.address)).toNumber());
  });

  it('subscriptions: new heads and storage changes arrive per block', async () => {
    const { api, alice, bob, devnet } = h;
    const heads: number[] = [];
    const unsubHeads = await api.rpc.chain.subscribeNewHeads((hd) => {
      heads.push(hd.number.toNumber());
    });
    const frees: bigint[] = [];
    const unsubAcct = await api.rpc.state.subscribeStorage([api.query.system.account.key(bob.address)], ([raw]) => {
      frees.push(api.createType('AccountInfo', raw?.toU8a(true)).data.free.toBigInt());
    });
    await sendAndFinalize(api, api.tx.balances.transferKeepAlive(bob.address, 2_000_000_000n), alice);
    devnet.produceBlock();
    await new Promise((r) => setTimeout(r, 100));
    unsubHeads();
    unsubAcct();
    expect(heads.length).toBeGreaterThanOrEqual(2);
    expect(frees.length).toBeGreaterThanOrEqual(2);
    expect(frees[frees.length - 1]! - frees[0]!).toBe(2_000_000_000n);
  });
});
