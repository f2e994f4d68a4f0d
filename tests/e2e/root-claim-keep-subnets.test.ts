// Root claim type KeepSubnets in Chromium, against a devnet whose runtime has it (the fixtures' spec 346 with the
// variant a later runtime adds, facts §1.2): the choice appears because the metadata offers it, asks for the
// subnets, refuses a bad list with a sentence, and the reviewed change lands and shows as current.
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataWithKeepSubnets } from '../../devnet/chain/metadata-keep-subnets.ts';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { walletOnDevnet, fromHome } from '../helpers/popup.ts';

describe('root claim type KeepSubnets (newer runtime, devnet)', () => {
  let devnet: Devnet;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true, metadata: metadataWithKeepSubnets() });
    devnet.produceBlocks(30);
    ({ session, popup } = await walletOnDevnet(devnet.url, [['Bob', '//Bob']]));
  });
  afterAll(async () => {
    await session?.close();
    await devnet?.stop();
  });

  it('keeps root dividends on the subnets typed in: a bad list is refused, the change is reviewed and shown as current', async () => {
    await fromHome(popup, 'Yield');
    const list = popup.getByRole('region', { name: 'Yield per position' });
    await list.waitFor({ timeout: 60_000 });
    await list.getByRole('button', { name: 'Root claim type' }).first().click();
    const form = popup.getByRole('form', { name: 'What claims do with your root dividends' });
    await form.waitFor();
    const choice = form.getByRole('combobox', { name: 'Claim type' });
    expect(await choice.locator('option').allTextContents()).toEqual([
      'Swap: sell the alpha for TAO and stake it on root',
      'Keep: stake the alpha on each subnet',
      'Keep on chosen subnets: stake the alpha on the subnets listed, swap it for root stake on the others',
    ]);
    const subnets = form.getByRole('textbox', { name: 'Subnets to keep (netuids, such as 1, 4, 19-21)' });
    expect(await subnets.count()).toBe(0);
    await choice.selectOption('KeepSubnets');
    const review = form.getByRole('button', { name: 'Review the change' });
    expect(await review.isDisabled()).toBe(true);
    await subnets.fill('1, x');
    expect(await form.getByRole('alert').textContent()).toBe(
      '“x” is not a subnet: write numbers from 1 to 65535, or ranges such as 19-21.',
    );
    expect(await review.isDisabled()).toBe(true);
    await subnets.fill('999');
    await review.click();
    expect(await popup.getByRole('alert').first().textContent()).toBe('There is no subnet 999 on this network.');
    await subnets.fill('3, 1');
    await review.click();
    const screen = popup.getByRole('region', { name: 'Review the staking transaction' });
    await screen.waitFor();
    expect(await screen.textContent()).toContain(
      'From now on, keep root dividends as alpha on subnets 1, 3; sell the rest for TAO on root',
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
      .toContain(
        'Now: Keep on chosen subnets: stake the alpha on the subnets listed, swap it for root stake on the others (1, 3)',
      );
    expect(
      await popup.getByRole('textbox', { name: 'Subnets to keep (netuids, such as 1, 4, 19-21)' }).inputValue(),
    ).toBe('1, 3');
    expect(await popup.getByRole('button', { name: 'Review the change' }).isDisabled()).toBe(true);
  });
});
