// The wallet in real Firefox ESR (dist-firefox/, WebDriver BiDi) on the real Subtensor runtime (spec 293 in
// Chopsticks), with the assertions of tests/real/wallet.test.ts: created and unlocked with its password; an
// account imported by phrase and path shows free balance, root stake and subnet alpha exactly as the runtime APIs
// give them; a transfer lands with the recipient getting exactly the amount and the sender paying exactly the
// chain's own fee; storage holds nothing of the person in clear.
import type { ApiPromise } from '@polkadot/api';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alpha, tao } from '../../src/popup/features/portfolio/amounts.ts';
import { launchFirefox, until, type FirefoxSession } from '../helpers/firefox.ts';
import {
  createWallet,
  dumpLocalStorage,
  fromHome,
  importDevAccount,
  probe,
  useNetwork,
} from '../helpers/firefox-popup.ts';
import {
  attribute,
  byName,
  byRole,
  bySelector,
  byTestId,
  byText,
  clickRole,
  eventually,
  fillNamed,
} from '../helpers/firefox-ui.ts';
import { TEST_PASSWORD } from '../helpers/popup.ts';
import {
  chainApi,
  feePaid,
  freeOf,
  freshAccounts,
  head,
  sendAndWait,
  sharedChain,
  stakeAt,
  stakesOf,
  TAO,
  txOf,
  type FreshAccount,
} from '../helpers/real-chain.ts';

const { url, seeded } = sharedChain();

