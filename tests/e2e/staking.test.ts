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
  /** Picks the option of a select whose text starts with `prefix` (options carry balances beside names). */
  async function pick(name: string | RegExp, prefix: string): Promise<void> {
    const box = popup.getByRole('combobox', { name });
    // The options arrive with the accounts (a screen opened just now may not have them yet).
    let texts: string[] = [];
    await expect
      .poll(async () => (texts = await box.locator('option').allTextContents()).some((x) => x.startsWith(prefix)), {
        timeout: 30_000,
      })
      .toBe(true);
    await box.selectOption({ label: texts.find((x) => x.startsWith(prefix))! });
  }
  /** The subnet and validator of a stake, chosen by name in the form (the directory's rows). */
  async function chooseValidator(hot: string, netuid: number): Promise<void> {
    await popup.getByRole('combobox', { name: 'Subnet', exact: true }).selectOption(String(netuid));
    const box = popup.getByRole('combobox', { name: 'Validator', exact: true });
    await expect.poll(() => box.locator(`option[value="${hot}"]`).count(), { timeout: 30_000 }).toBe(1);
    await box.selectOption(hot);
  }
  const advanced = () => popup.getByText(/^Advanced:/).click();
  /** The review opened at its top, with focus inside it (not on <body>). */
  async function expectStepFocused(): Promise<void> {
    expect(
      await popup.evaluate(() => {
        const region = document.querySelector('[aria-label="Review the staking transaction"]');
        return !!region && region.contains(document.activeElement) && document.activeElement !== document.body;
      }),
    ).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('main')?.scrollTop)).toBe(0);
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
    // The form opens with the validator and subnet chosen by name (no hotkey box, no netuid box in the main path),
    // and the account with the most free TAO.
    await expect
      .poll(() => popup.getByRole('combobox', { name: 'Validator', exact: true }).inputValue(), { timeout: 30_000 })
      .toBe(hot);
    expect(await popup.getByRole('combobox', { name: 'Subnet', exact: true }).inputValue()).toBe('1');
    expect(await popup.getByRole('textbox', { name: 'Paste a validator hotkey' }).isVisible()).toBe(false);
    const frees = (await portfolio()).accounts.map((a) => BigInt(a.free));
    const richest = frees.indexOf(frees.reduce((a, b) => (b > a ? b : a))) === 0 ? 'Alice' : 'Bob';
    await expect
      .poll(
        async () =>
          (await popup.getByRole('combobox', { name: 'Account' }).locator('option:checked').textContent()) ?? '',
      )
      .toMatch(new RegExp(`^${richest} · `));
    await pick('Account', 'Alice');
    // Available and Max: Max writes a number (the free balance less a fee reserve), never the word "max".
    await expect.poll(() => popup.getByTestId('available').textContent()).toMatch(/^Available: [\d,.]+ τ$/);
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
    expect(await popup.getByLabel('Amount (TAO)').inputValue()).toMatch(/^\d+(\.\d+)?$/);
    await popup.getByLabel('Amount (TAO)').fill('10');
    await popup.evaluate(() => document.querySelector('main')?.scrollTo(0, 400));
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    await expectStepFocused();
    // One plain headline with names; the calls and the swap behind Details.
    expect(await review().getByTestId('review-sentence').textContent()).toMatch(/^Stake 10 τ with .+ on .+ \(SN1\)$/);
    expect(await review().getByText('subtensorModule.addStakeLimit').isVisible()).toBe(false);
    const out = BigInt(
      (await review().getByTestId('leg-0-You receive (chain simulation)').textContent())!.replace(/[^\d]/g, ''),
    );
    const atLeast = BigInt(
      (await review().getByTestId('leg-0-You receive at least').textContent())!.replace(/[^\d]/g, ''),
    );
    expect(await review().textContent()).toContain('subtensorModule.addStakeLimit');
    // "You receive at least" is a floor: never above what the simulation says arrives.
    expect(atLeast).toBeLessThanOrEqual(out);
    expect(await review().getByTestId('review-get').textContent()).toMatch(/^You get about [\d,.]+ \S+, at least /);
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
    expect(await popup.getByRole('tab', { name: 'Unstake' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => popup.getByRole('combobox', { name: 'Position' }).inputValue(), { timeout: 30_000 })
      .toBe(`${hot}:1`);
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
    await pick('Account', 'Alice');
    await popup.getByRole('tab', { name: 'Move' }).click();
    await expect
      .poll(() => popup.getByRole('combobox', { name: 'Position' }).locator(`option[value="${from}:1"]`).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await popup.getByRole('combobox', { name: 'Position' }).selectOption(`${from}:1`);
    await popup.getByRole('combobox', { name: 'Destination validator' }).selectOption(to);
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
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
    await pick('Account', 'Alice');
    await chooseValidator(hot, 2);
    await popup.getByLabel('Amount (TAO)').fill('500');
    await advanced();
    await popup.getByLabel('Slippage tolerance (%)').fill('0.1');
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().textContent()).toContain('moves the price more than your slippage tolerance allows');
    // The simulation says the chain will refuse it: Approve is off, and no "at least" the trade cannot meet.
    expect(await popup.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true);
    expect(await review().textContent()).not.toContain('You receive at least');
    const [root, aliceFree, held] = [devnet.stateRoot(), await free(ALICE), await position(ALICE, hot, 2)];
    // Only an explicit override sends it (and the background still refuses it before it costs anything).
    await popup.getByLabel('Send anyway: I know the network will refuse it as it stands').check();
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByRole('alert').allTextContents(), { timeout: 30_000 })
      .toContain(
        'The price would move more than your slippage tolerance allows, so the network refused the trade. Nothing was sent or paid. Use a smaller amount or a higher tolerance.',
      );
    expect(devnet.stateRoot()).toBe(root);
    expect(await free(ALICE)).toBe(aliceFree);
    expect(await position(ALICE, hot, 2)).toBe(held);
    await popup.getByRole('button', { name: 'Reject', exact: true }).click();
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('stakes on root from the directory: no swap card, no fake loss, Escape goes back to the form as it was', async () => {
    await fromHome(popup, 'Validators');
    await popup.getByRole('combobox', { name: /^Subnet/ }).selectOption('0');
    const list = popup.getByRole('list', { name: 'Validator list' });
    await expect.poll(async () => Number(await list.getAttribute('data-rows')), { timeout: 30_000 }).toBeGreaterThan(0);
    // The directory says "1 nominator", never "1 nominators", and gives APY in one unit.
    expect(await list.textContent()).not.toMatch(/\b1 nominators/);
    expect(await list.textContent()).not.toContain('Yield/day');
    await popup
      .getByRole('button', { name: /^Stake with .* on subnet 0$/ })
      .first()
      .click();
    await pick('Account', 'Alice');
    await popup.getByLabel('Amount (TAO)').fill('5');
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    await expectStepFocused();
    expect(await review().getByTestId('review-sentence').textContent()).toMatch(/^Stake 5 τ with .+ on Root \(SN0\)$/);
    // Root is TAO 1:1: no swap card, no "at least" below the amount, no tolerance row.
    expect(await review().getByTestId('leg-0').count()).toBe(0);
    expect(await review().textContent()).not.toContain('You receive at least');
    expect(await review().textContent()).not.toContain('Slippage tolerance');
    expect(await review().getByTestId('review-get').textContent()).toMatch(/^Your root stake grows by [\d,.]+ τ/);
    await popup.keyboard.press('Escape');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    expect(await popup.getByLabel('Amount (TAO)').inputValue()).toBe('5');
    expect(await popup.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('selects two validators in the directory and splits one amount between them', async () => {
    const targets = [hotOn(1, 3), hotOn(2, 3)];
    const before = await Promise.all(targets.map((h, i) => position(ALICE, h, i + 1)));
    await fromHome(popup, 'Validators');
    for (const [i, h] of targets.entries()) {
      await popup.getByRole('combobox', { name: /^Subnet/ }).selectOption(String(i + 1));
      await popup.getByRole('searchbox', { name: 'Search by name or hotkey' }).fill(h.slice(0, 12));
      await popup
        .getByRole('checkbox', { name: new RegExp(`^Select .* on subnet ${i + 1}$`) })
        .first()
        .check();
    }
    await popup.getByRole('button', { name: 'Delegate to the 2 selected' }).click();
    await pick('Account', 'Alice');
    await popup.getByLabel('Total amount (TAO), split evenly').fill('3');
    const rows = popup.getByRole('list', { name: 'Selected validators' }).getByRole('listitem');
    // The split is shown as the amount is typed (a render later): wait for it rather than read it at once.
    await expect.poll(() => rows.count()).toBe(2);
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([expect.stringMatching(/1\.5 τ$/), expect.stringMatching(/1\.5 τ$/)]);
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toContain('Run 2 calls (all or none)');
    await approveUntil('finalized');
    const after = await Promise.all(targets.map((h, i) => position(ALICE, h, i + 1)));
    after.forEach((a, i) => expect(a).toBeGreaterThan(before[i]!));
  });

  it('delegates to three validators at once in one utility.batch_all', async () => {
    const targets = [1, 2, 3].map((n) => ({ hot: hotOn(n, 2), netuid: n }));
    const before = await Promise.all(targets.map((x) => position(ALICE, x.hot, x.netuid)));
    await fromHome(popup, 'Delegate to several');
    await popup.getByText('Or enter hotkeys by hand (experts)').click();
    await pick('Account', 'Alice');
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
    await pick('Account', 'Bob');
    await chooseValidator(hot, 3);
    await popup.getByLabel('Amount (TAO)').fill('2');
    await advanced();
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
