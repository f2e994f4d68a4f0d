// The dApp connector end to end: a test dApp built with unmodified @polkadot/extension-dapp and @polkadot/api,
// served on 127.0.0.1, talks to TaoVault in Chromium and to the devnet; the test approves in the approval window.
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import { withApproval as approvalFor } from '../helpers/approval.ts';
import { launchExtension, type ExtensionSession } from '../helpers/browser.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import { createWallet, dumpLocalStorage, probe, DEV_PHRASE } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';

type Dapp = {
  enable(): Promise<string[]>;
  accounts(): Promise<Array<{ address: string; name?: string; source: string }>>;
  provideMetadata(): Promise<boolean>;
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

let session: ExtensionSession;
let devnet: Devnet;
let chain: ApiPromise;
let site: Awaited<ReturnType<typeof serveStatic>>;
let otherSite: Awaited<ReturnType<typeof serveStatic>>;
let popup: Page;
let dappPage: Page;
let alice: { id: string; address: string };
let bob: { id: string; address: string };
const hotkey = encodeAddress(defaultScenario().validators.find((v) => v.registrations.includes(1))!.hotkey, 42);

/** Runs something in the page that opens the approval window, and returns that window. */
const withApproval = <T>(page: Page, run: (page: Page) => Promise<T>) => approvalFor(session, page, run);

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  const meta = loadChainMetadata(devnet.meta.file);
  chain = await ApiPromise.create({
    provider: new WsProvider(devnet.url),
    signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
    noInitWarn: true,
  });
  const pages = await buildDappSite();
  site = await serveStatic(pages);
  otherSite = await serveStatic(pages);
  session = await launchExtension();
  popup = await createWallet(session);
  alice = await probe(popup, 'pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  });
  bob = await probe(popup, 'pri(accounts.importMnemonic)', {
    mnemonic: DEV_PHRASE,
    derivationPath: '//Bob',
    name: 'Bob',
    type: 'sr25519',
  });
  dappPage = await session.context.newPage();
  await dappPage.goto(`${site.url}/?ws=${encodeURIComponent(devnet.url)}`);
  await dappPage.getByText('ready').waitFor();
}, 180_000);

afterAll(async () => {
  await session?.close();
  await chain?.disconnect();
  await devnet?.stop();
  await site?.close();
  await otherSite?.close();
});

