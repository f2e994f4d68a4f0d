// Runtime APIs, storage and the order of work in a block, on both chains from the same seeded state.
//  - Runtime APIs (StakeInfo, DelegateInfo, DynamicInfo, SubnetInfo, current_alpha_price): the same SCALE types
//    (decoded with the same metadata, the same JSON shape), and where the devnet's state is the real chain's clone, the
//    same values; spec 293 has no sim_swap_*, and neither does the devnet started with its metadata.
//  - Storage: the items a wallet reads hold values of the metadata's types on both, and the cloned ones are equal.
//  - Order: on the chain a subnet's epoch runs in on_initialize, before the block's extrinsics; a stake that lands
//    in an epoch block misses that epoch's dividends on both chains.
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKeys } from '../../devnet/real/seed.ts';
import { blocksUntilNextEpoch } from '../../devnet/subtensor/epoch.ts';
import { shapeOf, submit } from './helpers/outcome.ts';
import { startPair, type Pair, type Side } from './helpers/pair.ts';

const TAO = 1_000_000_000n;
const k = devKeys();
const A = k.validatorA.address;
let pair: Pair;
let net: number;
beforeAll(async () => {
  pair = await startPair({ seed: true });
  net = pair.seeded!.netuid;
});
afterAll(async () => {
  await pair?.stop();
});

type Call = (...args: unknown[]) => Promise<Codec>;
const call = (api: ApiPromise, section: string, method: string): Call => {
  const fn = api.call[section]?.[method];
  if (!fn) throw new Error(`no runtime API ${section}.${method}`);
  return fn as unknown as Call;
};
const big = (v: unknown): bigint => BigInt(String(v));

describe('runtime APIs', () => {
  it("StakeInfo of every seeded coldkey is the same, stake for stake, as the devnet's clone", async () => {
    for (const who of [k.charlie, k.dave, k.demo, k.bob, k.eve]) {
      const [real, dev] = await Promise.all(
        pair.both.map(
          async (s) =>
            (await call(s.api, 'stakeInfoRuntimeApi', 'getStakeInfoForColdkey')(who.address)).toJSON() as Array<
              Record<string, unknown>
            >,
        ),
      );
      expect(shapeOf(dev)).toEqual(shapeOf(real));
      const pick = (xs: Array<Record<string, unknown>>) =>
        xs.map((x) => [x['hotkey'], x['netuid'], big(x['stake'])]).sort((a, b) => String(a).localeCompare(String(b)));
      expect(pick(dev!), who.address).toEqual(pick(real!));
    }
  });

  it('DelegateInfo, DynamicInfo and SubnetInfo answer in the same types; owners, takes, tempos and reserves agree', async () => {
    const asks: Array<[string, string, unknown[]]> = [
      ['stakeInfoRuntimeApi', 'getStakeInfoForHotkeyColdkeyNetuid', [A, k.charlie.address, 0]],
      ['stakeInfoRuntimeApi', 'getStakeInfoForColdkeys', [[k.charlie.address, k.dave.address]]],
      ['delegateInfoRuntimeApi', 'getDelegate', [A]],
      ['delegateInfoRuntimeApi', 'getDelegates', []],
      ['delegateInfoRuntimeApi', 'getDelegated', [k.charlie.address]],
      ['subnetInfoRuntimeApi', 'getDynamicInfo', [net]],
      ['subnetInfoRuntimeApi', 'getAllDynamicInfo', []],
      ['subnetInfoRuntimeApi', 'getSubnetInfo', [net]],
      ['swapRuntimeApi', 'currentAlphaPrice', [net]],
    ];
    for (const [section, method, args] of asks) {
      const [real, dev] = await Promise.all(
        pair.both.map(async (s) => (await call(s.api, section, method)(...args)).toJSON()),
      );
      expect(shapeOf(dev), `${section}.${method}`).toEqual(shapeOf(real));
    }
    const delegates = await Promise.all(
      pair.both.map(async (s) =>
        (
          (await call(s.api, 'delegateInfoRuntimeApi', 'getDelegates')()).toJSON() as Array<{
            delegateSs58: string;
            take: number;
          }>
        )
          .map((d) => [d.delegateSs58, d.take])
          .sort(),
      ),
    );
    expect(delegates[1]).toEqual(delegates[0]);
    const [rd, dd] = await Promise.all(
      pair.both.map(
        async (s) =>
          (await call(s.api, 'subnetInfoRuntimeApi', 'getDynamicInfo')(net)).toJSON() as Record<string, unknown>,
      ),
    );
    for (const key of [
      'netuid',
      'ownerHotkey',
      'ownerColdkey',
      'subnetName',
      'tokenSymbol',
      'tempo',
      'taoIn',
      'alphaIn',
      'networkRegisteredAt',
    ])
      expect(dd![key], key).toEqual(rd![key]);
    const [rg, dg] = await Promise.all(
      pair.both.map(
        async (s) =>
          (await call(s.api, 'delegateInfoRuntimeApi', 'getDelegate')(A)).toJSON() as Record<string, unknown>,
      ),
    );
    for (const key of ['delegateSs58', 'take', 'ownerSs58']) expect(dg![key], key).toEqual(rg![key]);
  });

  it('current_alpha_price is SubnetTAO / SubnetAlphaIn on the devnet, and within 1 % of it on the chain (its pool prices from a square-root price)', async () => {
    for (const s of pair.both) {
      const price = big(await call(s.api, 'swapRuntimeApi', 'currentAlphaPrice')(net));
      const q = s.api.query['subtensorModule']!;
      const ratio = (big(await q['subnetTAO']!(net)) * TAO) / big(await q['subnetAlphaIn']!(net));
      const off = price > ratio ? price - ratio : ratio - price;
      if (s.name === 'devnet') expect(price).toBe(ratio);
      else expect(off * 100n <= ratio, `${price} vs ${ratio}`).toBe(true);
    }
  });

  it('spec 293 offers no swap simulation, and neither does the devnet with its metadata', async () => {
    for (const s of pair.both) {
      expect(s.api.call['swapRuntimeApi']?.['simSwapTaoForAlpha'], s.name).toBeUndefined();
      const answer = await s.rpc.call('state_call', [
        'SwapRuntimeApi_sim_swap_tao_for_alpha',
        '0x0200' + '00ca9a3b00000000',
      ]);
      expect(answer.error, s.name).toBeDefined();
    }
  });
});