describe('the wallet in Firefox ESR on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: FirefoxSession;
  let popup: Page;
  let nominator: FreshAccount;
  let recipient: FreshAccount;

  const rootStake = (coldkey: string) => stakeAt(api, coldkey, seeded.validatorA, 0);

  beforeAll(async () => {
    api = await chainApi(url);
    const fresh = await freshAccounts(api, 2, 1_000n);
    [nominator, recipient] = [fresh[0]!, fresh[1]!];
    // Stake made outside the wallet (as btcli would): root and the seeded subnet.
    await sendAndWait(api, txOf(api, 'subtensorModule.addStake', seeded.validatorA, 0, 100n * TAO), nominator.pair);
    await sendAndWait(
      api,
      txOf(api, 'subtensorModule.addStake', seeded.validatorA, seeded.netuid, 20n * TAO),
      nominator.pair,
    );
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
  });

  it('creates the wallet, locks it, refuses a wrong password with a sentence and unlocks with the right one', async () => {
    popup = await createWallet(session);
    await clickRole(popup, 'button', 'Lock now');
    await byRole(popup, 'button', 'Unlock');
    await fillNamed(popup, 'Password', 'wrong wrong');
    await clickRole(popup, 'button', 'Unlock');
    await eventually(
      async () => (await bySelector(popup, '[role="alert"]')).evaluate((e) => e.textContent),
      'The password is wrong.',
      'the alert',
    );
    await fillNamed(popup, 'Password', TEST_PASSWORD);
    await clickRole(popup, 'button', 'Unlock');
    // Unlocked, with no account yet: the first-account choices again.
    await byRole(popup, 'button', 'I already have one', 120_000);
    await useNetwork(popup, url, 'Subtensor');
  });

  it('an imported account shows free balance, root stake and subnet alpha exactly as the runtime APIs give them, with no new block', async () => {
    const before = await head(api);
    await importDevAccount(popup, 'Nominator', nominator.path);
    const free = await freeOf(api, nominator.address);
    const stakes = await stakesOf(api, nominator.address);
    const root = stakes.filter((s) => s.netuid === 0).reduce((sum, s) => sum + s.stake, 0n);
    const sub = stakes.find((s) => s.netuid === seeded.netuid)!;
    expect(100n * TAO - root).toBeLessThanOrEqual(1n);
    const price = BigInt((await api.call['swapRuntimeApi']!['currentAlphaPrice']!(seeded.netuid)).toString());
    const total = free + root + (sub.stake * price) / TAO;

    const card = await byRole(popup, 'article', 'Balances of Nominator');
    await eventually(
      async () => attribute(await byName(card, 'Total Nominator'), 'title'),
      tao(total.toString(), 'en', true),
      'the total',
    );
    const positions = await byRole(popup, 'list', 'Positions of Nominator');
    const items = await positions.$$('li');
    const labels = await Promise.all(items.map((i) => attribute(i, 'aria-label')));
    const rootItem = items[labels.findIndex((l) => l?.includes('on SN0 '))];
    const subItem = items[labels.findIndex((l) => l?.includes(`on SN${seeded.netuid} `))];
    expect(rootItem && subItem).toBeTruthy();
    expect(await attribute(await byTestId(rootItem!, 'position-amount'), 'title')).toBe(
      tao(root.toString(), 'en', true),
    );
    const shown = (await attribute(await byTestId(subItem!, 'position-amount'), 'title')) ?? '';
    expect(shown).toBe(alpha(sub.stake.toString(), shown.split(' ').pop()!, 'en', true));
    expect(await attribute(await byTestId(subItem!, 'position-tao'), 'title')).toContain('at spot price');
    expect(await head(api)).toBe(before);
  });

  it("sends 1.5 TAO: the recipient gets exactly 1.5, the sender pays exactly amount plus the fee in the chain's own event", async () => {
    const [senderBefore, recipientBefore] = [
      await freeOf(api, nominator.address),
      await freeOf(api, recipient.address),
    ];
    await clickRole(popup, 'button', 'Send');
    await fillNamed(popup, 'Recipient address', recipient.address);
    await fillNamed(popup, 'Amount (TAO)', '1.5');
    await clickRole(popup, 'button', 'Review');
    await byRole(popup, 'region', 'Review the transfer');
    await clickRole(popup, 'button', 'Confirm and send');
    await eventually(
      async () => attribute(await byTestId(popup, 'tx-status'), 'data-status'),
      'finalized',
      'the transfer',
      90_000,
    );
    const [record] = await probe<Array<{ fee: string; blockHash: string }>>(popup, 'pri(transfers.history)', null);
    const fee = await feePaid(api, record!.blockHash, nominator.address);
    expect(fee).toBeGreaterThan(0n);
    expect(BigInt(record!.fee)).toBe(fee);
    expect(senderBefore - (await freeOf(api, nominator.address))).toBe(1_500_000_000n + fee);
    expect((await freeOf(api, recipient.address)) - recipientBefore).toBe(1_500_000_000n);
    await clickRole(popup, 'button', 'Back to the portfolio');
  });

  it("stakes 10 TAO on root through the staking form: the position grows by 10 TAO (1:1), the account pays exactly that plus the fee in the chain's own event", async () => {
    const before = await freeOf(api, nominator.address);
    const rootBefore = await rootStake(nominator.address);
    await fromHome(popup, 'Stake or move');
    await byRole(popup, 'form', 'Staking form');
    // Options carry the free balance beside the name ("Nominator · 1 000 τ free").
    const accountBox = await byRole(popup, 'combobox', 'Account');
    const option = await until(
      () =>
        accountBox.$$eval('option', (all) => all.find((o) => o.textContent?.startsWith('Nominator'))?.value ?? null),
      'the Nominator option',
    );
    await accountBox.select(option);
    await (await byRole(popup, 'combobox', 'Subnet')).select('0');
    await (await byText(popup, 'Advanced:')).click();
    await fillNamed(popup, 'Paste a validator hotkey', seeded.validatorA);
    await fillNamed(popup, 'Amount (TAO)', '10');
    await clickRole(popup, 'button', 'Review');
    await byRole(popup, 'region', 'Review the staking transaction');
    await clickRole(popup, 'button', 'Approve');
    await eventually(
      async () => attribute(await byTestId(popup, 'tx-status'), 'data-status'),
      'finalized',
      'the stake',
      90_000,
    );
    const [record] = await probe<Array<{ blockHash: string }>>(popup, 'pri(staking.history)', null);
    const fee = await feePaid(api, record!.blockHash, nominator.address);
    // The share pool floors a holder's value by at most one rao.
    expect(10n * TAO - ((await rootStake(nominator.address)) - rootBefore)).toBeLessThanOrEqual(1n);
    expect(before - (await freeOf(api, nominator.address))).toBe(10n * TAO + fee);
    await clickRole(popup, 'button', 'Back to the portfolio');
  });

  it('storage holds nothing of the person in clear after the import, the transfer and the stake', async () => {
    const dump = await dumpLocalStorage(popup);
    for (const secret of [nominator.address, recipient.address, 'Nominator', '1500000000', seeded.validatorA])
      expect(dump).not.toContain(secret);
    expect(dump).toContain('portfolio.cache');
    expect(dump).toContain('transfers.history');
  });
});
