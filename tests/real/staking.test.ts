// Staking through the popup on the real runtime (spec 293 in Chopsticks), in Chromium: root stake and unstake; a
// subnet stake on a runtime with no swap simulation, protected by a limit price from the current price and the
// tolerance, which the chain enforces; a trade the limit cannot cover, refused by the chain before inclusion with
// nothing paid; a move between validators; a staking proxy added, used and removed.
import type { ApiPromise } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitPriceForStake } from '../../src/core/staking/index.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, importDevAccount, probe, useDevnet, fromHome } from '../helpers/popup.ts';
import {
  chainApi,
  freeOf,
  freshAccounts,
  head,
  sharedChain,
  stakesOf,
  TAO,
  type FreshAccount,
} from '../helpers/real-chain.ts';

const { url, seeded } = sharedChain();

interface StakeRecord {
  op: string;
  status: string;
  blockHash?: string;
  signer: string;
  coldkey: string;
  error?: string;
}

describe('staking in the popup on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  let staker: FreshAccount;
  let proxy: FreshAccount;

  const review = () => popup.getByRole('region', { name: 'Review the staking transaction' });
  const position = async (coldkey: string, hotkey: string, netuid: number) =>
    (await stakesOf(api, coldkey)).find((s) => s.hotkey === hotkey && s.netuid === netuid)?.stake ?? 0n;
  const lastRecord = async () => (await probe<StakeRecord[]>(popup, 'pri(staking.history)', null))[0]!;

  /** The staking call the chain included for this record, with its arguments as the chain decoded them. */
  async function includedCall(
    record: StakeRecord,
  ): Promise<{ section: string; method: string; args: Record<string, unknown> }> {
    const block = await api.rpc.chain.getBlock(record.blockHash!);
    const ext = block.block.extrinsics.find((e) => e.isSigned && e.signer.toString() === record.signer)!;
    return {
      section: ext.method.section,
      method: ext.method.method,
      args: ext.method.toJSON()['args'] as Record<string, unknown>,
    };
  }

  async function approveUntil(status: string): Promise<void> {
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 60_000 })
      .toBe(status);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
  }

  async function fillStake(opts: {
    account: string;
    what?: string;
    hotkey: string;
    netuid: number;
    amount?: string;
    amountAlpha?: string;
    tolerance?: string;
  }): Promise<void> {
    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    // Options carry the free balance beside the name ("Staker · 500 τ free").
    const accountBox = popup.getByRole('combobox', { name: 'Account' });
    const label = (await accountBox.locator('option').allTextContents()).find((x) => x.startsWith(opts.account));
    await accountBox.selectOption({ label: label ?? opts.account });
    if (opts.what === 'unstake' || opts.what === 'move') {
      await popup.getByRole('tab', { name: opts.what === 'move' ? 'Move' : 'Unstake' }).click();
      const position = popup.getByRole('combobox', { name: 'Position' });
      const key = `${opts.hotkey}:${opts.netuid}`;
      await expect.poll(() => position.locator(`option[value="${key}"]`).count(), { timeout: 60_000 }).toBe(1);
      await position.selectOption(key);
    } else {
      await popup.getByRole('combobox', { name: 'Subnet', exact: true }).selectOption(String(opts.netuid));
    }
    await popup.getByText(/^Advanced:/).click();
    // The seeded validator by its hotkey (the expert's way, under Advanced).
    if (!opts.what) await popup.getByLabel('Paste a validator hotkey').fill(opts.hotkey);
    if (opts.amount) await popup.getByLabel('Amount (TAO)').fill(opts.amount);
    if (opts.amountAlpha) await popup.getByLabel('Amount of stake (alpha)').fill(opts.amountAlpha);
    if (opts.tolerance) await popup.getByLabel('Slippage tolerance (%)').fill(opts.tolerance);
  }

  beforeAll(async () => {
    api = await chainApi(url);
    const fresh = await freshAccounts(api, 2, 500n);
    [staker, proxy] = [fresh[0]!, fresh[1]!];
    session = await launchExtension();
    popup = await createWallet(session);
    await importDevAccount(popup, 'Staker', staker.path);
    await importDevAccount(popup, 'Proxy', proxy.path);
    await useDevnet(popup, url, 'Subtensor');
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
  });

  it('stakes 10 TAO on root and unstakes 4: exact TAO in and out, 1:1', async () => {
    const before = await freeOf(api, staker.address);
    await fillStake({ account: 'Staker', hotkey: seeded.validatorA, netuid: 0, amount: '10' });
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    await approveUntil('finalized');
    const record = await lastRecord();
    const staked = await position(staker.address, seeded.validatorA, 0);
    expect(10n * TAO - staked).toBeLessThanOrEqual(1n); // the share pool floors a holder's value
    const fee = before - 10n * TAO - (await freeOf(api, staker.address));
    expect(fee).toBeGreaterThanOrEqual(0n);
    expect((await includedCall(record)).method).toBe('addStakeLimit');

    const free = await freeOf(api, staker.address);
    await fillStake({ account: 'Staker', what: 'unstake', hotkey: seeded.validatorA, netuid: 0, amountAlpha: '4' });
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    await approveUntil('finalized');
    expect(staked - (await position(staker.address, seeded.validatorA, 0))).toBeGreaterThanOrEqual(4n * TAO - 1n);
    expect((await freeOf(api, staker.address)) - free).toBeGreaterThan(4n * TAO - TAO / 1000n); // 4 TAO back, less the fee
  });

  it('stakes 5 TAO on the subnet with no simulation: the review says so, the limit is spot × (1 + tolerance), the chain enforces it', async () => {
    const netuid = seeded.netuid;
    const before = await position(staker.address, seeded.validatorA, netuid);
    await fillStake({ account: 'Staker', hotkey: seeded.validatorA, netuid, amount: '5', tolerance: '2' });
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('leg-0-no-simulation').textContent()).toContain('cannot simulate the trade');
    expect(await review().getByText('You receive, estimated (no simulation)').count()).toBe(1);
    // Spec 293 has no MevShield: nothing about it is offered or said.
    expect(await review().getByTestId('review-shield').count()).toBe(0);
    expect(await review().textContent()).not.toMatch(/front-running|MEV Shield/);
    const spot = BigInt((await api.call['swapRuntimeApi']!['currentAlphaPrice']!(netuid)).toString());
    const minOut = BigInt(
      (await review().getByTestId('leg-0-You receive at least').textContent())!.replace(/[^\d]/g, ''),
    );
    await approveUntil('finalized');
    const call = await includedCall(await lastRecord());
    expect(call.method).toBe('addStakeLimit');
    expect(BigInt(call.args['limit_price'] as number)).toBe(limitPriceForStake(spot, 200n));
    expect(call.args['allow_partial']).toBe(false);
    const gained = (await position(staker.address, seeded.validatorA, netuid)) - before;
    expect(gained).toBeGreaterThanOrEqual(minOut - 1n);
  });

  it('a stake the limit cannot cover is refused by the chain before inclusion: a sentence, nothing built, nothing paid', async () => {
    const [free, block] = [await freeOf(api, staker.address), await head(api)];
    await fillStake({
      account: 'Staker',
      hotkey: seeded.validatorA,
      netuid: seeded.netuid,
      amount: '300',
      tolerance: '0.1',
    });
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    // The estimate already says the tolerance cannot hold: Approve stays off until the person insists.
    expect(await popup.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true);
    await popup.getByRole('checkbox', { name: 'Send anyway: I know the network will refuse it as it stands' }).check();
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(async () => (await popup.getByRole('alert').allTextContents()).join(' '), { timeout: 30_000 })
      // The node's own refusal (1010, Custom error 8 or 14), read as the sentence for it, not a generic failure.
      .toMatch(/(refused the trade|already past your limit)\. Nothing was sent or paid\./);
    expect(await freeOf(api, staker.address)).toBe(free);
    expect(await head(api)).toBe(block);
    await popup.getByRole('button', { name: 'Reject', exact: true }).click();
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('moves everything on the subnet from ValidatorA to ValidatorB with move_stake; the review says this runtime swaps', async () => {
    const netuid = seeded.netuid;
    const held = await position(staker.address, seeded.validatorA, netuid);
    const toBefore = await position(staker.address, seeded.validatorB, netuid);
    await fillStake({ account: 'Staker', what: 'move', hotkey: seeded.validatorA, netuid });
    const dest = popup.getByRole('combobox', { name: 'Destination validator' });
    await expect.poll(() => dest.locator(`option[value="${seeded.validatorB}"]`).count(), { timeout: 60_000 }).toBe(1);
    await dest.selectOption(seeded.validatorB);
    await popup.getByRole('button', { name: 'Max: fill in all that is available' }).click();
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    // Spec 293 sells and buys back even within one subnet (move_stake.rs transition_stake_internal at that
    // runtime); newer runtimes move the alpha as is. The review must not promise the alpha arrives whole.
    expect(await review().textContent()).toContain('sells the stake into the subnet');
    expect(await review().getByTestId('leg-1').count()).toBe(1);
    await approveUntil('finalized');
    expect((await includedCall(await lastRecord())).method).toBe('moveStake');
    expect(await position(staker.address, seeded.validatorA, netuid)).toBe(0n);
    const gained = (await position(staker.address, seeded.validatorB, netuid)) - toBefore;
    expect(gained).toBeGreaterThan(0n);
    expect(gained).toBeLessThan(held); // what the chain really does here: a round trip through the pool
  });

  it('names a staking proxy, stakes through proxy.proxy with it, then removes it', async () => {
    await fromHome(popup, 'Staking proxies');
    await popup.getByRole('combobox', { name: /^Account/ }).selectOption({ label: 'Staker' });
    await popup.getByLabel('Proxy account address').fill(proxy.address);
    await popup.getByRole('button', { name: 'Add staking proxy' }).click();
    await review().waitFor();
    await approveUntil('finalized');
    const proxies = (await api.query['proxy']!['proxies']!(staker.address)).toJSON() as [
      Array<{ delegate: string; proxyType: string }>,
      number,
    ];
    expect(proxies[0]).toEqual([expect.objectContaining({ delegate: proxy.address, proxyType: 'Staking' })]);

    const [held, stakerFree, proxyFree] = [
      await position(staker.address, seeded.validatorB, 0),
      await freeOf(api, staker.address),
      await freeOf(api, proxy.address),
    ];
    await fillStake({ account: 'Proxy', hotkey: seeded.validatorB, netuid: 0, amount: '2' });
    await popup.getByLabel('Act for this account as its proxy (optional)').fill(staker.address);
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor();
    expect(await review().getByTestId('review-sentence').textContent()).toMatch(/^Act for the account .*Stake 2 τ/s);
    await approveUntil('finalized');
    const call = await includedCall(await lastRecord());
    expect(`${call.section}.${call.method}`).toBe('proxy.proxy');
    expect((await position(staker.address, seeded.validatorB, 0)) - held).toBeGreaterThanOrEqual(2n * TAO - 1n);
    expect(stakerFree - (await freeOf(api, staker.address))).toBe(2n * TAO); // the stake comes from the real account
    expect(await freeOf(api, proxy.address)).toBeLessThanOrEqual(proxyFree); // the proxy pays the fee

    await fromHome(popup, 'Staking proxies');
    await popup.getByRole('combobox', { name: /^Account/ }).selectOption({ label: 'Staker' });
    await popup
      .getByRole('button', { name: `Remove proxy ${proxy.address.slice(0, 5)}…${proxy.address.slice(-4)}` })
      .click();
    await review().waitFor();
    await approveUntil('finalized');
    expect(((await api.query['proxy']!['proxies']!(staker.address)).toJSON() as [unknown[], number])[0]).toEqual([]);
  });
});
