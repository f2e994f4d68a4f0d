// Realised yield on the real runtime (spec 293 in Chopsticks), in Chromium: positions opened outside the wallet run
// through two epochs of the chain's own emission; what the wallet says each earned equals the chain's share-pool
// values (StakeInfoRuntimeApi at the window's blocks), to the rao. Root claims do not exist on this runtime: the
// yield screen offers none.
import type { ApiPromise } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../helpers/browser.ts';
import { launchExtension } from '../helpers/browser.ts';
import { createWallet, importDevAccount, probe, useDevnet, fromHome } from '../helpers/popup.ts';
import {
  chainApi,
  freshAccounts,
  head,
  newBlocks,
  sendAndWait,
  sharedChain,
  stakesOf,
  TAO,
  txOf,
  type FreshAccount,
} from '../helpers/real-chain.ts';

const { url, seeded } = sharedChain();

interface Window {
  window: 'epoch' | 'day' | 'week' | 'month';
  fromBlock: number;
  toBlock: number;
  alpha: string;
  flows: string;
}
interface YieldView {
  block: number;
  positions: Array<{
    account: string;
    hotkey: string;
    netuid: number;
    alpha: string;
    realised: Window[] | null;
    exact: boolean;
    source: string;
    rootOwed?: unknown;
  }>;
}

describe('realised yield on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  let nominator: FreshAccount;
  let stakedAt: { subnet: string; root: string };

  const hashAt = async (block: number) => (await api.rpc.chain.getBlockHash(block)).toHex();
  const stakeAt = async (block: number, netuid: number) =>
    (await stakesOf(api, nominator.address, await hashAt(block))).find(
      (s) => s.hotkey === seeded.validatorA && s.netuid === netuid,
    )?.stake ?? 0n;

  beforeAll(async () => {
    api = await chainApi(url);
    nominator = (await freshAccounts(api, 1, 300n))[0]!;
    const subnet = await sendAndWait(
      api,
      txOf(api, 'subtensorModule.addStake', seeded.validatorA, seeded.netuid, 50n * TAO),
      nominator.pair,
    );
    const root = await sendAndWait(
      api,
      txOf(api, 'subtensorModule.addStake', seeded.validatorA, 0, 100n * TAO),
      nominator.pair,
    );
    stakedAt = { subnet: subnet.status.asInBlock.toHex(), root: root.status.asInBlock.toHex() };
    // Two epochs of the subnet (tempo + 1 blocks each), and one more block so the last one is behind the head.
    await newBlocks(api, 2 * (seeded.tempo + 1) + 1);
    session = await launchExtension();
    popup = await createWallet(session);
    await importDevAccount(popup, 'Nominator', nominator.path);
    await useDevnet(popup, url, 'Subtensor');
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
  });

  it('the subnet position earned, over its last epoch and since it opened, exactly what the share pool says', async () => {
    await fromHome(popup, 'Yield');
    await popup.getByRole('region', { name: 'Yield per position' }).waitFor({ timeout: 60_000 });
    const view = await probe<YieldView>(popup, 'pri(yield.get)', null);
    const position = view.positions.find(
      (p) => p.account === nominator.address && p.netuid === seeded.netuid && p.hotkey === seeded.validatorA,
    )!;
    expect(position.realised).not.toBeNull();
    expect(position.exact).toBe(true);
    expect(BigInt(position.alpha)).toBe(await stakeAt(view.block, seeded.netuid));

    const epoch = position.realised!.find((w) => w.window === 'epoch')!;
    const earnedInEpoch =
      (await stakeAt(epoch.toBlock, seeded.netuid)) - (await stakeAt(epoch.fromBlock, seeded.netuid));
    expect(earnedInEpoch).toBeGreaterThan(0n);
    expect(BigInt(epoch.alpha)).toBe(earnedInEpoch);
    expect(epoch.flows).toBe('0');

    // The day window reaches back before the position opened: the stake itself is the person's flow, not yield.
    const day = position.realised!.find((w) => w.window === 'day')!;
    const opened = (await api.rpc.chain.getHeader(stakedAt.subnet)).number.toNumber();
    expect(day.fromBlock).toBeLessThan(opened);
    const afterStake = await stakeAt(opened, seeded.netuid);
    expect(BigInt(day.flows)).toBe(afterStake);
    expect(BigInt(day.alpha)).toBe((await stakeAt(day.toBlock, seeded.netuid)) - afterStake);
    // Two epochs have paid it since.
    expect(BigInt(day.alpha)).toBeGreaterThan(earnedInEpoch);
  });

  it("the root position (paid into root's share pool on this runtime) earned exactly what the share pool says; no root claim is offered", async () => {
    const view = await probe<YieldView>(popup, 'pri(yield.get)', null);
    const position = view.positions.find(
      (p) => p.account === nominator.address && p.netuid === 0 && p.hotkey === seeded.validatorA,
    )!;
    expect(position.rootOwed).toBeUndefined();
    const day = position.realised!.find((w) => w.window === 'day')!;
    const opened = (await api.rpc.chain.getHeader(stakedAt.root)).number.toNumber();
    const afterStake = await stakeAt(opened, 0);
    expect(BigInt(day.flows)).toBe(afterStake);
    const earned = (await stakeAt(day.toBlock, 0)) - afterStake;
    expect(earned).toBeGreaterThan(0n);
    expect(BigInt(day.alpha)).toBe(earned);
    // Root claims and claim types are newer than spec 293: absent from its metadata, so absent from the screen.
    const list = popup.getByRole('region', { name: 'Yield per position' });
    expect(await list.getByRole('button', { name: /^Claim root dividends/ }).count()).toBe(0);
    expect(await list.getByRole('button', { name: 'Root claim type' }).count()).toBe(0);
    expect(await head(api)).toBe(view.block);
  });
});
