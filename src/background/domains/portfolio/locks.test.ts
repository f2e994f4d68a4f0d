// "If unstaked now" as the chain would sell it: all of an account's positions on a subnet in one sale, and on a
// runtime with conviction locks (the devnet's current-runtime mode) only what the lock leaves available, with the
// locked and available alpha on each position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAddress } from '@polkadot/util-crypto';
import { metadataCurrent } from '../../../../devnet/chain/metadata-current.ts';
import { startDevnet, type Devnet } from '../../../../devnet/index.ts';
import { defaultScenario, DEV_ACCOUNTS } from '../../../../devnet/subtensor/index.ts';
import { apiConnector, type ApiLink } from '../../chain/connect.ts';
import { MetadataCache } from '../../chain/metadata-cache.ts';
import { memoryStorageArea } from '../../store/storage-area.ts';
import { PortfolioReader } from './load.ts';

const TAO = 1_000_000_000n;
const ALICE = encodeAddress(DEV_ACCOUNTS.alice, 42);
const scenario = defaultScenario();
const [own, , onTwo, , , onFive] = scenario.validators;
const LOCKED = 1_200n * TAO;

describe('portfolio: one sale per subnet, within the lock', () => {
  let devnet: Devnet;
  let link: ApiLink;
  beforeAll(async () => {
    devnet = await startDevnet({
      port: 0,
      instant: true,
      metadata: metadataCurrent(),
      scenario: {
        subtensor: {
          ...scenario,
          nominations: [
            ...(scenario.nominations ?? []),
            { coldkey: DEV_ACCOUNTS.alice, hotkey: onTwo!.hotkey, netuid: 2, alpha: (800n * TAO).toString() },
            { coldkey: DEV_ACCOUNTS.alice, hotkey: onFive!.hotkey, netuid: 5, alpha: (900n * TAO).toString() },
          ],
          locks: [{ coldkey: DEV_ACCOUNTS.alice, hotkey: own!.hotkey, netuid: 2, amount: LOCKED }],
        },
      },
    });
    link = await apiConnector(new MetadataCache(memoryStorageArea()))(devnet.url);
  });
  afterAll(async () => {
    await link?.close();
    await devnet?.stop();
  });

  const sim = async (netuid: number, alpha: bigint): Promise<bigint> => {
    const got = (await link.api.call['swapRuntimeApi']!['simSwapAlphaForTao']!(netuid, alpha)).toJSON();
    if (!got || typeof got !== 'object' || !('taoAmount' in got)) throw new Error('no simulation');
    return BigInt(String(got.taoAmount));
  };

  it('sells each subnet at once, caps a locked subnet at its available alpha, and shows the lock per position', async () => {
    const { accounts } = await new PortfolioReader(link.api).read([ALICE]);
    const alice = accounts[0]!;
    const bySubnet = new Map<number, bigint>();
    for (const p of alice.positions.filter((x) => x.netuid !== 0))
      bySubnet.set(p.netuid, (bySubnet.get(p.netuid) ?? 0n) + BigInt(p.alpha));
    const held2 = bySubnet.get(2)!;
    expect(held2).toBe(BigInt(own!.stakes.find((s) => s.netuid === 2)!.alpha) + 800n * TAO);
    const available2 = held2 - LOCKED;
    let expected = 0n;
    for (const [netuid, held] of bySubnet) expected += await sim(netuid, netuid === 2 ? available2 : held);
    expect(BigInt(alice.stakedSubnetUnstake)).toBe(expected);
    // Selling subnet 5's two positions separately would show more than the one sale returns.
    const five = alice.positions.filter((p) => p.netuid === 5);
    expect(five.length).toBe(2);
    const separately = (await sim(5, BigInt(five[0]!.alpha))) + (await sim(5, BigInt(five[1]!.alpha)));
    expect(separately).toBeGreaterThan(await sim(5, bySubnet.get(5)!));
    expect(five.every((p) => p.lock === undefined)).toBe(true);

    const ownTwo = alice.positions.find((p) => p.netuid === 2 && p.hotkey === encodeAddress(own!.hotkey, 42))!;
    const otherTwo = alice.positions.find((p) => p.netuid === 2 && p.hotkey === encodeAddress(onTwo!.hotkey, 42))!;
    expect(ownTwo.lock).toEqual({
      locked: (BigInt(ownTwo.alpha) - available2).toString(),
      available: available2.toString(),
      subnetLocked: LOCKED.toString(),
    });
    expect(otherTwo.lock).toEqual({ locked: '0', available: otherTwo.alpha, subnetLocked: LOCKED.toString() });
  });
});
