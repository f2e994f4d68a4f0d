// Transfers, proxies and batches on both chains from the same accounts and balances: what payment_queryInfo says,
// whether the pool refuses and how, and once included every event of the extrinsic with its data (amounts, fees,
// refunds, weights, errors) must be the same. Pool refusals (stale, future, bad proof, payment) are also compared as
// the runtime API answers them (TaggedTransactionQueue_validate_transaction, SCALE decoded), which is the runtime's
// own word on both sides.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKeys } from '../../devnet/real/seed.ts';
import { refusalOf, submit, type Outcome } from './helpers/outcome.ts';
import { startPair, type Pair, type Side } from './helpers/pair.ts';

const TAO = 1_000_000_000n;
const k = devKeys();
let pair: Pair;
beforeAll(async () => {
  pair = await startPair({ seed: false });
});
afterAll(async () => {
  await pair?.stop();
});

type Make = (api: ApiPromise) => SubmittableExtrinsic<'promise'>;

/** The same transaction on both chains, real first; the outcomes must be equal. */
async function same(make: Make, signer: KeyringPair): Promise<Outcome> {
  const real = await submit(pair.real, make, signer);
  const dev = await submit(pair.devnet, make, signer);
  expect(dev).toEqual({ ...real, blockHash: dev.blockHash });
  return real;
}

const tka =
  (to: string, amount: bigint): Make =>
  (api) =>
    api.tx.balances.transferKeepAlive(to, amount);

describe('transfers: fees, refunds, events and errors match', () => {
  it('transfer_keep_alive to a new account: NewAccount, Endowed, Transfer; the fee withdrawn, 0 refunded, burned', async () => {
    const out = await same(tka(k.demo.address, 10n * TAO), k.alice);
    expect(out.events.map((e) => e.name)).toEqual([
      'balances.Withdraw',
      'system.NewAccount',
      'balances.Endowed',
      'balances.Transfer',
      'balances.Deposit',
      'transactionPayment.TransactionFeePaid',
      'system.ExtrinsicSuccess',
    ]);
    expect(out.info.partialFee).toBe(String((out.events[0]!.data as [string, number])[1]));
    // The fee goes nowhere: no author is paid (TransactionFeeHandler burns it).
    expect(out.events.filter((e) => e.name === 'balances.Deposit').map((e) => (e.data as [string, number])[0])).toEqual(
      [k.alice.address],
    );
  });

  it('transfer_allow_death and transfer_all weigh what the runtime declares', async () => {
    const a = await same((api) => api.tx.balances.transferAllowDeath(k.bob.address, TAO), k.alice);
    expect(a.info.weight).toEqual({ refTime: '176105000', proofSize: '3593' });
    const info = await Promise.all(
      pair.both.map(async (s) =>
        (await s.api.tx.balances.transferAll(k.bob.address, true).paymentInfo(k.ferdie)).toJSON(),
      ),
    );
    expect(info[1]).toEqual(info[0]);
  });

  it('more than the total issuance fails with Arithmetic(Underflow), less but more than free with Token(FundsUnavailable), below ED to a new account with Token(BelowMinimum)', async () => {
    expect((await same(tka(k.bob.address, 10_000_000n * TAO), k.alice)).dispatchError).toBe(
      '{"arithmetic":"Underflow"}',
    );
    expect((await same(tka(k.bob.address, 3_000n * TAO), k.dave)).dispatchError).toBe('{"token":"FundsUnavailable"}');
    expect((await same(tka(k.validatorB.address, 1n), k.alice)).dispatchError).toBe('{"token":"BelowMinimum"}');
  });

  it("the weights taken from the runtime hold: System.remark's fee, and the timestamp inherent's ExtrinsicSuccess in every block", async () => {
    for (const remark of ['0x', '0x00', `0x${'ab'.repeat(32)}`]) {
      const info = await Promise.all(
        pair.both.map(async (s) => (await s.api.tx.system.remark(remark).paymentInfo(k.eve)).toJSON()),
      );
      expect(info[1], remark).toEqual(info[0]);
    }
    const inherent = await Promise.all(
      pair.both.map(async (s) => {
        const events = await s.api.query.system.events();
        return events
          .filter((r) => r.phase.isApplyExtrinsic && r.phase.asApplyExtrinsic.toNumber() === 0)
          .map((r) => [`${r.event.section}.${r.event.method}`, r.event.data.toJSON()]);
      }),
    );
    expect(inherent[1]).toEqual(inherent[0]);
    expect(JSON.stringify(inherent[0])).toContain('"class":"Mandatory"');
  });

  it('payment_queryFeeDetails and TransactionPaymentApi query_info / query_fee_details answer the same SCALE', async () => {
    const [real, dev] = await Promise.all(
      pair.both.map(async (s) => {
        const tx = await s.api.tx.balances.transferKeepAlive(k.bob.address, TAO).signAsync(k.eve, { nonce: 0, era: 0 });
        const len = new Uint8Array(4);
        new DataView(len.buffer).setUint32(0, tx.encodedLength, true);
        const arg = u8aToHex(u8aConcat(tx.toU8a(), len));
        return {
          info: await s.rpc.result('state_call', ['TransactionPaymentApi_query_info', arg]),
          details: await s.rpc.result('state_call', ['TransactionPaymentApi_query_fee_details', arg]),
          rpcDetails: await s.rpc.result('payment_queryFeeDetails', [tx.toHex()]),
        };
      }),
    );
    expect(dev!.info).toBe(real!.info);
    expect(dev!.details).toBe(real!.details);
    // payment_queryFeeDetails: a node (and the devnet) answers FeeDetails as JSON. Chopsticks' RPC layer passes the
    // runtime's SCALE through and calls it with a mis-encoded length (its len_fee is wrong), so the devnet's JSON is
    // held against the runtime's own query_fee_details answer above, FeeDetails<u64>: Option<InclusionFee
    // { base_fee, len_fee, adjusted_weight_fee }>, tip.
    expect(typeof real!.rpcDetails).toBe('string');
    const [inclusion, tip] = pair.real.api.createType(
      '(Option<(u64, u64, u64)>, u64)',
      real!.details as string,
    ) as unknown as [{ unwrap(): [unknown, unknown, unknown] }, unknown];
    const [baseFee, lenFee, adjustedWeightFee] = inclusion.unwrap().map((x) => BigInt(String(x)));
    const devDetails = dev!.rpcDetails as { inclusionFee: Record<string, string>; tip: string };
    expect(Object.fromEntries(Object.entries(devDetails.inclusionFee).map(([key, x]) => [key, BigInt(x)]))).toEqual({
      baseFee,
      lenFee,
      adjustedWeightFee,
    });
    expect(BigInt(devDetails.tip)).toBe(BigInt(String(tip)));
  });
});