describe('a @polkadot/extension-dapp site with TaoVault', () => {
  it('web3Enable opens the approval window; after approval web3Accounts lists only the exposed account', async () => {
    const { approval, result } = await withApproval(dappPage, (p) => p.evaluate(() => dapp.enable()));
    await approval.getByRole('heading', { name: 'Connect this site?' }).waitFor();
    expect(await approval.getByText(site.url).count()).toBeGreaterThan(0);
    expect(await approval.getByRole('checkbox', { name: 'Alice' }).isChecked()).toBe(true);
    expect(await approval.getByRole('checkbox', { name: 'Bob' }).isChecked()).toBe(false);
    await approval.getByRole('button', { name: 'Approve' }).click();
    expect(await result).toEqual(['taovault@0.1.0']);
    const accounts = await dappPage.evaluate(() => dapp.accounts());
    expect(accounts).toEqual([{ address: alice.address, name: 'Alice', source: 'taovault', type: 'sr25519' }]);
    expect(accounts.map((a) => a.address)).not.toContain(bob.address);
  });

  it('stakes through the injected signer: the person approves metadata, reads the call in plain words, signs; it is finalized', async () => {
    const meta = await withApproval(dappPage, (p) => p.evaluate(() => dapp.provideMetadata()));
    await meta.approval.getByRole('heading', { name: 'Update network information' }).waitFor();
    await meta.approval.getByRole('button', { name: 'Approve' }).click();
    expect(await meta.result).toBe(true);

    const stakeOf = async () =>
      BigInt(
        (
          (
            await chain.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hotkey, alice.address, 1)
          ).toJSON() as { stake?: string | number } | null
        )?.stake ?? 0,
      );
    const before = await stakeOf();
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate(([a, h]) => dapp.stake(a, h, 1, '3000000000'), [alice.address, hotkey] as const),
    );
    const sentence = approval.getByRole('heading', { level: 2, name: /^Stake 3 TAO with .+ on subnet 1$/ });
    await sentence.waitFor();
    await approval.getByText('Local devnet (from metadata you approved)').waitFor();
    await approval.getByText('No price limit', { exact: false }).waitFor();
    await approval.getByRole('button', { name: 'Sign' }).click();
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(await stakeOf()).toBeGreaterThan(before);
  });

  it('withSignedTransaction: the dApp gets the signed extrinsic from TaoVault and the chain includes exactly it', async () => {
    const { approval, result } = await withApproval(dappPage, (p) =>
      p.evaluate(([a, h]) => dapp.stake(a, h, 1, '1000000000', true), [alice.address, hotkey] as const),
    );
    await approval.getByRole('heading', { level: 2, name: /^Stake 1 TAO with .+ on subnet 1$/ }).waitFor();
    await approval.getByRole('button', { name: 'Sign' }).click();
    const outcome = await result;
    expect(outcome.error).toBeNull();
    expect(outcome.walletTx).toMatch(/^0x[0-9a-f]+$/);
    const block = await chain.rpc.chain.getBlock(outcome.block);
    expect(block.block.extrinsics.map((e) => e.toHex())).toContain(outcome.walletTx);
  });

  it('signRaw returns a signature signatureVerify accepts; a refused request rejects in the dApp', async () => {
    const message = 'Log in to Test dApp, nonce 7';
    const signed = await withApproval(dappPage, (p) =>
      p.evaluate(([a, m]) => dapp.signRaw(a, m), [alice.address, message] as const),
    );
    expect(await signed.approval.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(message);
    await signed.approval.getByRole('button', { name: 'Sign' }).click();
    expect((await signed.result).valid).toBe(true);

    const refused = await withApproval(dappPage, (p) =>
      p.evaluate(
        ([a]) =>
          dapp.signRaw(a, 'no').then(
            () => 'signed',
            (e: Error) => `refused: ${e.message}`,
          ),
        [alice.address] as const,
      ),
    );
    await refused.approval.getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await refused.result).toBe('refused: The request was rejected.');
  });

  it('a click arriving as the next request appears does not sign it: its buttons wait about a second', async () => {
    const both = await withApproval(dappPage, (p) =>
      p.evaluate(
        ([a]) => {
          const settle = (m: string) =>
            dapp.signRaw(a, m).then(
              () => `signed ${m}`,
              () => `refused ${m}`,
            );
          return Promise.all([settle('first message'), settle('second message')]);
        },
        [alice.address] as const,
      ),
    );
    const { approval } = both;
    const message = approval.getByRole('textbox', { name: 'Message' });
    const sign = approval.getByRole('button', { name: 'Sign' });
    await message.waitFor();
    const shownFirst = await message.inputValue();
    await approval.getByText(/^Next: a message to sign from /).waitFor();
    // The Sign button of a request that just appeared is disabled.
    expect(await sign.isDisabled()).toBe(true);
    await sign.click(); // Playwright waits until it is enabled: about a second after the window showed it
    await approval.waitForFunction((first) => document.querySelector('textarea')?.value !== first, shownFirst);
    // A second click at once, where the Sign button is, as a double click would land.
    const box = (await sign.boundingBox())!;
    await approval.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(await message.inputValue()).not.toBe(shownFirst); // still waiting: not signed
    expect(await sign.isDisabled()).toBe(true);
    await approval.getByRole('status').filter({ hasText: 'Now showing: a message to sign' }).waitFor();
    await approval.getByRole('button', { name: 'Reject', exact: true }).click();
    const results = await both.result;
    expect(results.sort()).toEqual(
      [`refused ${shownFirst === 'first message' ? 'second' : 'first'} message`, `signed ${shownFirst}`].sort(),
    );
  });

  it('a second origin that was not authorised gets nothing, and closing the approval window refuses it', async () => {
    const other = await session.context.newPage();
    await other.goto(`${otherSite.url}/?ws=${encodeURIComponent(devnet.url)}`);
    await other.getByText('ready').waitFor();
    const direct = await other.evaluate(async () => {
      const injected = (window as unknown as { injectedWeb3: Record<string, { enable(n: string): Promise<unknown> }> })
        .injectedWeb3;
      return injected.taovault ? 'present' : 'missing';
    });
    expect(direct).toBe('present');
    // The page script is a MAIN-world content script: there when the page's first script runs, and no file of
    // the extension is reachable from the page (nothing is web-accessible).
    expect(await other.evaluate(() => (window as unknown as { taovaultAtStart?: boolean }).taovaultAtStart)).toBe(true);
    const probeFile = await other.evaluate(
      (id) =>
        fetch(`chrome-extension://${id}/inpage.js`).then(
          (r) => `fetched ${r.status}`,
          () => 'refused',
        ),
      session.extensionId,
    );
    expect(probeFile).toBe('refused');
    const { approval, result } = await withApproval(other, (p) =>
      p.evaluate(() =>
        dapp.enable().then(
          (l) => `enabled ${l}`,
          (e: Error) => `refused: ${e.message}`,
        ),
      ),
    );
    await approval.getByText(otherSite.url).first().waitFor();
    await approval.close();
    // extension-dapp swallows a refusing extension: the site gets no extension and no accounts.
    expect(await result).toBe('enabled ');
    expect(await other.evaluate(() => dapp.accounts())).toEqual([]);
    await other.close();
  });

  it('a page posting forged privileged and malformed messages gets errors only, and the vault is unchanged', async () => {
    const keys = async () => {
      const all = JSON.parse(await dumpLocalStorage(popup)) as Record<string, unknown>;
      return JSON.stringify([all['vault'], all['vault.prev'], all['dapp.sites'], all['dapp.metadata']]);
    };
    const before = await keys();
    const answers = await dappPage.evaluate(async () => {
      const send = (message: unknown) =>
        new Promise<string>((resolve) => {
          const id = (message as { id?: string }).id;
          const onMessage = (e: MessageEvent) => {
            const d = e.data as { source?: string; message?: { id?: string; kind?: string; error?: { code: string } } };
            if (d?.source !== 'taovault-content' || d.message?.id !== id) return;
            window.removeEventListener('message', onMessage);
            resolve(d.message?.kind === 'error' ? d.message.error!.code : `answered ${d.message?.kind}`);
          };
          window.addEventListener('message', onMessage);
          window.postMessage({ source: 'taovault-page', message }, location.origin);
          setTimeout(() => resolve('no answer'), 3_000);
        });
      const out: string[] = [];
      for (const [name, request] of [
        ['pri(accounts.list)', null],
        ['pri(accounts.revealMnemonic)', { id: 'x', password: 'guess' }],
        ['pri(vault.lock)', null],
        ['pri(approvals.approve)', { id: 'connect.abc' }],
        ['pri(sites.update)', { origin: 'https://evil.example', accountIds: ['x'] }],
        ['pub(dapp.signPayload)', { address: 'nope' }],
        ['pub(dapp.signRaw)', { address: 1, data: [], type: 'bytes' }],
        ['pub(dapp.enable)', { appName: 'x', origin: 'https://spoofed.example' }],
        ['pub(nothing.here)', null],
      ] as const) {
        out.push(await send({ kind: 'request', id: `forged-${out.length}`, name, request }));
      }
      out.push(await send({ kind: 'request', id: 'forged-long', name: 'x'.repeat(500), request: null }));
      return out;
    });
    expect(answers).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'invalid-request',
      'invalid-request',
      'invalid-request',
      'unknown-message',
      'no answer',
    ]);
    expect((await probe<{ locked: boolean }>(popup, 'pri(vault.status)', null)).locked).toBe(false);
    expect(await keys()).toBe(before);
  });
});
