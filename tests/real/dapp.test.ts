// A dApp built with unmodified @polkadot/extension-dapp and @polkadot/api, on the real runtime (spec 293 in
// Chopsticks), with TaoVault in Chromium: web3Enable, then signAndSend through TaoVault's signer lands on this
// chain, with and without withSignedTransaction; signRaw verifies.
import type { ApiPromise } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApproval as approvalFor } from '../helpers/approval.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import { createWallet, importDevAccount, useDevnet } from '../helpers/popup.ts';
import { chainApi, freshAccounts, sharedChain, stakeAt, TAO, type FreshAccount } from '../helpers/real-chain.ts';
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
  signRaw(address: string, message: string): Promise<{ signature: string; valid: boolean }>;
};
declare const dapp: Dapp;

const { url, seeded } = sharedChain();

describe('a @polkadot/extension-dapp site with TaoVault on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let session: ExtensionSession;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let dappPage: Page;
  let account: FreshAccount;
  const withApproval = <T>(page: Page, run: (page: Page) => Promise<T>) => approvalFor(session, page, run);
  const staked = (netuid: number) => stakeAt(api, account.address, seeded.validatorA, netuid);

  beforeAll(async () => {
    api = await chainApi(url);
    account = (await freshAccounts(api, 1, 100n))[0]!;
    site = await serveStatic(await buildDappSite());
    session = await launchExtension();
    const popup = await createWallet(session);
    await importDevAccount(popup, 'Dapp user', account.path);
    await useDevnet(popup, url, 'Subtensor');
    dappPage = await session.context.newPage();
    await dappPage.goto(`${site.url}/?ws=${encodeURIComponent(url)}`);
    await dappPage.getByText('ready').waitFor();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    await api?.disconnect();
  });

  it('web3Enable: the person approves; web3Accounts lists the account', async () => {
    const { approval, result } = await withApproval(dappPage, (p) => p.evaluate(() => dapp.enable()));
    await approval.getByRole('heading', { name: 'Connect this site?' }).waitFor();
    await approval.getByRole('button', { name: 'Approve' }).click();
    expect(await result).toEqual(['taovault@0.1.0']);
    expect((await dappPage.evaluate(() => dapp.accounts())).map((a) => a.address)).toEqual([account.address]);
  });

  it('signAndSend through the injected signer: shown in plain words with the live network, signed, lands on the chain', async () => {
    const before = await staked(0);
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate(([a, h]) => dapp.stake(a, h, 0, '3000000000'), [account.address, seeded.validatorA] as const),
    );
    await approval.getByRole('heading', { level: 2, name: /^Stake 3 TAO with .+ on subnet 0$/ }).waitFor();
    await approval.getByText('Subtensor', { exact: false }).first().waitFor();
    await approval.getByRole('button', { name: 'Sign' }).click();
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(3n * TAO - ((await staked(0)) - before)).toBeLessThanOrEqual(1n);
  });

  it('withSignedTransaction: the chain includes exactly the extrinsic TaoVault returned', async () => {
    const before = await staked(seeded.netuid);
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate(([a, h, n]) => dapp.stake(a, h, n, '1000000000', true), [
        account.address,
        seeded.validatorA,
        seeded.netuid,
      ] as const),
    );
    await approval
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^Stake 1 TAO with .+ on subnet ${seeded.netuid}( \\(.+\\))?$`),
      })
      .waitFor();
    await approval.getByRole('button', { name: 'Sign' }).click();
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(outcome.walletTx).toMatch(/^0x[0-9a-f]+$/);
    const block = await api.rpc.chain.getBlock(outcome.block);
    expect(block.block.extrinsics.map((e) => e.toHex())).toContain(outcome.walletTx);
    expect(await staked(seeded.netuid)).toBeGreaterThan(before);
  });

  it('signRaw returns a signature signatureVerify accepts', async () => {
    const message = 'Log in to Test dApp on the real runtime';
    const signed = await withApproval(dappPage, (p) =>
      p.evaluate(([a, m]) => dapp.signRaw(a, m), [account.address, message] as const),
    );
    expect(await signed.approval.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(message);
    await signed.approval.getByRole('button', { name: 'Sign' }).click();
    expect((await signed.result).valid).toBe(true);
  });
});
