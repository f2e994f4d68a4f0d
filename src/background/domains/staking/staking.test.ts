// Staking through the contract against the devnet: the preview is the chain's simulation and the pool
// formulas of the facts doc (§3.4, §5.1, §5.3) to the rao; a stake lands with exactly the previewed alpha;
// a partial unstake; a limit the trade exceeds is refused by the pool with nothing paid; a batch of three.
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../devnet/subtensor/index.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { ALICE_PHRASE, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const TAO = 1_000_000_000n;
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const decimal = (v: bigint): string => `${v / TAO}.${(v % TAO).toString().padStart(9, '0')}`;
const scenario = defaultScenario();
const hotOn = (netuid: number, skip = 0): string =>
  encodeAddress(
    scenario.validators.filter(
      (v) => v.registrations.includes(netuid) && v.coldkey !== scenario.validators[0]!.coldkey,
    )[skip]!.hotkey,
    42,
  );

describe('staking through the contract (devnet)', () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet());
  });
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  const api = async () => (await bg.services.chain.selectedLink()).api;
  const storage = async (item: string, netuid: number) =>
    BigInt((await (await api()).query['subtensorModule']![item]!(netuid)).toString());
  const landed = (id: string) =>
    until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find(
        (r: StakeTxRecord) => r.id === id && r.status !== 'submitted' && r.status !== 'inBlock',
      ),
    );
  const free = async () => BigInt((await bg.api.send('pri(portfolio.refresh)', null)).accounts[0]!.free);
  const position = async (hotkey: string, netuid: number) =>
    BigInt(
      (await bg.api.send('pri(portfolio.refresh)', null)).accounts[0]!.positions.find(
        (p) => p.hotkey === hotkey && p.netuid === netuid,
      )?.alpha ?? '0',
    );

  it('previews 10 TAO on subnet 1 exactly as the facts doc formulas say (constant-product pool, fee 33/65535, 1% limit)', async () => {
    const hot = hotOn(1);
    const [y, x] = [await storage('subnetTAO', 1), await storage('subnetAlphaIn', 1)];
    const p = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'stake', hotkey: hot, netuid: 1, amount: '10' },
    });
    const amount = 10n * TAO;
    const fee = (amount * 33n) / 65535n;
    const net = amount - fee;
    const spot = (y * TAO) / x;
    const out = (x * net) / (y + net);
    const leg = p.legs[0]!;
    expect(leg.swapFee).toBe(fee.toString());
    expect(leg.out).toBe(out.toString());
    expect(leg.spot).toBe(spot.toString());
    expect(leg.limitPrice).toBe(((spot * 10_100n + 9_999n) / 10_000n).toString());
    expect(leg.spotAfter).toBe((((y + net) * TAO) / (x - out)).toString());
    const ideal = (net * TAO) / spot;
    expect(leg.priceImpactPpm).toBe(((1_000_000n * (ideal - out) + ideal - 1n) / ideal).toString());
    expect(p.calls).toEqual(['subtensorModule.addStakeLimit']);
    expect(p.summary.i18nKey).toBe('call.addStakeLimit');
    expect(p.allowPartial).toBe(false);
    expect(BigInt(p.txFee)).toBeGreaterThan(0n);
  });

  it('stakes 10 TAO: the position grows by the previewed alpha, never below what the limit guarantees; free balance by amount + fee', async () => {
    const hot = hotOn(1);
    const req = { accountId: aliceId, op: { op: 'stake' as const, hotkey: hot, netuid: 1, amount: '10' } };
    const [before, free0] = [await position(hot, 1), await free()];
    const p = await bg.api.send('pri(staking.prepare)', req);
    const record = await bg.api.send('pri(staking.send)', req);
    const done = await landed(record.id);
    expect(done.status).toBe('finalized');
    const after = await position(hot, 1);
    // The preview read the head; the stake lands after its block's coinbase (on_initialize, as on the chain),
    // which moves the pool a little: never below what the limit price guarantees (share-pool floor: ≤ 1 rao).
    expect(after - before).toBeGreaterThanOrEqual(BigInt(p.legs[0]!.minOut!) - 1n);
    expect(after - before - BigInt(p.legs[0]!.out)).toBeGreaterThan(-BigInt(p.legs[0]!.out) / 1_000n);
    expect(after - before - BigInt(p.legs[0]!.out)).toBeLessThan(BigInt(p.legs[0]!.out) / 100n); // an epoch may add dividends
    expect(free0 - (await free())).toBe(10n * TAO + BigInt(done.fee));
  });

  it('unstakes half with remove_stake_limit; TAO returned is the simulation', async () => {
    const hot = hotOn(1);
    const held = await position(hot, 1);
    const half = held / 2n;
    const amount = `${half / TAO}.${(half % TAO).toString().padStart(9, '0')}`;
    const req = { accountId: aliceId, op: { op: 'unstake' as const, hotkey: hot, netuid: 1, amount } };
    const p = await bg.api.send('pri(staking.prepare)', req);
    expect(p.calls).toEqual(['subtensorModule.removeStakeLimit']);
    expect(p.legs[0]!.direction).toBe('sell');
    const done = await landed((await bg.api.send('pri(staking.send)', req)).id);
    expect(done.status).toBe('finalized');
    expect(await position(hot, 1)).toBeGreaterThanOrEqual(held - half);
  });

  it('a trade larger than the tolerance allows is refused by the pool (SlippageTooHigh), nothing paid or recorded', async () => {
    const hot = hotOn(2);
    const req = {
      accountId: aliceId,
      slippageBps: 10,
      op: { op: 'stake' as const, hotkey: hot, netuid: 2, amount: '500' },
    };
    const p = await bg.api.send('pri(staking.prepare)', req);
    expect(p.legs[0]!.exceedsTolerance).toBe(true);
    expect(p.warnings).toContain('exceeds-tolerance');
    const root = devnet.stateRoot();
    await expect(bg.api.send('pri(staking.send)', req)).rejects.toMatchObject({ data: { reason: 'pool-custom-8' } });
    expect(devnet.stateRoot()).toBe(root);
    expect((await bg.api.send('pri(staking.history)', null)).length).toBe(2);
  });

  it('delegates to three validators in one utility.batch_all', async () => {
    const items = [1, 2, 3].map((n) => ({ hotkey: hotOn(n), netuid: n, amount: '1' }));
    const req = { accountId: aliceId, op: { op: 'batchStake' as const, items } };
    const p = await bg.api.send('pri(staking.prepare)', req);
    expect(p.calls).toEqual([
      'utility.batchAll',
      'subtensorModule.addStakeLimit',
      'subtensorModule.addStakeLimit',
      'subtensorModule.addStakeLimit',
    ]);
    const before = await Promise.all(items.map((i) => position(i.hotkey, i.netuid)));
    const done = await landed((await bg.api.send('pri(staking.send)', req)).id);
    expect(done.status).toBe('finalized');
    const after = await Promise.all(items.map((i) => position(i.hotkey, i.netuid)));
    // Each leg lands after the block's coinbase: at least what its limit guarantees, close to the preview.
    after.forEach((a, i) => {
      expect(a - before[i]!).toBeGreaterThanOrEqual(BigInt(p.legs[i]!.minOut!) - 1n);
      expect(a - before[i]! - BigInt(p.legs[i]!.out)).toBeGreaterThan(-BigInt(p.legs[i]!.out) / 1_000n);
    });
  });

  it('keeps the reviewed limit: when the price moves past it before Approve, the pool refuses and nothing is paid', async () => {
    const hot = hotOn(4);
    const req = { accountId: aliceId, op: { op: 'stake' as const, hotkey: hot, netuid: 4, amount: '5' } };
    const reviewed = await bg.api.send('pri(staking.prepare)', req);
    // Someone buys first: the price rises far beyond the 1% reviewed.
    const push = {
      accountId: aliceId,
      slippageBps: 5_000,
      op: { op: 'stake' as const, hotkey: hotOn(4, 1), netuid: 4, amount: '300' },
    };
    await landed((await bg.api.send('pri(staking.send)', push)).id);
    const root = devnet.stateRoot();
    const limits = reviewed.legs.map((l) => l.limitPrice ?? null);
    await expect(bg.api.send('pri(staking.send)', { ...req, limits })).rejects.toMatchObject({
      data: { reason: expect.stringMatching(/^pool-custom-(8|14)$/) },
    });
    expect(devnet.stateRoot()).toBe(root);
  });

  it('moves across subnets with swap_stake_limit (ratio limit) and gives stake to another coldkey with transfer_stake', async () => {
    const v = scenario.validators.find(
      (x) => x.registrations.includes(5) && x.registrations.length > 1 && x.coldkey !== scenario.validators[0]!.coldkey,
    )!;
    const hot = encodeAddress(v.hotkey, 42);
    const [from, to] = [5, v.registrations.find((n) => n !== 5)!];
    await landed(
      (
        await bg.api.send('pri(staking.send)', {
          accountId: aliceId,
          op: { op: 'stake', hotkey: hot, netuid: from, amount: '4' },
        })
      ).id,
    );
    const swap = {
      accountId: aliceId,
      op: { op: 'move' as const, hotkey: hot, netuid: from, toHotkey: hot, toNetuid: to, amount: '1' },
    };
    const p = await bg.api.send('pri(staking.prepare)', swap);
    expect(p.calls).toEqual(['subtensorModule.swapStakeLimit']);
    const [o, d] = [BigInt(p.legs[0]!.spot), BigInt(p.legs[1]!.spot)];
    expect(p.legs[0]!.limitPrice).toBe(((o * 1_000_000_000n * 9_900n) / (d * 10_000n)).toString());
    // Pools weighted 0.5 (the devnet's): the chain's own cap (get_max_amount_move) holds the move to 1 %, so it is
    // sent as swap_stake_limit and the review says what the chain allows (1 % up to rounding).
    expect(p.moveCap?.protected).toBe(true);
    expect(BigInt(p.moveCap!.chainMax!)).toBeGreaterThanOrEqual(1_000_000_000n);
    expect(Number(p.moveCap!.allowedSlippagePpm)).toBeGreaterThanOrEqual(9_990);
    expect(Number(p.moveCap!.allowedSlippagePpm)).toBeLessThanOrEqual(10_001);
    const before = await position(hot, to);
    expect((await landed((await bg.api.send('pri(staking.send)', swap)).id)).status).toBe('finalized');
    expect(await position(hot, to)).toBeGreaterThan(before);

    const give = {
      accountId: aliceId,
      op: { op: 'transferStake' as const, hotkey: hot, netuid: from, toColdkey: BOB, toNetuid: from, amount: '1' },
    };
    const g = await bg.api.send('pri(staking.prepare)', give);
    expect(g.warnings).toContain('transfer-stake');
    expect(g.summary.warnings).toContain('transfer-stake');
    const aliceBefore = await position(hot, from);
    expect((await landed((await bg.api.send('pri(staking.send)', give)).id)).status).toBe('finalized');
    expect(aliceBefore - (await position(hot, from))).toBeGreaterThanOrEqual(TAO - TAO / 100n);
  });

  it('unstake: warns when the remainder would be swept; "everything" uses remove_stake_full_limit', async () => {
    const hot = hotOn(6);
    await landed(
      (
        await bg.api.send('pri(staking.send)', {
          accountId: aliceId,
          op: { op: 'stake', hotkey: hot, netuid: 6, amount: '1' },
        })
      ).id,
    );
    const held = await position(hot, 6);
    const price = BigInt(
      (
        await bg.api.send('pri(staking.prepare)', {
          accountId: aliceId,
          op: { op: 'unstake', hotkey: hot, netuid: 6, amount: '0.5' },
        })
      ).legs[0]!.spot,
    );
    // Leave about 0.01 TAO: above the 0.002 minimum, below NominatorMinRequiredStake's 0.02 TAO threshold.
    const keep = (10_000_000n * 1_000_000_000n) / price;
    const amount = decimal(held - keep);
    const p = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'unstake', hotkey: hot, netuid: 6, amount },
    });
    expect(p.warnings).toContain('remainder-swept');
    // The chain sweeps small nominations only after removals: a move leaving the same remainder is not swept.
    const move = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'move', hotkey: hot, netuid: 6, toHotkey: hotOn(6, 1), toNetuid: 6, amount },
    });
    expect(move.warnings).not.toContain('remainder-swept');
    const all = { accountId: aliceId, op: { op: 'unstake' as const, hotkey: hot, netuid: 6, amount: '0', all: true } };
    const q = await bg.api.send('pri(staking.prepare)', all);
    expect(q.calls).toEqual(['subtensorModule.removeStakeFullLimit']);
    expect(q.summary.i18nKey).toBe('call.removeStakeFullLimit');
    expect((await landed((await bg.api.send('pri(staking.send)', all)).id)).status).toBe('finalized');
    expect(await position(hot, 6)).toBe(0n);
  });

  it('refuses with a reason before anything is signed: over the position, below the minimum, not a proxy', async () => {
    const hot = hotOn(1);
    await expect(
      bg.api.send('pri(staking.prepare)', {
        accountId: aliceId,
        op: { op: 'unstake', hotkey: hot, netuid: 1, amount: '100000' },
      }),
    ).rejects.toMatchObject({ data: { reason: 'unstake-over-position' } });
    await expect(
      bg.api.send('pri(staking.prepare)', {
        accountId: aliceId,
        op: { op: 'stake', hotkey: hot, netuid: 1, amount: '0.001' },
      }),
    ).rejects.toMatchObject({ data: { reason: 'stake-below-minimum' } });
    await expect(
      bg.api.send('pri(staking.prepare)', {
        accountId: aliceId,
        op: { op: 'stake', hotkey: hot, netuid: 1, amount: '1000000' },
      }),
    ).rejects.toMatchObject({ data: { reason: 'stake-over-balance' } });
    await expect(
      bg.api.send('pri(staking.prepare)', {
        accountId: aliceId,
        real: BOB,
        op: { op: 'stake', hotkey: hot, netuid: 1, amount: '1' },
      }),
    ).rejects.toMatchObject({ data: { reason: 'not-a-proxy' } });
  });

  it('adds a Staking proxy; the proxy stakes for Alice through proxy.proxy; Alice removes it', async () => {
    const bob = await bg.api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      derivationPath: '//Bob',
      name: 'Bob',
      type: 'sr25519',
    });
    const add = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'addProxy', delegate: BOB },
    });
    expect(add.calls).toEqual(['proxy.addProxy']);
    expect(BigInt(add.deposit!)).toBeGreaterThan(0n);
    expect(
      (
        await landed(
          (await bg.api.send('pri(staking.send)', { accountId: aliceId, op: { op: 'addProxy', delegate: BOB } })).id,
        )
      ).status,
    ).toBe('finalized');
    expect((await bg.api.send('pri(staking.proxies)', { accountId: aliceId })).proxies).toEqual([
      { delegate: BOB, proxyType: 'Staking', delay: 0 },
    ]);
    const hot = hotOn(7);
    const req = { accountId: bob.id, real: ALICE, op: { op: 'stake' as const, hotkey: hot, netuid: 7, amount: '2' } };
    const p = await bg.api.send('pri(staking.prepare)', req);
    expect(p.calls).toEqual(['proxy.proxy', 'subtensorModule.addStakeLimit']);
    expect(p.coldkey).toBe(ALICE);
    const before = await position(hot, 7);
    expect((await landed((await bg.api.send('pri(staking.send)', req)).id)).status).toBe('finalized');
    // At least what the limit guarantees (the block's coinbase runs first), close to the simulation.
    const grew = (await position(hot, 7)) - before;
    expect(grew).toBeGreaterThanOrEqual(BigInt(p.legs[0]!.minOut!) - 1n);
    expect(grew - BigInt(p.legs[0]!.out)).toBeGreaterThan(-BigInt(p.legs[0]!.out) / 1_000n);
    expect(
      (
        await landed(
          (await bg.api.send('pri(staking.send)', { accountId: aliceId, op: { op: 'removeProxy', delegate: BOB } })).id,
        )
      ).status,
    ).toBe('finalized');
    expect((await bg.api.send('pri(staking.proxies)', { accountId: aliceId })).proxies).toEqual([]);
  });

  it('root is 1:1 with no fee; a move to another hotkey on another subnet is marked unprotected', async () => {
    const r = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'stake', hotkey: hotOn(1), netuid: 0, amount: '3' },
    });
    expect(r.legs[0]).toMatchObject({
      netuid: 0,
      out: '3000000000',
      swapFee: '0',
      spot: '1000000000',
      priceImpactPpm: '0',
      exceedsTolerance: false,
    });
    const m = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'move', hotkey: hotOn(1), netuid: 1, toHotkey: hotOn(2), toNetuid: 2, amount: '0.5' },
    });
    expect(m.calls).toEqual(['subtensorModule.moveStake']);
    expect(m.warnings).toContain('unprotected-move');
    expect(m.legs.map((l) => l.limitPrice)).toEqual([undefined, undefined]);
  });

  it('claims root dividends with claim_root: plain-words review, then what was owed on those subnets is paid', async () => {
    const owedOnRoot = async () => {
      const view = await bg.api.send('pri(yield.get)', null);
      return view.positions.filter((p) => p.account === ALICE && p.netuid === 0 && p.rootOwed);
    };
    const claimable = await until(async () => {
      devnet.produceBlocks(10);
      const found = (await owedOnRoot()).find((p) => p.rootOwed!.subnets.some((x) => x.claimable));
      return found ?? null;
    });
    const subnets = claimable
      .rootOwed!.subnets.filter((x) => x.claimable)
      .slice(0, 5)
      .map((x) => x.netuid);
    const p = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'claimRoot', subnets: [...subnets].reverse() },
    });
    expect(p.calls).toEqual(['subtensorModule.claimRoot']);
    expect(p.summary).toMatchObject({
      i18nKey: 'call.claimRoot',
      params: { subnets: [...subnets].sort((a, b) => a - b).join(', ') },
    });
    expect(p.legs).toEqual([]);
    expect(p.warnings).not.toContain('tolerance-risky');
    const rootBefore = await position(claimable.hotkey, 0);
    const record = await bg.api.send('pri(staking.send)', { accountId: aliceId, op: { op: 'claimRoot', subnets } });
    expect(record.op).toBe('claimRoot');
    expect((await landed(record.id)).status).toBe('finalized');
    // Swap (the default claim type): the alpha was sold for TAO and staked on root.
    expect(await position(claimable.hotkey, 0)).toBeGreaterThan(rootBefore);
    const after = (await owedOnRoot()).find((x) => x.hotkey === claimable.hotkey)!;
    for (const n of subnets) {
      const before = BigInt(claimable.rootOwed!.subnets.find((x) => x.netuid === n)!.alpha);
      expect(BigInt(after.rootOwed!.subnets.find((x) => x.netuid === n)?.alpha ?? '0')).toBeLessThan(before);
    }
    await expect(
      bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'claimRoot', subnets: [] } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(
      bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'claimRoot', subnets: [1, 2, 3, 4, 5, 6] } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it("sets the root claim type from the runtime's own variants; with Keep a claim stakes the alpha on the subnet", async () => {
    expect(await bg.api.send('pri(staking.rootClaimType)', { accountId: aliceId })).toEqual({
      current: 'Swap',
      currentSubnets: null,
      options: ['Swap', 'Keep'],
      withSubnets: [],
    });
    const p = await bg.api.send('pri(staking.prepare)', {
      accountId: aliceId,
      op: { op: 'setRootClaimType', claimType: 'Keep' },
    });
    expect(p.calls).toEqual(['subtensorModule.setRootClaimType']);
    expect(p.summary.i18nKey).toBe('call.setRootClaimKeep');
    expect(p.legs).toEqual([]);
    const set = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'setRootClaimType', claimType: 'Keep' },
    });
    expect((await landed(set.id)).status).toBe('finalized');
    expect(await bg.api.send('pri(staking.rootClaimType)', { accountId: aliceId })).toEqual({
      current: 'Keep',
      currentSubnets: null,
      options: ['Swap', 'Keep'],
      withSubnets: [],
    });

    const claimable = await until(async () => {
      devnet.produceBlocks(10);
      const view = await bg.api.send('pri(yield.get)', null);
      return (
        view.positions.find(
          (x) => x.account === ALICE && x.netuid === 0 && x.rootOwed?.subnets.some((s) => s.claimable),
        ) ?? null
      );
    });
    const n = claimable.rootOwed!.subnets.find((x) => x.claimable)!.netuid;
    const [rootBefore, subnetBefore] = [await position(claimable.hotkey, 0), await position(claimable.hotkey, n)];
    const claim = await bg.api.send('pri(staking.send)', { accountId: aliceId, op: { op: 'claimRoot', subnets: [n] } });
    expect((await landed(claim.id)).status).toBe('finalized');
    expect(await position(claimable.hotkey, n)).toBeGreaterThan(subnetBefore);
    expect(await position(claimable.hotkey, 0)).toBe(rootBefore);

    for (const claimType of ['Bogus', 'KeepSubnets']) {
      await expect(
        bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'setRootClaimType', claimType } }),
      ).rejects.toMatchObject({ code: 'invalid-request', data: { reason: 'claim-type-unknown' } });
    }
    await expect(
      bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'setRootClaimType', claimType: '' } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    const back = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'setRootClaimType', claimType: 'Swap' },
    });
    expect((await landed(back.id)).status).toBe('finalized');
    expect((await bg.api.send('pri(staking.rootClaimType)', { accountId: aliceId })).current).toBe('Swap');
  });

  it('lists validators per subnet and on root with take, stake, nominators; yield from the yield model or null', async () => {
    const dir = await bg.api.send('pri(validators.list)', {});
    expect(dir.rows.length).toBeGreaterThan(32);
    const row = dir.rows.find((r) => r.hotkey === hotOn(1) && r.netuid === 1)!;
    expect(row.take).toBeGreaterThanOrEqual(0);
    expect(BigInt(row.stakeTao)).toBeGreaterThan(0n);
    expect(row.nominators).toBeGreaterThan(0);
    expect(row.projectedDailyRate === null || Number(row.projectedDailyRate) >= 0).toBe(true);
    expect(dir.rows.some((r) => r.netuid === 0)).toBe(true);
  });
});