describe('storage encodings', () => {
  it("the items a wallet reads decode with the metadata's types on both; cloned values are equal", async () => {
    const items: Array<[string, unknown[], 'equal' | 'type']> = [
      ['subnetTAO', [net], 'equal'],
      ['subnetAlphaIn', [net], 'equal'],
      ['tempo', [net], 'equal'],
      ['subnetOwner', [net], 'equal'],
      ['subnetOwnerHotkey', [net], 'equal'],
      ['subnetMechanism', [net], 'equal'],
      ['tokenSymbol', [net], 'equal'],
      ['delegates', [A], 'equal'],
      ['owner', [A], 'equal'],
      ['subtokenEnabled', [net], 'equal'],
      ['networksAdded', [net], 'equal'],
      ['totalHotkeyAlpha', [A, net], 'type'],
      ['totalHotkeyShares', [A, net], 'type'],
      ['alpha', [A, k.demo.address, net], 'type'],
      ['stakingHotkeys', [k.charlie.address], 'type'],
      ['subnetAlphaOut', [net], 'type'],
      ['subnetMovingPrice', [net], 'type'],
      ['lastMechansimStepBlock', [net], 'type'],
      ['totalIssuance', [], 'type'],
      ['totalStake', [], 'type'],
    ];
    for (const [item, args, how] of items) {
      const [real, dev] = await Promise.all(
        pair.both.map(async (s) => {
          const entry = s.api.query['subtensorModule']![item]!;
          const raw = await s.rpc.result<string | null>('state_getStorage', [entry.key(...args)]);
          return { raw, decoded: (await entry(...args)).toJSON() };
        }),
      );
      expect(real!.raw, `${item} (real)`).not.toBeNull();
      expect(dev!.raw, `${item} (devnet)`).not.toBeNull();
      expect(
        (dev!.raw!.length - 2) / 2 === (real!.raw!.length - 2) / 2 ||
          !/^(totalHotkeyShares|alpha|subnetMovingPrice)$/.test(item),
        item,
      ).toBe(true);
      expect(shapeOf(dev!.decoded), item).toEqual(shapeOf(real!.decoded));
      if (how === 'equal') expect(dev!.raw, item).toBe(real!.raw);
    }
  });

  it("a stake from storage, shares × TotalHotkeyAlpha / TotalHotkeyShares, is StakeInfo's on each chain", async () => {
    for (const s of pair.both) {
      const q = s.api.query['subtensorModule']!;
      const fixed = (c: Codec): { num: bigint; den: bigint } => ({
        num: big((c.toJSON() as { bits: string | number }).bits),
        den: 1n << 64n,
      });
      const share = fixed(await q['alpha']!(A, k.demo.address, net));
      const total = big(await q['totalHotkeyAlpha']!(A, net));
      const shares = fixed(await q['totalHotkeyShares']!(A, net));
      const fromStorage = (total * share.num) / shares.num;
      const info = (
        await call(s.api, 'stakeInfoRuntimeApi', 'getStakeInfoForHotkeyColdkeyNetuid')(A, k.demo.address, net)
      ).toJSON() as { stake: string | number };
      expect(fromStorage, s.name).toBe(big(info.stake));
    }
  });
});