describe('pool validation: refusals and ValidTransaction match', () => {
  /** TaggedTransactionQueue_validate_transaction(External, tx, best hash), decoded. */
  async function validity(side: Side, hex: string): Promise<unknown> {
    const head = (await side.api.rpc.chain.getBlockHash()).toU8a();
    const answer = await side.rpc.result<string>('state_call', [
      'TaggedTransactionQueue_validate_transaction',
      u8aToHex(u8aConcat(new Uint8Array([2]), hexToU8a(hex), head)),
    ]);
    return side.api.createType('TransactionValidity', answer).toJSON();
  }

  /** Signs on both with `nonce` (relative to the next one when `ahead`), validates, then submits. */
  async function both(
    make: Make,
    signer: KeyringPair,
    opts: { nonce?: number; ahead?: number; tamper?: boolean } = {},
  ) {
    const out = [] as Array<{ validity: unknown; refused: unknown; accepted: boolean }>;
    for (const side of pair.both) {
      const next = (await side.api.rpc.system.accountNextIndex(signer.address)).toNumber();
      const nonce = opts.nonce ?? next + (opts.ahead ?? 0);
      let hex: string = (await make(side.api).signAsync(signer, { nonce })).toHex();
      if (opts.tamper) hex = `${hex.slice(0, 120)}${hex[120] === 'a' ? 'b' : 'a'}${hex.slice(121)}`;
      const v = await validity(side, hex);
      const sub = await side.rpc.call('author_submitExtrinsic', [hex]);
      out.push({ validity: v, refused: refusalOf(sub.error), accepted: sub.result !== undefined });
    }
    return out;
  }

  it('valid: provides (signer, nonce), longevity from the era, priority u64::MAX', async () => {
    // Each side signs at its own head (mortal from there) and validates for the next block: the same longevity.
    const [real, dev] = await both(tka(k.bob.address, TAO), k.charlie);
    expect(real!.accepted).toBe(true);
    expect(dev).toEqual(real);
    expect(JSON.stringify(real!.validity)).toContain('"priority":"0xffffffffffffffff"');
    await Promise.all(pair.both.map((s) => s.newBlocks(1)));
  });

  it('a future nonce is valid and requires (signer, nonce - 1); it waits in the pool', async () => {
    const [real, dev] = await both(tka(k.bob.address, TAO), k.charlie, { ahead: 5 });
    expect(dev).toEqual(real);
    expect(JSON.stringify(real!.validity)).toContain('"requires":["0x');
  });

  it('stale, bad proof and unpayable are refused with the same InvalidTransaction', async () => {
    const stale = await both(tka(k.bob.address, TAO), k.alice, { nonce: 0 });
    expect(stale[0]!.refused).toEqual({ code: 1010, kind: 'stale' });
    expect(stale[1]).toEqual(stale[0]);
    const bad = await both(tka(k.bob.address, TAO), k.charlie, { tamper: true });
    expect(bad[0]!.refused).toEqual({ code: 1010, kind: 'badProof' });
    expect(bad[1]).toEqual(bad[0]);
    const poor = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//NobodyHasMoney');
    const unpayable = await both(tka(k.bob.address, TAO), poor, { nonce: 0 });
    expect(unpayable[0]!.refused).toEqual({ code: 1010, kind: 'payment' });
    expect(unpayable[1]).toEqual(unpayable[0]);
  });
});

