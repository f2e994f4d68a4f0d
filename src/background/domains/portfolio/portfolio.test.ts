import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../../../devnet/index.ts';
import { apiConnector, type ApiLink } from '../../chain/connect.ts';
import { MetadataCache } from '../../chain/metadata-cache.ts';
import { memoryStorageArea } from '../../store/storage-area.ts';
import { assemble, transferableOf } from './assemble.ts';
import { PortfolioReader } from './load.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';

describe('portfolio against the devnet', () => {
  let devnet: Devnet;
  let link: ApiLink;
  const sent: string[] = [];
  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, instant: true });
    link = await apiConnector(new MetadataCache(memoryStorageArea()))(devnet.url);
    const provider = link.api['_rpcCore'].provider;
    const send = provider.send.bind(provider);
    provider.send = (method: string, params: unknown[], ...rest: unknown[]) => {
      sent.push(method);
      return send(method, params, ...(rest as []));
    };
  });
  afterAll(async () => {
    await link?.close();
    await devnet?.stop();
  });

  it("declares the runtime's own signed extensions from its metadata", () => {
    expect(link.extensions).toEqual(devnet.meta.signedExtensions);
  });

  it('values every position at spot and at the unstake simulation, in batch', async () => {
    const reader = new PortfolioReader(link.api);
    sent.length = 0;
    const first = await reader.read([BOB, CHARLIE]);
    const bob = first.accounts[0]!;
    expect(bob.positions.length).toBe(6);
    const sub = bob.positions.find((p) => p.netuid !== 0)!;
    const price = BigInt((await link.api.call['swapRuntimeApi']!['currentAlphaPrice']!(sub.netuid)).toString());
    expect(sub.price).toBe(price.toString());
    expect(BigInt(sub.taoSpot)).toBe((BigInt(sub.alpha) * price) / 1_000_000_000n);
    const sim = (
      await link.api.call['swapRuntimeApi']!['simSwapAlphaForTao']!(sub.netuid, BigInt(sub.alpha))
    ).toJSON() as { taoAmount: number };
    expect(sub.taoUnstake).toBe(BigInt(sim.taoAmount).toString());
    expect(BigInt(sub.taoUnstake)).toBeLessThan(BigInt(sub.taoSpot));
    expect(sub.validatorName).toMatch(/^Validator \d+$/);
    expect(sub.symbol).toMatch(/^[α-θ]$/);
    const root = bob.positions.filter((p) => p.netuid === 0);
    expect(bob.stakedRoot).toBe(root.reduce((s, p) => s + BigInt(p.alpha), 0n).toString());
    expect(BigInt(bob.total)).toBe(
      BigInt(bob.free) + BigInt(bob.reserved) + BigInt(bob.stakedRoot) + BigInt(bob.stakedSubnetSpot),
    );
    expect(BigInt(first.totals.total)).toBe(BigInt(bob.total) + BigInt(first.accounts[1]!.total));
    // A second read on an unchanged chain reuses names and simulations: only the batch calls go out.
    sent.length = 0;
    await reader.read([BOB, CHARLIE]);
    expect(sent.filter((m) => m === 'state_call').length).toBeLessThanOrEqual(3 + 8);
  });

  it('transferable is free minus what is frozen beyond reserved', () => {
    expect(transferableOf({ data: { free: 100n, reserved: 10n, frozen: 30n } })).toBe(80n);
    expect(transferableOf({ data: { free: 100n, reserved: 50n, frozen: 30n } })).toBe(100n);
    expect(transferableOf({ data: { free: 10n, reserved: 0n, frozen: 30n } })).toBe(0n);
    const none = assemble({
      addresses: [BOB],
      accounts: [],
      stakes: new Map(),
      subnets: new Map(),
      prices: new Map(),
      unstake: new Map(),
      names: new Map(),
    });
    expect(none.totals.total).toBe('0');
  });
});