describe('the order of work in a block', () => {
  /** Brings the side to the block before its next epoch on `net`, then stakes so the stake lands in the epoch block. */
  async function stakeInEpochBlock(
    s: Side,
  ): Promise<{ e: number; alpha: bigint; grew: bigint; hotkeyPaid: bigint; lastStep: number }> {
    const tempo = Number((await s.api.query['subtensorModule']!['tempo']!(net)).toString());
    let e = s.head() + 2;
    while (blocksUntilNextEpoch(net, tempo, e) !== 0n) e++;
    await s.newBlocks(e - 1 - s.head());
    const hashBefore = (await s.api.rpc.chain.getBlockHash()).toHex();
    const stakeBefore = async (hot: string, cold: string, at: string) =>
      big(
        (
          (
            await (
              await s.api.at(at)
            ).call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hot, cold, net)
          ).toJSON() as { stake?: string }
        ).stake ?? 0,
      );
    const totalAt = async (at: string) =>
      big(await (await s.api.at(at)).query['subtensorModule']!['totalHotkeyAlpha']!(A, net));
    const d0 = await stakeBefore(A, k.dave.address, hashBefore);
    const t0 = await totalAt(hashBefore);
    const out = await submit(
      s,
      (api) =>
        (
          api.tx['subtensorModule'] as unknown as Record<
            string,
            (...a: unknown[]) => ReturnType<ApiPromise['tx']['balances']['transferKeepAlive']>
          >
        )['addStake']!(A, net, 5n * TAO),
      k.dave,
    );
    const at = out.blockHash!;
    const alpha = big((out.events.find((x) => x.name === 'subtensorModule.StakeAdded')!.data as unknown[])[3]);
    const grew = (await stakeBefore(A, k.dave.address, at)) - d0;
    const lastStep = Number(
      (await (await s.api.at(at)).query['subtensorModule']!['lastMechansimStepBlock']!(net)).toString(),
    );
    return { e, alpha, grew, hotkeyPaid: (await totalAt(at)) - t0 - alpha, lastStep };
  }

  it('a stake sent into an epoch block lands after the epoch on both chains: the epoch paid the hotkey, the new stake got none of it', async () => {
    for (const s of pair.both) {
      const r = await stakeInEpochBlock(s);
      // The epoch ran in the block the stake landed in (LastMechansimStepBlock, the chain's own record)…
      expect(r.lastStep, s.name).toBe(r.e);
      // …and paid the hotkey's pool (AlphaDividendsPerSubnet records it)…
      expect(r.hotkeyPaid, s.name).toBeGreaterThan(0n);
      expect(big(await s.api.query['subtensorModule']!['alphaDividendsPerSubnet']!(net, A)), s.name).toBeGreaterThan(
        0n,
      );
      // …before the stake was bought: the new position is the alpha bought, floored by the share pool, no dividend.
      expect(r.alpha - r.grew >= 0n && r.alpha - r.grew <= 1n, `${s.name}: grew ${r.grew}, bought ${r.alpha}`).toBe(
        true,
      );
    }
  });
});
