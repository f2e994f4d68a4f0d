// The yield screen in Chromium against the devnet: every position of //Bob listed with realised and projected
// figures and a 30-day chart; a position //Alice opened in the last block says "no history yet" rather
// than showing zero; the explanation view walks from block emission to this nominator with numbers.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { probe, walletOnDevnet, fromHome } from '../helpers/popup.ts';

interface YieldProbe {
  positions: Array<{
    account: string;
    netuid: number;
    realised: unknown[] | null;
    projected: unknown;
    chart: unknown[];
  }>;
  archiveQueries: number;
}

describe('yield screen (devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;
  let api: ApiPromise;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true });
    devnet.produceBlocks(30);
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url, 1_000),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    ({ session, popup } = await walletOnDevnet(devnet.url, [
      ['Bob', '//Bob'],
      ['Alice', '//Alice'],
    ]));
    // Alice opens a position in the newest block: no epoch has paid it yet.
    const delegates = (await api.call['delegateInfoRuntimeApi']!['getDelegates']!()).toJSON() as Array<{
      delegateSs58: string;
      registrations: number[];
    }>;
    const v = delegates.find((d) => d.registrations.includes(6))!;
    await new Promise<void>((resolve, reject) => {
      api.tx['subtensorModule']!['addStake']!(v.delegateSs58, 6, 10_000_000_000n)
        .signAndSend(new Keyring({ type: 'sr25519' }).addFromUri('//Alice'), (r) => {
          if (r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
  });
  afterAll(async () => {
    await api?.disconnect();
    await session?.close();
    await devnet?.stop();
  });

  it('lists every position with realised and projected figures and a chart', async () => {
    await fromHome(popup, 'Yield');
    const list = popup.getByRole('region', { name: 'Yield per position' });
    await list.waitFor({ timeout: 60_000 });
    const view = await probe<YieldProbe>(popup, 'pri(yield.get)', null);
    // A summary first: earned in 24 h, 7 and 30 days.
    const summary = popup.getByRole('region', { name: 'Summary' });
    expect(await summary.textContent()).toMatch(/24 h.*τ.*7 days.*τ.*30 days.*τ/);
    // One row per position, grouped by account, each opening to its card.
    const rows = list.locator('details.position-row');
    expect(await rows.count()).toBe(view.positions.length);
    expect(await list.getByRole('article').count()).toBe(0);
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('summary').click();
    const cards = list.getByRole('article');
    expect(await cards.count()).toBe(view.positions.length);
    expect(view.positions.length).toBeGreaterThanOrEqual(7);
    let subnetCards = 0;
    let rootCards = 0;
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      expect(await card.getByRole('img').count()).toBe(1);
      expect(await card.getByRole('region', { name: 'Projected' }).count()).toBe(1);
      const root = / on SN0 /.test((await card.getAttribute('aria-label')) ?? '');
      if (await card.getByRole('table').count()) {
        subnetCards += 1;
        if (root) {
          // Root stake: no epoch of its own; what accrued from every subnet, and what is not yet claimed.
          rootCards += 1;
          expect(await card.getByRole('rowheader', { name: /Last epoch/ }).count()).toBe(0);
          expect(await card.getByTestId('root-owed').textContent()).toMatch(
            /^Not yet claimed: [\d.,]+ τ \(subnets [\d, ]+\)/,
          );
        } else {
          expect(await card.getByRole('rowheader', { name: /Last epoch/ }).count()).toBe(1);
        }
        expect(await card.getByRole('rowheader', { name: /^24 h/ }).count()).toBe(1);
        // A day is too short to annualise: never a yearly rate from it.
        expect(await card.getByRole('row', { name: /^24 h/ }).textContent()).toContain('too early to annualise');
        expect(await card.textContent()).not.toMatch(/>1,000,000%/);
        expect(await card.getByRole('rowheader', { name: /^30 days/ }).count()).toBe(1);
        // The subnet owner's hotkey holds the owner cut but is no validator: it has no dividend record.
        expect(await card.getByRole('region', { name: 'Projected' }).textContent()).toMatch(/a day|No epoch record/);
      } else {
        expect(root).toBe(false);
        expect(await card.getByTestId('no-history').textContent()).toMatch(/No history yet/);
      }
    }
    expect(rootCards).toBe(view.positions.filter((p) => p.netuid === 0).length);
    expect(rootCards).toBeGreaterThanOrEqual(1);
    expect(subnetCards).toBe(view.positions.filter((p) => p.realised !== null).length);
    expect(subnetCards).toBeGreaterThanOrEqual(3);
    expect(await list.getByTestId('projected').count()).toBe(view.positions.filter((p) => p.projected !== null).length);
    expect(await list.getByTestId('projected').count()).toBeGreaterThanOrEqual(3);
    // Alice's new position: "no history yet", never a zero.
    const alice = list.getByRole('article', { name: /on SN6 targon/ }).filter({ has: popup.getByTestId('no-history') });
    expect(await alice.getByTestId('no-history').textContent()).toContain('No history yet');
    expect(await alice.getByRole('table').count()).toBe(0);
    await popup.getByText(/^About these figures/).click();
    expect(await popup.getByRole('region', { name: 'Next halving' }).textContent()).toMatch(
      /emission halves from 1 τ to 0\.5 τ per block/,
    );
    // The root dividends owed are in one Claimable card, not repeated per position.
    expect(await list.getByRole('region', { name: 'Claimable' }).count()).toBe(1);
  });

  it('claims root dividends from a root position: review in plain words, finalized, owed on those subnets drops', async () => {
    const before = await probe<{
      positions: Array<{
        account: string;
        hotkey: string;
        netuid: number;
        rootOwed?: { subnets: Array<{ netuid: number; alpha: string; claimable: boolean }> };
      }>;
    }>(popup, 'pri(yield.get)', null);
    const list = popup.getByRole('region', { name: 'Yield per position' });
    const button = list.getByRole('button', { name: /^Claim root dividends \(subnets [\d, ]+\)$/ }).first();
    await button.waitFor({ timeout: 30_000 });
    const subnets = /subnets ([\d, ]+)\)/
      .exec((await button.textContent()) ?? '')![1]!
      .split(', ')
      .map(Number);
    await button.click();
    const form = popup.getByRole('form', { name: 'Claim root dividends' });
    await form.getByRole('button', { name: 'Review' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor();
    expect(await review.textContent()).toContain(
      `Claim your root dividends from subnets ${[...subnets].sort((a, b) => a - b).join(', ')}`,
    );
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    const after = await probe<typeof before>(popup, 'pri(yield.get)', null);
    // The claimed position's owed amounts on those subnets went down (the chain paid them into stake).
    const owedOn = (v: typeof before, p: { account: string; hotkey: string }, n: number) =>
      BigInt(
        v.positions
          .find((x) => x.account === p.account && x.hotkey === p.hotkey && x.netuid === 0)
          ?.rootOwed?.subnets.find((x) => x.netuid === n)?.alpha ?? '0',
      );
    const paid = before.positions.filter(
      (p) => p.netuid === 0 && subnets.every((n) => owedOn(after, p, n) < owedOn(before, p, n)),
    );
    expect(paid.length).toBe(1);
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    await fromHome(popup, 'Yield');
    await list.waitFor({ timeout: 60_000 });
  });

  it('changes the root claim type from a root position: the choices the runtime offers, reviewed, then shown as current', async () => {
    const list = popup.getByRole('region', { name: 'Yield per position' });
    await list.getByRole('button', { name: 'Root claim type' }).first().click();
    const form = popup.getByRole('form', { name: 'What claims do with your root dividends' });
    await form.waitFor();
    expect(await form.textContent()).toContain('Now: Swap: sell the alpha for TAO and stake it on root');
    const choice = form.getByRole('combobox', { name: 'Claim type' });
    expect(await choice.locator('option').allTextContents()).toEqual([
      'Swap: sell the alpha for TAO and stake it on root',
      'Keep: stake the alpha on each subnet',
    ]);
    expect(await form.getByRole('button', { name: 'Review the change' }).isDisabled()).toBe(true);
    await choice.selectOption('Keep');
    await form.getByRole('button', { name: 'Review the change' }).click();
    const review = popup.getByRole('region', { name: 'Review the staking transaction' });
    await review.waitFor();
    expect(await review.textContent()).toContain(
      'From now on, keep your root dividends as alpha staked on each subnet',
    );
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    await fromHome(popup, 'Yield');
    await list.getByRole('button', { name: 'Root claim type' }).first().click();
    await expect
      .poll(
        async () =>
          (await popup.getByRole('form', { name: 'What claims do with your root dividends' }).textContent()) ?? '',
        { timeout: 10_000 },
      )
      .toContain('Now: Keep: stake the alpha on each subnet');
    await popup.getByRole('button', { name: 'Back' }).click();
    await list.waitFor({ timeout: 60_000 });
  });

  it('explains one position from block emission to this nominator', async () => {
    const rows = popup.getByRole('region', { name: 'Yield per position' }).locator('details.position-row');
    await rows.first().waitFor({ timeout: 60_000 });
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('summary').click();
    const card = popup
      .getByRole('region', { name: 'Yield per position' })
      .getByRole('article')
      .filter({ has: popup.getByRole('table') })
      .first();
    await card.getByRole('button', { name: /^How .* pays you$/ }).click();
    const steps = popup.getByRole('list', { name: 'How this yield is computed' });
    await steps.waitFor();
    expect(await steps.getByRole('listitem').count()).toBe(9);
    expect(await steps.textContent()).toContain('Block emission (from total issuance): 1 τ');
    await popup.getByRole('textbox', { name: 'TAO to estimate with' }).fill('10');
    const form = popup.getByRole('form', { name: 'TAO to estimate with' });
    await form.getByRole('button', { name: 'Estimate' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/On 10 τ you would earn about .+ a day/);
  });
});
