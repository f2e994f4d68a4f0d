// A node of the real runtime that offers only metadata V14 (its runtime has no Metadata_metadata_versions /
// _at_version, as older runtimes did): V14 describes no runtime APIs, so stake cannot be read. The popup says so
// in a sentence, instead of waiting for the network for ever; nothing else breaks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealChain, type RealChain } from '../../devnet/real/chain.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, importDevAccount, useDevnet } from '../helpers/popup.ts';

describe('a node that offers only metadata V14 (real runtime, metadata versions API hidden)', () => {
  let chain: RealChain;
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    chain = await startRealChain({
      port: 0,
      blocks: 'instant',
      withoutRuntimeApis: ['Metadata_metadata_versions', 'Metadata_metadata_at_version'],
    });
    session = await launchExtension();
    popup = await createWallet(session);
    await importDevAccount(popup, 'Alice', '//Alice');
    await useDevnet(popup, chain.url, 'Old node');
  });
  afterAll(async () => {
    await session?.close();
    await chain?.stop();
  });

  it('connects, then says in a sentence that V14 lists no runtime APIs and what to use instead', async () => {
    const alert = popup.getByTestId('portfolio-unreadable');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('offers only metadata V14');
    expect(await alert.textContent()).toContain('Use a node that offers metadata V15 or newer.');
    expect(await popup.getByText('No balances yet: waiting for the network.').count()).toBe(0);
    expect(await popup.getByRole('region', { name: 'Network status' }).getAttribute('data-state')).toBe('connected');
  });

  it('in Simplified Chinese too', async () => {
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Language').selectOption('zh-CN');
    await popup.getByRole('button', { name: '返回' }).click();
    await expect
      .poll(() => popup.getByTestId('portfolio-unreadable').textContent(), { timeout: 20_000 })
      .toContain('只提供 V14 元数据');
  });
});
