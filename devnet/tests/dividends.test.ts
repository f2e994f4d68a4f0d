// Epoch dividends through the API: over a window of N epochs a nominator's stake (StakeInfoRuntimeApi
// at two block hashes, via api.at) grows by exactly what the economics ledger credited it, and a stake
// the nominator adds in the middle of the window is not counted as earnings. The records the yield
// estimator reads (facts §6.5: AlphaDividendsPerSubnet, TotalHotkeyAlphaLastEpoch) are in storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataFixtureFiles } from '../chain/metadata.ts';
import type { Subtensor } from '../subtensor/index.ts';
import { defaultScenario } from '../subtensor/index.ts';
import { u8aToHex } from '@polkadot/util';
import { avoidEpochBlock, harness, sendAndFinalize, stakeAt, type Harness } from './helpers.ts';

const TAO = 1_000_000_000n;
const EPOCHS = 3;

for (const file of metadataFixtureFiles())
  describe(`epoch dividends through the API with ${file.split('/').pop()}`, () => {
    let h: Harness;
    let hot: string;
    let netuid: number;
    /** The live economics model (read afresh: a rolled-back batch swaps the instance). */
    const sub = (): Subtensor => h.devnet.chain.ctx.econ as unknown as Subtensor;
    const blockNumber = async (hash: string): Promise<number> =>
      (await h.api.rpc.chain.getHeader(hash)).number.toNumber();

    beforeAll(async () => {
      h = await harness({ metadata: file });
      const nomination = defaultScenario().nominations!.find(
        (x) => x.coldkey === u8aToHex(h.bob.publicKey) && x.netuid !== 0,
      );
      if (!nomination) throw new Error('no subnet nomination for //Bob in the default scenario');
      hot = nomination.hotkey;
      netuid = nomination.netuid;
    });
    afterAll(async () => {
      await h?.close();
    });

    it(`after ${EPOCHS} epochs the stake delta less the own flow equals the ledger's earnings exactly`, async () => {
      const { api, bob, devnet } = h;
      devnet.produceBlocks(3);
      const hashA = devnet.chain.head.hash;
      const a = await blockNumber(hashA);
      const stakeA = await stakeAt(api, hot, bob.address, netuid, hashA);
      expect(stakeA).toBeGreaterThan(0n);

      // One epoch into the window, Bob adds stake in a block that runs no epoch on the subnet.
      devnet.produceBlocks(12);
      await avoidEpochBlock(h, [netuid]);
      const beforeTx = devnet.chain.head.hash;
      const out = await sendAndFinalize(api, api.tx['subtensorModule']!['addStake']!(hot, netuid, 5n * TAO), bob);
      expect(out.dispatchError).toBeNull();
      const ownFlow =
        (await stakeAt(api, hot, bob.address, netuid, out.blockHash)) -
        (await stakeAt(api, hot, bob.address, netuid, beforeTx));
      const eventAlpha = BigInt(String(out.events.find((e) => e.method === 'StakeAdded')!.data[3]));
      expect(ownFlow).toBeGreaterThan(0n);
      // The position's value moves by the alpha bought, up to one rao of share rounding.
      expect(ownFlow - eventAlpha >= -1n && ownFlow - eventAlpha <= 1n).toBe(true);

      const epochsIn = (from: number, to: number) =>
        sub()
          .ledger()
          .filter((e) => e.netuid === netuid && e.block >= from && e.block <= to);
      while (epochsIn(a + 1, devnet.chain.head.number).length < EPOCHS) devnet.produceBlock();
      const hashB = devnet.chain.head.hash;
      const b = await blockNumber(hashB);
      const epochs = epochsIn(a + 1, b);
      expect(epochs).toHaveLength(EPOCHS);

      const stakeB = await stakeAt(api, hot, bob.address, netuid, hashB);
      const earnings = sub().earnings(hot as `0x${string}`, u8aToHex(bob.publicKey), netuid, a + 1, b);
      expect(earnings).toBeGreaterThan(0n);
      // The ledger is per epoch; the window's earnings are their sum…
      const perEpoch = epochs.map((e) =>
        e.credits
          .filter((c) => c.hotkey === hot && c.netuid === netuid && c.coldkey === u8aToHex(bob.publicKey))
          .reduce((s, c) => s + c.alpha, 0n),
      );
      expect(perEpoch.every((x) => x > 0n)).toBe(true);
      expect(perEpoch.reduce((s, x) => s + x, 0n)).toBe(earnings);
      // …and exactly what the stake grew by, once the stake Bob added himself is taken out.
      expect(stakeB - stakeA - ownFlow).toBe(earnings);
      expect(stakeB - stakeA).not.toBe(earnings);
    });

    it('AlphaDividendsPerSubnet and TotalHotkeyAlphaLastEpoch are readable in storage and match the last epoch', async () => {
      const { api, devnet } = h;
      const q = api.query['subtensorModule']!;
      const last = sub()
        .ledger()
        .filter((e) => e.netuid === netuid)
        .at(-1)!;
      const record = last.hotkeys.find((x) => x.hotkey === hot)!;
      expect(record.compounded).toBeGreaterThan(0n);
      const atEpoch = await api.at(devnet.chain.blocks[last.block]!.hash);
      const divs = BigInt(
        (await atEpoch.query['subtensorModule']!['alphaDividendsPerSubnet']!(netuid, hot)).toString(),
      );
      const lastTotal = BigInt(
        (await atEpoch.query['subtensorModule']!['totalHotkeyAlphaLastEpoch']!(hot, netuid)).toString(),
      );
      const total = BigInt((await atEpoch.query['subtensorModule']!['totalHotkeyAlpha']!(hot, netuid)).toString());
      expect(divs).toBe(record.compounded);
      // Recorded after the dividends were added (facts §6.5), at the end of the epoch's block.
      expect(lastTotal).toBe(total);
      // The yield estimator of facts §6.5 works from these two values.
      const perEpochYieldPpm = (divs * 1_000_000n) / (lastTotal - divs);
      expect(perEpochYieldPpm).toBeGreaterThan(0n);
      // Still readable at the head, and listed by entries() for the subnet.
      expect(BigInt((await q['alphaDividendsPerSubnet']!(netuid, hot)).toString())).toBeGreaterThan(0n);
      const entries = await q['alphaDividendsPerSubnet']!.entries(netuid);
      expect(entries.length).toBeGreaterThan(1);
      // Root dividends: RootClaimable (spec346+; neither fixture has RootAlphaDividendsPerSubnet).
      if (q['rootClaimable']) expect((await q['rootClaimable'].entries()).length).toBeGreaterThan(0);
    });
  });
