// A dApp built with unmodified @polkadot/extension-dapp and @polkadot/api (tests/fixtures/dapp), with TaoVault in
// real Firefox ESR, on the real runtime (spec 293 in Chopsticks), with the assertions of tests/real/dapp.test.ts
// and tests/e2e/dapp.test.ts: web3Enable approved; a stake through signAndSend (signPayload) lands; with
// withSignedTransaction the chain includes exactly what TaoVault returned; signRaw gives a signature
// signatureVerify accepts; an origin the person refuses gets nothing and is not asked again this session. A
// request on screen longer than Firefox's idle time for event pages is still answered.
import type { ApiPromise } from '@polkadot/api';
import { signatureVerify } from '@polkadot/util-crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxSession } from '../helpers/firefox.ts';
import { approvalsClosed, noApprovalWithin, withApproval as approvalFor } from '../helpers/firefox-approval.ts';
import { createWallet, importDevAccount, useNetwork } from '../helpers/firefox-popup.ts';
import { byRole, byText, clickRole, value } from '../helpers/firefox-ui.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import {
  chainApi,
  feePaid,
  freeOf,
  freshAccounts,
  sharedChain,
  stakeAt,
  TAO,
  type FreshAccount,
} from '../helpers/real-chain.ts';
import { serveStatic } from '../helpers/static-server.ts';

type Dapp = {
  enable(): Promise<string[]>;
  accounts(): Promise<Array<{ address: string; name?: string; source: string }>>;
  stake(
    address: string,
    hotkey: string,
    netuid: number,
    amount: string,
    withSignedTransaction?: boolean,
  ): Promise<{ block: string; error: string | null; walletTx: string | null }>;
  transfer(address: string, dest: string, amount: string): Promise<{ block: string; error: string | null }>;
  signRaw(address: string, message: string): Promise<{ signature: string; valid: boolean }>;
};
declare const dapp: Dapp;

const { url, seeded } = sharedChain();

/**
 * Firefox suspends an event page after this long with no activity it counts (30 s by default; shorter here so a
 * test meets it): a request on screen must keep TaoVault up however long the person takes.
 */
const BACKGROUND_IDLE_MS = 8_000;

/** The approval's level-2 headings, as text (a sign request has two: 'Sign a transaction' and what it does). */
const headings = (approval: Page) => approval.$$eval('h2', (all) => all.map((h) => h.textContent ?? ''));

