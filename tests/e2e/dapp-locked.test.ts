// The first dApp moment after a browser restart: the wallet is locked when a site asks for a signature. The
// person unlocks in the approval window, the same window then shows the request, the person signs, and the site
// gets a signature that verifies (signRaw) or a transaction the chain takes (signPayload).
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady, encodeAddress, signatureVerify } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import { closesByItself, withApproval as approvalFor } from '../helpers/approval.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import { TEST_PASSWORD, walletOnDevnet } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';

type Dapp = {
  enable(): Promise<string[]>;
  stake(
    address: string,
    hotkey: string,
    netuid: number,
    amount: string,
  ): Promise<{ block: string; error: string | null }>;
  signRaw(address: string, message: string): Promise<{ signature: string; valid: boolean }>;
};
declare const dapp: Dapp;

let session: ExtensionSession;
let devnet: Devnet;
let chain: ApiPromise;
let site: Awaited<ReturnType<typeof serveStatic>>;
let popup: Page;
let dappPage: Page;
const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'; // //Alice of the development phrase
const hotkey = encodeAddress(defaultScenario().validators.find((v) => v.registrations.includes(1))!.hotkey, 42);

/** Runs something in the dApp page that opens the approval window, and returns that window. */
const withApproval = <T>(run: (page: Page) => Promise<T>) => approvalFor(session, dappPage, run);

/** Locks TaoVault with the popup's lock button, as a person would. */
async function lock(): Promise<void> {
  await popup.getByRole('button', { name: 'Lock now' }).click();
  await popup.getByRole('heading', { name: 'Unlock TaoVault' }).waitFor();
}

/** The approval window of a locked wallet: it names the site and shows the unlock form; the person unlocks. */
async function unlockIn(approval: Page): Promise<void> {
  await approval.getByText(`${site.url} is waiting for TaoVault`).waitFor();
  await approval.getByLabel('Password').fill(TEST_PASSWORD);
  await approval.getByRole('button', { name: 'Unlock' }).click();
}

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await startDevnet({ port: 0, instant: true });
  const meta = loadChainMetadata(devnet.meta.file);
  chain = await ApiPromise.create({
    provider: new WsProvider(devnet.url),
    signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
    noInitWarn: true,
  });
  site = await serveStatic(await buildDappSite());
  ({ session, popup } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
  dappPage = await session.context.newPage();
  await dappPage.goto(`${site.url}/?ws=${encodeURIComponent(devnet.url)}`);
  await dappPage.getByText('ready').waitFor();
  const { approval, result } = await withApproval((p) => p.evaluate(() => dapp.enable()));
  await approval.getByRole('button', { name: 'Approve' }).click();
  expect(await result).toEqual(['taovault@0.1.0']);
  await closesByItself(approval);
}, 180_000);

afterAll(async () => {
  await session?.close();
  await chain?.disconnect();
  await devnet?.stop();
  await site?.close();
});

describe('a dApp asks a locked TaoVault to sign', () => {
  it('signRaw: unlock in the approval window, the window shows the message, Sign; the signature verifies', async () => {
    await lock();
    const message = 'Log in to Test dApp after a restart, nonce 11';
    const { approval, result } = await withApproval((p) =>
      p.evaluate(([a, m]) => dapp.signRaw(a, m).catch((e: Error) => `refused: ${e.message}`), [
        alice,
        message,
      ] as const),
    );
    await unlockIn(approval);
    await approval.getByRole('button', { name: 'Sign' }).waitFor();
    expect(await approval.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(message);
    await approval.getByRole('button', { name: 'Sign' }).click();
    const answer = await result;
    if (typeof answer === 'string') throw new Error(answer);
    expect(signatureVerify(message, answer.signature, alice).isValid).toBe(true);
    await closesByItself(approval);
  });

  it('signPayload: unlock in the approval window, the window shows the stake, Sign; the chain includes it', async () => {
    await lock();
    const stakeOf = async () =>
      BigInt(
        (
          (
            await chain.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hotkey, alice, 1)
          ).toJSON() as { stake?: string | number } | null
        )?.stake ?? 0,
      );
    const before = await stakeOf();
    const { approval, result } = await withApproval((p) =>
      p.evaluate(([a, h]) => dapp.stake(a, h, 1, '2000000000').catch((e: Error) => `refused: ${e.message}`), [
        alice,
        hotkey,
      ] as const),
    );
    await unlockIn(approval);
    await approval.getByRole('heading', { level: 2, name: /^Stake 2 TAO with .+ on subnet 1 \(.+\)$/ }).waitFor();
    await approval.getByRole('button', { name: 'Sign' }).click();
    const outcome = await result;
    if (typeof outcome === 'string') throw new Error(outcome);
    expect(outcome.error).toBeNull();
    expect(await stakeOf()).toBeGreaterThan(before);
    await closesByItself(approval);
  });

  it('closing the approval window of a locked wallet refuses the request and leaves TaoVault locked', async () => {
    await lock();
    const { approval, result } = await withApproval((p) =>
      p.evaluate(
        ([a]) =>
          dapp.signRaw(a, 'no').then(
            () => 'signed',
            (e: Error) => `refused: ${e.message}`,
          ),
        [alice] as const,
      ),
    );
    await approval.getByRole('button', { name: 'Unlock' }).waitFor();
    await approval.close();
    expect(await result).toBe('refused: The approval window was closed.');
    await popup.getByRole('heading', { name: 'Unlock TaoVault' }).waitFor();
  });
});
