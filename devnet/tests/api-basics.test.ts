// Unmodified @polkadot/api against the devnet, once per metadata file in the fixtures folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataFixtureFiles } from '../chain/metadata.ts';
import { harness, sendAndFinalize, type Harness } from './helpers.ts';

for (const file of metadataFixtureFiles()) {
  describe(`devnet with ${file.split('/').pop()}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await harness({ metadata: file });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('connects and reads chain basics', async () => {
      const { api } = h;
      const props = await api.rpc.system.properties();
      expect(props.ss58Format.unwrap().toNumber()).toBe(42);
      expect(props.tokenDecimals.unwrap()[0]?.toNumber()).toBe(9);
      expect(props.tokenSymbol.unwrap()[0]?.toString()).toBe('TAO');
      expect(api.genesisHash.toHex()).toBe(h.devnet.genesisHash);
      expect(api.runtimeVersion.specVersion.toNumber()).toBe(h.devnet.meta.specVersion);
      const acct = await api.query.system.account(h.alice.address);
      expect(acct.data.free.toBigInt()).toBe(100_000n * 10n ** 9n);
      expect((await api.query.balances.totalIssuance()).toBigInt()).toBeGreaterThan(0n);
    });

    it('transfer goes ready -> inBlock -> finalized and moves exactly amount + fee', async () => {
      const { api, alice, bob } = h;
      const amount = 1_500_000_000n;
      const tx = api.tx.balances.transferKeepAlive(bob.address, amount);
      const info = await tx.paymentInfo(alice);
      const before = await api.query.system.account.multi([alice.address, bob.address]);
      const out = await sendAndFinalize(api, tx, alice);
      // polkadot-js drops InBlock when Finalized arrives while it still fetches the inBlock events (switchMap), which
      // a loaded machine makes likely; the raw watch (ready, inBlock, finalized) is compared with the real runtime in
      // tests/conformance/rpc.test.ts.
      expect(out.statuses.filter((s) => s !== 'InBlock')).toEqual(['Ready', 'Finalized']);
      const after = await api.query.system.account.multi([alice.address, bob.address]);
      const fee = info.partialFee.toBigInt();
      expect(fee).toBeGreaterThan(0n);
      expect(before[0]!.data.free.toBigInt() - after[0]!.data.free.toBigInt()).toBe(amount + fee);
      expect(after[1]!.data.free.toBigInt() - before[1]!.data.free.toBigInt()).toBe(amount);
      expect(after[0]!.nonce.toNumber()).toBe(before[0]!.nonce.toNumber() + 1);
      expect(out.events.map((e) => `${e.section}.${e.method}`)).toEqual([
        'balances.Withdraw',
        'balances.Transfer',
        'balances.Deposit',
        'transactionPayment.TransactionFeePaid',
        'system.ExtrinsicSuccess',
      ]);
      const viaCall = await api.call.transactionPaymentApi.queryInfo(tx.toU8a(), tx.encodedLength);
      expect(viaCall.partialFee.toBigInt()).toBe(fee);
      // api.at(old) sees the old balance.
      const atOld = await api.at(before[0] ? (await api.rpc.chain.getBlockHash(0)).toHex() : '');
      expect((await atOld.query.system.account(alice.address)).data.free.toBigInt()).toBe(100_000n * 10n ** 9n);
    });
  });
}
