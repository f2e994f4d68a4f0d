// Keyboard only, in Chromium on the devnet (issue 22): unlock, send, stake and the approval window can each be done
// without a mouse, with focus where the next decision is (the audit found focus dropping to <body> after a step,
// Escape doing nothing in the approval window, and Sign as its fifth Tab stop).
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import { en } from '../../src/popup/i18n/en.ts';
import { withApproval } from '../helpers/approval.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { arrowSelect, focusedName, tabTo } from '../helpers/keyboard.ts';
import { probe, TEST_PASSWORD, walletOnDevnet } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const hot = encodeAddress(defaultScenario().validators.find((v) => v.registrations.includes(1))!.hotkey, 42);

let devnet: Devnet;
let session: ExtensionSession;
let popup: Page;
let site: Awaited<ReturnType<typeof serveStatic>>;

interface Portfolio {
  accounts: Array<{
    address: string;
    free: string;
    positions: Array<{ hotkey: string; netuid: number; alpha: string }>;
  }>;
}
const portfolio = () => probe<Portfolio>(popup, 'pri(portfolio.refresh)', null);

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  ({ session, popup } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
  site = await serveStatic({
    '/': { type: 'text/html', body: '<!doctype html><html><head><title>dApp</title></head><body>dApp</body></html>' },
  });
}, 180_000);

afterAll(async () => {
  await session?.close();
  await devnet?.stop();
  await site?.close();
});

describe('keyboard only (devnet)', () => {
  it('unlock: the password field has focus; typing and Enter unlock', async () => {
    await probe(popup, 'pri(vault.lock)', null);
    await popup.reload();
    await popup.getByRole('button', { name: en['vault.unlock'] }).waitFor();
    expect(await focusedName(popup)).toBe(en['vault.password']);
    await popup.keyboard.type(TEST_PASSWORD);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => probe<{ locked: boolean }>(popup, 'pri(vault.status)', null).then((s) => s.locked))
      .toBe(false);
  });

  it('send: recipient, amount, Review, Confirm with Tab, typing and Enter; the TAO arrives', async () => {
    const before = BigInt((await portfolio()).accounts[0]!.free);
    await popup.evaluate(() => (window.location.hash = '#/send'));
    await popup.getByRole('form', { name: en['send.title'] }).waitFor();
    await tabTo(popup, en['send.to']);
    await popup.keyboard.type(BOB);
    await tabTo(popup, en['send.amount']);
    await popup.keyboard.type('1');
    await tabTo(popup, en['send.review']);
    await popup.keyboard.press('Enter');
    await tabTo(popup, en['send.confirm']);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    // 1 TAO left Alice (plus the fee).
    expect(before - BigInt((await portfolio()).accounts[0]!.free)).toBeGreaterThan(1_000_000_000n);
  });

  it('stake: tabs with the arrows, subnet and validator with the arrows, amount, Review, Approve', async () => {
    await popup.evaluate(() => (window.location.hash = '#/stake'));
    await popup.getByRole('form', { name: en['staking.form'] }).waitFor();
    await tabTo(popup, en['staking.tab.stake']);
    await popup.keyboard.press('ArrowRight');
    expect(await focusedName(popup)).toBe(en['staking.tab.unstake']);
    await popup.keyboard.press('ArrowLeft');
    expect(
      await popup.getByRole('tab', { name: en['staking.tab.stake'], exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    await tabTo(popup, en['staking.subnet']);
    await arrowSelect(popup, '1');
    await tabTo(popup, en['staking.validator']);
    await expect
      .poll(
        () => popup.getByRole('combobox', { name: en['staking.validator'] }).locator(`option[value="${hot}"]`).count(),
        {
          timeout: 30_000,
        },
      )
      .toBe(1);
    await arrowSelect(popup, hot);
    await tabTo(popup, en['staking.amountTao']);
    await popup.keyboard.type('2');
    await tabTo(popup, en['staking.review']);
    await popup.keyboard.press('Enter');
    await popup.getByRole('region', { name: en['staking.reviewTitle'] }).waitFor();
    // Focus is on the headline (not <body>), and Approve is reachable with Tab.
    expect(await focusedName(popup)).toMatch(/^Stake 2 τ with /);
    await tabTo(popup, en['staking.approve']);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    const alice = (await portfolio()).accounts.find((a) => a.positions.some((p) => p.hotkey === hot && p.netuid === 1));
    expect(alice).toBeDefined();
  });

  it('approval window: focus on the decision, Sign one Tab away, Enter signs; Escape rejects; Reject all', async () => {
    const page = await session.context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => Boolean(Reflect.get(window, 'injectedWeb3')));
    type Web3 = Record<
      string,
      { enable(n: string): Promise<{ signer: { signRaw(r: object): Promise<{ signature: string }> } }> }
    >;
    const connect = await withApproval(session, page, (p) =>
      p.evaluate(() => {
        const web3: Web3 = Reflect.get(window, 'injectedWeb3');
        return web3['taovault']!.enable('Test dApp').then(() => 'connected');
      }),
    );
    await connect.approval.getByRole('heading', { name: en['approve.connect.title'] }).waitFor();
    await expect.poll(() => focusedName(connect.approval), { timeout: 5_000 }).toBe(en['approve.reject']);
    expect(await tabTo(connect.approval, en['approve.approve'])).toBe(1);
    await connect.approval.keyboard.press('Enter');
    expect(await connect.result).toBe('connected');

    const address = (await portfolio()).accounts[0]!.address;
    const sign = (message: string) =>
      withApproval(session, page, (p) =>
        p.evaluate(
          ([a, m]) => {
            const web3: Web3 = Reflect.get(window, 'injectedWeb3');
            return web3['taovault']!.enable('Test dApp')
              .then((ext) => ext.signer.signRaw({ address: a, data: m, type: 'bytes' }))
              .then(
                (r) => `signed ${/^0x[0-9a-f]{128}$/.test(r.signature)}`,
                (e: Error) => `refused: ${e.message}`,
              );
          },
          [address, `0x${Buffer.from(message).toString('hex')}`] as const,
        ),
      );
    const signed = await sign('keyboard message');
    await signed.approval.getByRole('textbox', { name: en['approve.message'] }).waitFor();
    await expect.poll(() => focusedName(signed.approval), { timeout: 5_000 }).toBe(en['approve.reject']);
    expect(await tabTo(signed.approval, en['approve.sign'])).toBe(1);
    await signed.approval.keyboard.press('Enter');
    expect(await signed.result).toBe('signed true');

    const escaped = await sign('escape me');
    await escaped.approval.getByRole('textbox', { name: en['approve.message'] }).waitFor();
    await escaped.approval.keyboard.press('Escape');
    expect(await escaped.result).toBe('refused: The request was rejected.');

    const both = await withApproval(session, page, (p) =>
      p.evaluate(
        ([a]) => {
          const web3: Web3 = Reflect.get(window, 'injectedWeb3');
          return web3['taovault']!.enable('Test dApp').then((ext) =>
            Promise.all(
              ['0x6f6e65', '0x74776f'].map((m) =>
                ext.signer.signRaw({ address: a, data: m, type: 'bytes' }).then(
                  () => 'signed',
                  () => 'refused',
                ),
              ),
            ),
          );
        },
        [address] as const,
      ),
    );
    const rejectAll = both.approval.getByRole('button', { name: /^Reject all \(2\)$/ });
    await rejectAll.waitFor();
    await rejectAll.focus();
    await both.approval.keyboard.press('Enter');
    expect(await both.result).toEqual(['refused', 'refused']);
    await page.close();
  });
});
