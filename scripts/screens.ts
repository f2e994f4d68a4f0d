// npm run screens: screenshots of every popup screen (and the approval window) in English, Chinese and dark,
// on the devnet and on the real spec-293 runtime, into artifacts/screens/<chain>/<variant>/<screen>.png.
// `--chain devnet` or `--chain real` takes one; `--docs` also copies the four the README shows into docs/screens/.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startDevnet } from '../devnet/index.ts';
import { closeRuntimeExecutor, startRealChain } from '../devnet/real/chain.ts';
import { seedRealChain } from '../devnet/real/seed.ts';
import { withApproval } from '../tests/helpers/approval.ts';
import type { ExtensionSession } from '../tests/helpers/browser.ts';
import { probe, TEST_PASSWORD, walletOnDevnet } from '../tests/helpers/popup.ts';
import { openRoute, openStakeReview, ROUTES, settle } from '../tests/helpers/screens.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const VARIANTS = [
  { name: 'en', language: 'en', theme: 'light' },
  { name: 'zh-CN', language: 'zh-CN', theme: 'light' },
  { name: 'dark', language: 'en', theme: 'dark' },
] as const;
const OUT = 'artifacts/screens';
const DOCS = ['home', 'stake-review', 'yield', 'approval-connect'];

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

async function shoot(page: Page, dir: string, name: string): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Every screen of one wallet, in each variant. */
async function screens(session: ExtensionSession, popup: Page, chain: string): Promise<number> {
  let count = 0;
  session.context.setDefaultTimeout(20_000);
  for (const v of VARIANTS) {
    const dir = join(OUT, chain, v.name);
    await mkdir(dir, { recursive: true });
    await probe(popup, 'pri(settings.update)', { language: v.language, theme: v.theme });
    for (const [name, hash] of ROUTES) {
      await openRoute(popup, hash);
      await shoot(popup, dir, name);
      count++;
    }
    await openRoute(popup, '#/yield');
    const row = popup.locator('details.position-row').first();
    if (await row.count()) {
      await row.locator('summary').click();
      await settle(popup);
      await shoot(popup, dir, 'yield-position');
      count++;
    }
    try {
      await openStakeReview(popup, 1, '1');
      await shoot(popup, dir, 'stake-review');
      await popup.locator('details[data-testid="review-details"] > summary').click();
      await shoot(popup, dir, 'stake-review-details');
      count += 2;
      await popup.keyboard.press('Escape');
    } catch (e) {
      console.warn(`${chain}/${v.name}: no stake review (${String(e).split('\n')[0]})`);
    }
    count += await part(`${chain}/${v.name} approval`, async () => {
      await approvalShot(session, dir);
      return 1;
    });
    count += await part(`${chain}/${v.name} unlock`, async () => {
      await probe(popup, 'pri(vault.lock)', null);
      await settle(popup);
      await shoot(popup, dir, 'unlock');
      await popup.getByRole('textbox').first().fill(TEST_PASSWORD);
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => !document.querySelector('input[type="password"]'), null, { timeout: 15_000 });
      return 1;
    });
  }
  return count;
}

/** Runs one part of the walk; a part that fails is reported and the others still run. */
async function part(name: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    console.warn(`${name}: skipped (${String(e).split('\n')[0]})`);
    return 0;
  }
}

/** The Connect approval window of a new site, once its buttons are armed. */
async function approvalShot(session: ExtensionSession, dir: string): Promise<void> {
  // A new origin each time: a site whose request was rejected is not asked about again at once.
  const site = await serveStatic({
    '/': { type: 'text/html', body: '<!doctype html><html><head><title>dApp</title></head><body>dApp</body></html>' },
  });
  const page = await session.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => Boolean(Reflect.get(window, 'injectedWeb3')));
  const { approval } = await withApproval(session, page, (p) =>
    p.evaluate(() => {
      const web3: Record<string, { enable(n: string): Promise<unknown> }> = Reflect.get(window, 'injectedWeb3');
      return web3['taovault']!.enable('Test dApp').catch(() => 'refused');
    }),
  );
  await approval.setViewportSize({ width: 360, height: 600 });
  await settle(approval);
  await approval.waitForTimeout(1_200); // armed: focus on the decision
  await shoot(approval, dir, 'approval-connect');
  await approval.keyboard.press('Escape');
  await page.close();
  await site.close();
}

async function main(): Promise<void> {
  const which = arg('--chain');
  {
    if (which !== 'real') {
      const devnet = await startDevnet({ port: 0, instant: true });
      const { session, popup } = await walletOnDevnet(devnet.url, [
        ['Alice', '//Alice'],
        ['Bob', '//Bob'],
      ]);
      try {
        console.log(`devnet: ${await screens(session, popup, 'devnet')} screenshots`);
      } finally {
        await session.close();
        await devnet.stop();
      }
    }
    if (which !== 'devnet') {
      const chain = await startRealChain({ port: 0, blocks: 'instant' });
      await seedRealChain(chain.url, { newBlocks: chain.newBlocks });
      const { session, popup } = await walletOnDevnet(chain.url, [
        ['Alice', '//Alice'],
        ['Bob', '//Bob'],
      ]);
      try {
        console.log(`real runtime: ${await screens(session, popup, 'real')} screenshots`);
      } finally {
        await session.close();
        await chain.stop();
        await closeRuntimeExecutor();
      }
    }
    if (process.argv.includes('--docs'))
      for (const name of DOCS)
        await copyFile(join(OUT, 'devnet', 'en', `${name}.png`), join('docs/screens', `${name}.png`));
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
