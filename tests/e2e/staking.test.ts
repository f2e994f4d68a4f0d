// Staking in Chromium against the devnet, through the popup: stake 10 TAO with a subnet validator chosen in the
// directory and see the previewed alpha land; unstake half; move to another validator; a trade the tolerance
// cannot cover is refused with the slippage sentence and nothing changes; a batch delegation to three
// validators; a staking proxy added by Alice, then Bob stakes for Alice through it.
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { probe, walletOnDevnet, fromHome } from '../helpers/popup.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const TAO = 1_000_000_000n;
const scenario = defaultScenario();
const hotOn = (netuid: number, skip = 0): string =>
  encodeAddress(
    scenario.validators.filter(
      (v) => v.registrations.includes(netuid) && v.coldkey !== scenario.validators[0]!.coldkey,
    )[skip]!.hotkey,
    42,
  );
const decimal = (v: bigint): string => `${v / TAO}.${(v % TAO).toString().padStart(9, '0')}`;

interface Portfolio {
  accounts: Array<{
    address: string;
    free: string;
    positions: Array<{ hotkey: string; netuid: number; alpha: string }>;
  }>;
}

describe('staking in the popup (devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;

  /** A fresh read; retried while a read begun for the network selected before (Finney, offline here) is still in flight. */
  async function portfolio(): Promise<Portfolio> {
    for (let i = 0; ; i++) {
      try {
        return await probe<Portfolio>(popup, 'pri(portfolio.refresh)', null);
      } catch (e) {
        if (i > 40 || !String(e).includes('network-offline')) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  const position = async (who: string, hotkey: string, netuid: number): Promise<bigint> =>
    BigInt(
      (await portfolio()).accounts
        .find((a) => a.address === who)!
        .positions.find((p) => p.hotkey === hotkey && p.netuid === netuid)?.alpha ?? '0',
    );
  const free = async (who: string): Promise<bigint> =>
    BigInt((await portfolio()).accounts.find((a) => a.address === who)!.free);
  const review = () => popup.getByRole('region', { name: 'Review the staking transaction' });

  /** Approve on the review screen and wait for the status line to reach `status`. */
  async function approveUntil(status: string): Promise<void> {
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe(status);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
  }

  async function stakeForm(): Promise<void> {
    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
  }

  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, instant: true });
    ({ session, popup } = await walletOnDevnet(devnet.url, [
      ['Alice', '//Alice'],
      ['Bob', '//Bob'],
    ]));
  });
  afterAll(async () => {
    await session?.close();
    await devnet?.stop();
  });

  it('finds a subnet-1 validator in the directory and stakes 10 TAO; the position grows by the previewed alpha, at least what the limit guarantees', async () => {
    await fromHome(popup, 'Validators');
    const list = popup.getByRole('list', { name: 'Validator list' });
    await expect
      .poll(async () => Number(await list.getAttribute('data-rows')), { timeout: 30_000 })
      .toBeGreaterThan(32);
    await popup.getByRole('combobox', { name: /^Subnet/ }).selectOption('1');
    await popup.getByLabel('Sort by').selectOption('take');
    const hot = hotOn(1);
    await popup.getByRole('searchbox', { name: 'Search by name or hotkey' }).fill(hot.slice(0, 12));
    await popup
      .getByRole('button', { name: /^Stake with .* on subnet 1$/ })
      .first()
      .click();
    expect(await popup.getByLabel('Validator hotkey', { exact: true }).inputValue()).toBe(hot);
    expect(await popup.getByLabel('Subnet (0 = root)').inputValue()).toBe('1');
    await popup.getByLabel('Amount (TAO)').fill('10');
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toMatch(
      /^Stake 10 τ with .* on subnet 1, limit price /,
    );
    const out = BigInt(
      (await review().getByTestId('leg-0-You receive (chain simulation)').textContent())!.replace(/[^\d]/g, ''),
    );
    const atLeast = BigInt(
      (await review().getByTestId('leg-0-You receive at least').textContent())!.replace(/[^\d]/g, ''),
    );
    expect(await review().textContent()).toContain('subtensorModule.addStakeLimit');
    const before = await position(ALICE, hot, 1);
    await approveUntil('finalized');
    const gained = (await position(ALICE, hot, 1)) - before;
    // The stake lands after its block's coinbase (on_initialize, as on the chain), which moves the pool a little:
    // never below what the reviewed limit guarantees (the share pool floors a holder's value: ≤ 1 rao), close to
    // the simulation read at review.
    expect(gained).toBeGreaterThanOrEqual(atLeast - 1n);
    expect(gained - out).toBeGreaterThan(-out / 1_000n);
    expect(gained - out).toBeLessThan(out / 100n); // an epoch in that block may add dividends
    const card = popup.getByRole('list', { name: 'Positions of Alice' });
    await expect
      .poll(() => card.getByRole('listitem', { name: /SN1/ }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });

  it('unstakes half of it with remove_stake_limit', async () => {
    const hot = hotOn(1);
    const held = await position(ALICE, hot, 1);
    // From the position on the home screen: the form opens with it filled in.
    await popup.locator('summary[aria-label^="Actions for "][aria-label$=" · 1"]').click();
    await popup.getByRole('button', { name: /^Unstake from .* · 1$/ }).click();
    expect(await popup.getByLabel('What to do').inputValue()).toBe('unstake');
    expect(await popup.getByLabel('Validator hotkey', { exact: true }).inputValue()).toBe(hot);
    expect(await popup.getByLabel('Subnet (0 = root)').inputValue()).toBe('1');
    await popup.getByLabel('Amount of stake (alpha)').fill(decimal(held / 2n));
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().textContent()).toContain('subtensorModule.removeStakeLimit');
    await approveUntil('finalized');
    const after = await position(ALICE, hot, 1);
    expect(after).toBeGreaterThanOrEqual(held - held / 2n);
    expect(after).toBeLessThan(held);
  });

  it('moves the rest to another validator on the same subnet', async () => {
    const [from, to] = [hotOn(1), hotOn(1, 1)];
    const held = await position(ALICE, from, 1);
    const toBefore = await position(ALICE, to, 1);
    await stakeForm();
    await popup.getByLabel('What to do').selectOption('move');
    await popup.getByLabel('Validator hotkey', { exact: true }).fill(from);
    await popup.getByLabel('Subnet (0 = root)').fill('1');
    await popup.getByLabel('Destination validator hotkey').fill(to);
    await popup.getByLabel('Everything in this position').check();
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().textContent()).toContain('subtensorModule.moveStake');
    await approveUntil('finalized');
    expect(await position(ALICE, from, 1)).toBe(0n);
    expect((await position(ALICE, to, 1)) - toBefore).toBeGreaterThanOrEqual(held);
  });

  it('a trade whose price move exceeds the tolerance is refused with the slippage sentence; nothing changes', async () => {
    const hot = hotOn(2);
    await stakeForm();
    await popup.getByLabel('Validator hotkey', { exact: true }).fill(hot);
    await popup.getByLabel('Subnet (0 = root)').fill('2');
    await popup.getByLabel('Amount (TAO)').fill('500');
    await popup.getByLabel('Slippage tolerance (%)').fill('0.1');
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().textContent()).toContain('moves the price more than your slippage tolerance allows');
    const [root, aliceFree, held] = [devnet.stateRoot(), await free(ALICE), await position(ALICE, hot, 2)];
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByRole('alert').allTextContents(), { timeout: 30_000 })
      .toContain(
        'The price would move more than your slippage tolerance allows, so the network refused the trade. Nothing was sent or paid. Use a smaller amount or a higher tolerance.',
      );
    expect(devnet.stateRoot()).toBe(root);
    expect(await free(ALICE)).toBe(aliceFree);
    expect(await position(ALICE, hot, 2)).toBe(held);
    await popup.getByRole('button', { name: 'Reject' }).click();
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('delegates to three validators at once in one utility.batch_all', async () => {
    const targets = [1, 2, 3].map((n) => ({ hot: hotOn(n, 2), netuid: n }));
    const before = await Promise.all(targets.map((x) => position(ALICE, x.hot, x.netuid)));
    await fromHome(popup, 'Delegate to several');
    for (const [i, x] of targets.entries()) {
      await popup.getByLabel(`Validator ${i + 1} hotkey`).fill(x.hot);
      await popup.getByLabel(`Validator ${i + 1} subnet`).fill(String(x.netuid));
      await popup.getByLabel(`Validator ${i + 1} amount (TAO)`).fill('1');
    }
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toContain('Run 3 calls (all or none)');
    expect(await review().textContent()).toContain('utility.batchAll');
    await approveUntil('finalized');
    const after = await Promise.all(targets.map((x) => position(ALICE, x.hot, x.netuid)));
    after.forEach((a, i) => expect(a).toBeGreaterThan(before[i]!));
  });

  it('Alice names Bob her staking proxy; Bob stakes 2 TAO for Alice through proxy.proxy', async () => {
    await fromHome(popup, 'Staking proxies');
    await popup.getByRole('combobox', { name: /^Account/ }).selectOption({ label: 'Alice' });
    await popup.getByLabel('Proxy account address').fill(BOB);
    await popup.getByRole('button', { name: 'Add staking proxy' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toContain('Staking proxy');
    await approveUntil('finalized');

    const hot = hotOn(3);
    const [held, aliceFree, bobFree] = [await position(ALICE, hot, 3), await free(ALICE), await free(BOB)];
    await stakeForm();
    await popup.getByRole('combobox', { name: /^Account/ }).selectOption({ label: 'Bob' });
    await popup.getByLabel('Validator hotkey', { exact: true }).fill(hot);
    await popup.getByLabel('Subnet (0 = root)').fill('3');
    await popup.getByLabel('Amount (TAO)').fill('2');
    await popup.getByLabel('Act for this account as its proxy (optional)').fill(ALICE);
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toMatch(
      /^Act for the account 5Grwva…GKutQY:.*Stake 2 τ/s,
    );
    await approveUntil('finalized');
    expect(await position(ALICE, hot, 3)).toBeGreaterThan(held);
    expect(aliceFree - (await free(ALICE))).toBe(2n * TAO);
    expect(await free(BOB)).toBeLessThan(bobFree);
  });
});