describe('proxies and batches: events, deposits, filters and refunds match', () => {
  it('add_proxy reserves the deposit; a Staking proxy may not transfer (CallFiltered in ProxyExecuted); a non-proxy is refused (NotProxy); remove_proxy unreserves', async () => {
    const added = await same((api) => api.tx.proxy.addProxy(k.dave.address, 'Staking', 0), k.alice);
    expect(added.events.map((e) => e.name)).toContain('balances.Reserved');
    const filtered = await same(
      (api) => api.tx.proxy.proxy(k.alice.address, null, api.tx.balances.transferKeepAlive(k.bob.address, TAO)),
      k.dave,
    );
    expect(filtered.events.find((e) => e.name === 'proxy.ProxyExecuted')!.data).toEqual([
      { err: { module: { index: 0, error: '0x05000000' } } },
    ]);
    expect(
      (
        await same(
          (api) => api.tx.proxy.proxy(k.bob.address, null, api.tx.balances.transferKeepAlive(k.bob.address, TAO)),
          k.dave,
        )
      ).dispatchError,
    ).toBe('proxy.NotProxy');
    expect(
      (await same((api) => api.tx.proxy.removeProxy(k.dave.address, 'Staking', 0), k.alice)).events.map((e) => e.name),
    ).toContain('balances.Unreserved');
    expect((await same((api) => api.tx.proxy.removeProxy(k.dave.address, 'Staking', 0), k.alice)).dispatchError).toBe(
      'proxy.NotFound',
    );
  });

  it('batch_all: atomic, and the failing item fails the extrinsic; batch: interrupted, the unused fee refunded; force_batch: refund too', async () => {
    const two = (api: ApiPromise, second: bigint) => [
      api.tx.balances.transferKeepAlive(k.bob.address, TAO),
      api.tx.balances.transferKeepAlive(k.charlie.address, second),
    ];
    const ok = await same((api) => api.tx.utility.batchAll(two(api, TAO)), k.alice);
    expect(ok.events.filter((e) => e.name === 'utility.ItemCompleted')).toHaveLength(2);
    const failed = await same((api) => api.tx.utility.batchAll(two(api, 10_000_000n * TAO)), k.alice);
    expect(failed.events.map((e) => e.name)).not.toContain('balances.Transfer');
    const interrupted = await same(
      (api) =>
        api.tx.utility.batch([
          ...two(api, 10_000_000n * TAO),
          api.tx.balances.transferKeepAlive(k.charlie.address, TAO),
        ]),
      k.alice,
    );
    expect(interrupted.events.map((e) => e.name)).toContain('utility.BatchInterrupted');
    const refund = (o: Outcome) =>
      BigInt((o.events.find((e) => e.name === 'balances.Deposit')!.data as [string, number])[1]);
    expect(refund(interrupted)).toBeGreaterThan(0n);
    expect(
      refund(await same((api) => api.tx.utility.forceBatch(two(api, 10_000_000n * TAO)), k.alice)),
    ).toBeGreaterThan(0n);
  });

  it('a batch directly inside a batch is refused whole by the call filter (System.CallFiltered), fee paid', async () => {
    const nested = await same(
      (api) => api.tx.utility.batchAll([api.tx.utility.batch([api.tx.balances.transferKeepAlive(k.bob.address, TAO)])]),
      k.alice,
    );
    expect(nested.dispatchError).toBe('system.CallFiltered');
    const plain = await same(
      (api) => api.tx.utility.batch([api.tx.utility.batch([api.tx.balances.transferKeepAlive(k.bob.address, TAO)])]),
      k.alice,
    );
    expect(plain.dispatchError).toBe('system.CallFiltered');
  });
});