describe('a @polkadot/extension-dapp site with TaoVault in Firefox ESR on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: FirefoxSession;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let otherSite: Awaited<ReturnType<typeof serveStatic>>;
  let dappPage: Page;
  let account: FreshAccount;
  let recipient: FreshAccount;
  const withApproval = <T>(page: Page, run: (page: Page) => Promise<T>) => approvalFor(session, page, run);
  const staked = (netuid: number) => stakeAt(api, account.address, seeded.validatorA, netuid);
  const openSite = async (base: string) => {
    // A tab opened while the approval window closes lands in that window and is gone with it (BiDi: no context).
    await approvalsClosed(session);
    const page = await session.openPage(`${base}/?ws=${encodeURIComponent(url)}`);
    await byText(page, 'ready');
    return page;
  };

  beforeAll(async () => {
    api = await chainApi(url);
    [account, recipient] = (await freshAccounts(api, 2, 100n)) as [FreshAccount, FreshAccount];
    const pages = await buildDappSite();
    site = await serveStatic(pages);
    otherSite = await serveStatic(pages);
    session = await launchFirefox({ backgroundIdleMs: BACKGROUND_IDLE_MS });
    const popup = await createWallet(session);
    await importDevAccount(popup, 'Dapp user', account.path);
    await useNetwork(popup, url, 'Subtensor');
    dappPage = await openSite(site.url);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    await otherSite?.close();
    await api?.disconnect();
  });

  it('the provider is in the page before its first script (MAIN-world content script); web3Enable: approved; web3Accounts lists the account', async () => {
    expect(await dappPage.evaluate(() => Reflect.get(window, 'taovaultAtStart'))).toBe(true);
    const { approval, result } = await withApproval(dappPage, (p) => p.evaluate(() => dapp.enable()));
    await byRole(approval, 'heading', 'Connect this site?');
    // The person reads for longer than Firefox lets an idle event page live: the site still gets its answer.
    await new Promise((r) => setTimeout(r, BACKGROUND_IDLE_MS + 4_000));
    await clickRole(approval, 'button', 'Approve');
    expect(await result).toEqual(['taovault@0.1.0']);
    expect((await dappPage.evaluate(() => dapp.accounts())).map((a) => a.address)).toEqual([account.address]);
  });

  it('a stake through the injected signer (signPayload): shown in plain words, signed, lands on the chain', async () => {
    const before = await staked(0);
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate((a, h) => dapp.stake(a, h, 0, '3000000000'), account.address, seeded.validatorA),
    );
    await byText(approval, 'Stake 3 TAO with');
    expect(await headings(approval)).toContainEqual(expect.stringMatching(/^Stake 3 TAO with .+ on subnet 0$/));
    await clickRole(approval, 'button', 'Sign');
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(3n * TAO - ((await staked(0)) - before)).toBeLessThanOrEqual(1n);
  });

  it('withSignedTransaction: the chain includes exactly the extrinsic TaoVault returned', async () => {
    const before = await staked(seeded.netuid);
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate(
        (a, h, n) => dapp.stake(a, h, n, '1000000000', true),
        account.address,
        seeded.validatorA,
        seeded.netuid,
      ),
    );
    await byText(approval, 'Stake 1 TAO with');
    expect(await headings(approval)).toContainEqual(
      expect.stringMatching(new RegExp(`^Stake 1 TAO with .+ on subnet ${seeded.netuid}( \\(.+\\))?$`)),
    );
    await clickRole(approval, 'button', 'Sign');
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(outcome.walletTx).toMatch(/^0x[0-9a-f]+$/);
    const block = await api.rpc.chain.getBlock(outcome.block);
    expect(block.block.extrinsics.map((e) => e.toHex())).toContain(outcome.walletTx);
    expect(await staked(seeded.netuid)).toBeGreaterThan(before);
  });

  it("a transfer through the injected signer (signPayload): the recipient gets exactly 2.5 TAO, the sender pays exactly that plus the fee in the chain's own event", async () => {
    const [senderBefore, recipientBefore] = [await freeOf(api, account.address), await freeOf(api, recipient.address)];
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate((a, d) => dapp.transfer(a, d, '2500000000'), account.address, recipient.address),
    );
    await byText(approval, 'Send 2.5 TAO to');
    await clickRole(approval, 'button', 'Sign');
    const outcome = await result;
    expect(outcome.error).toBeNull();
    const fee = await feePaid(api, outcome.block, account.address);
    expect(fee).toBeGreaterThan(0n);
    expect((await freeOf(api, recipient.address)) - recipientBefore).toBe(2_500_000_000n);
    expect(senderBefore - (await freeOf(api, account.address))).toBe(2_500_000_000n + fee);
  });

  it('signRaw returns a signature signatureVerify accepts (in the page and here)', async () => {
    const message = 'Log in to Test dApp in Firefox';
    const signed = await withApproval(dappPage, (p) =>
      p.evaluate((a, m) => dapp.signRaw(a, m), account.address, message),
    );
    expect(await value(await byRole(signed.approval, 'textbox', 'Message'))).toBe(message);
    await clickRole(signed.approval, 'button', 'Sign');
    const { signature, valid } = await signed.result;
    expect(valid).toBe(true);
    expect(signatureVerify(message, signature, account.address).isValid).toBe(true);
    expect(signatureVerify(`${message}!`, signature, account.address).isValid).toBe(false);
  });

  it('an origin the person refuses gets no extension and no accounts, and is not asked again this session', async () => {
    const other = await openSite(otherSite.url);
    expect(await other.evaluate(() => Reflect.has(Reflect.get(window, 'injectedWeb3') ?? {}, 'taovault'))).toBe(true);
    // Nothing of the extension is reachable from the page (nothing is web-accessible).
    const probeFile = await other.evaluate(
      (origin) =>
        fetch(`${origin}/inpage.js`).then(
          (r) => `fetched ${r.status}`,
          () => 'refused',
        ),
      EXTENSION_ORIGIN,
    );
    expect(probeFile).toBe('refused');
    const enable = (p: Page) =>
      p.evaluate(() =>
        dapp.enable().then(
          (l) => `enabled ${l.join(',')}`,
          (e: Error) => `refused: ${e.message}`,
        ),
      );
    const { approval, result } = await withApproval(other, enable);
    await byText(approval, otherSite.url.replace('http://', ''));
    await clickRole(approval, 'button', 'Reject');
    // extension-dapp swallows a refusing extension: the site gets no extension and no accounts.
    expect(await result).toBe('enabled ');
    expect(await other.evaluate(() => dapp.accounts())).toEqual([]);
    // Remembered in storage.session: asking again gets the same answer, with no window.
    await approvalsClosed(session);
    expect(await enable(other)).toBe('enabled ');
    expect(await noApprovalWithin(session, 3_000)).toBe(true);
    // The authorised site is unaffected.
    expect((await dappPage.evaluate(() => dapp.accounts())).map((a) => a.address)).toEqual([account.address]);
  });
});
