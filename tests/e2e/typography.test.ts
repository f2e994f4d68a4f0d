// Text size and font as Chromium computes them on the extension's pages (issue 22, item 2). Chromium gives
// extension pages `body { font-size: 75%; font-family: system-ui }`: a font set only on :root came out at 10.5 px
// in system-ui, with 12 px hints larger than body text.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApproval } from '../helpers/approval.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, DEV_PHRASE, probe } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { MIN_PASSWORD_LENGTH } from '../../src/protocol/domains/accounts-values.ts';
import { en } from '../../src/popup/i18n/en.ts';
import { zhCN } from '../../src/popup/i18n/zh-CN.ts';

const LANGUAGES = [
  { language: 'en', lang: 'en', text: en as Record<keyof typeof en, string> },
  { language: 'zh-CN', lang: 'zh-CN', text: zhCN },
] as const;

interface TextStyle {
  size: number;
  family: string;
}

let session: ExtensionSession;
let site: Awaited<ReturnType<typeof serveStatic>>;

const styleOf = (l: Locator): Promise<TextStyle> =>
  l.first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { size: parseFloat(s.fontSize), family: s.fontFamily };
  });

/** Body text is at least 14 px in TaoVault's font stack (with its Chinese fonts); the hint is smaller. */
async function expectReadable(page: Page, lang: string, texts: Locator[], hint: Locator): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  const body = await styleOf(page.locator('body'));
  expect(body.size).toBeGreaterThanOrEqual(14);
  for (const text of texts) {
    const style = await styleOf(text);
    expect(style.size, await text.first().innerText()).toBeGreaterThanOrEqual(14);
    expect(style.family).toMatch(
      /^system-ui, -apple-system, "Segoe UI", .*"PingFang SC", .*"Microsoft YaHei", .*sans-serif$/,
    );
  }
  const hintStyle = await styleOf(hint);
  expect(hintStyle.size).toBeLessThan(body.size);
  expect(hintStyle.family).toBe(body.family);
}

/** Opens the popup with the interface in this language (the setting is kept by the background). */
async function popupIn(language: string): Promise<Page> {
  const popup = await session.openPopup();
  await probe(popup, 'pri(settings.update)', { language });
  await popup.reload();
  return popup;
}

/** A wallet with Alice (created once, through the popup), the interface in this language. */
async function walletIn(language: string): Promise<void> {
  const setup = await session.openPopup();
  if (!(await probe<{ initialised: boolean }>(setup, 'pri(vault.status)', null)).initialised) {
    await probe(setup, 'pri(settings.update)', { language: 'en' });
    const created = await createWallet(session);
    await probe(created, 'pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    await created.close();
  }
  await probe(setup, 'pri(settings.update)', { language });
  await setup.close();
}

beforeAll(async () => {
  session = await launchExtension();
  site = await serveStatic({
    '/': {
      type: 'text/html',
      body: '<!doctype html><html><head><title>dApp</title></head><body><h1>Test dApp</h1></body></html>',
    },
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('text size and font on the extension pages (Chromium)', () => {
  it.each(LANGUAGES)(
    'popup in $language: body text at least 14 px in the font stack, the password hint smaller',
    async ({ language, lang, text }) => {
      const popup = await popupIn(language);
      await popup.getByRole('button', { name: text['onboarding.import'] }).click();
      await popup.getByRole('button', { name: text['vault.create'] }).waitFor();
      const paragraph = popup.getByText(text['vault.choosePassword']);
      const label = popup.getByText(text['vault.repeatPassword'], { exact: true });
      const button = popup.getByRole('button', { name: text['vault.create'] });
      const hint = popup.getByText(text['vault.passwordHint'].replace('{n}', String(MIN_PASSWORD_LENGTH)));
      await expectReadable(
        popup,
        lang,
        [paragraph, label, button, popup.getByLabel(text['vault.repeatPassword'])],
        hint,
      );
      await popup.close();
    },
  );

  it.each(LANGUAGES)(
    'approval window in $language: the request reads at least 14 px in the font stack, the note under the site smaller',
    async ({ language, lang, text }) => {
      await walletIn(language);
      const page = await session.context.newPage();
      await page.goto(site.url);
      await page.waitForFunction(() =>
        Boolean((window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3?.taovault),
      );
      const { approval } = await withApproval(session, page, (p) =>
        p.evaluate(() =>
          (window as unknown as { injectedWeb3: Record<string, { enable(n: string): Promise<unknown> }> }).injectedWeb3
            .taovault!.enable('Test dApp')
            .catch(() => 'refused'),
        ),
      );
      await approval.getByRole('heading', { name: text['approve.connect.title'] }).waitFor();
      const paragraph = approval.getByText(text['approve.connect.body']);
      const account = approval.getByText('Alice', { exact: true });
      const button = approval.getByRole('button', { name: text['approve.approve'] });
      const note = approval.getByText(text['approve.fromNote'].replace('{name}', 'Test dApp'));
      try {
        await expectReadable(approval, lang, [paragraph, account, button], note);
      } finally {
        await approval.close();
        await page.close();
      }
    },
  );

  it.each(LANGUAGES)(
    'at 14 px in $language, two fields side by side still fit the 360 px popup (delegate to several)',
    async ({ language, text }) => {
      await walletIn(language);
      const popup = await session.openPopup('#/stake-batch');
      const form = popup.getByRole('form', { name: text['batch.form'] });
      await form.waitFor();
      await popup.getByText(text['batch.manual']).click(); // hand-typed hotkeys are behind a disclosure
      const amount = popup.getByLabel(text['batch.amount'].replace('{n}', '1'));
      const box = await amount.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await form.evaluate((f) => f.closest('main')!.scrollWidth - f.closest('main')!.clientWidth)).toBe(0);
      await popup.close();
    },
  );
});
