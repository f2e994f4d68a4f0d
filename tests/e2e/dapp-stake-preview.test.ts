// A dApp's staking transaction in the approval window (issue 22, item 14): decoded from the bytes to be signed, it
// names the validator (on-chain identity) and the subnet, and shows the same simulation the wallet's own stake
// review shows (what you get, prices, impact, fee, the call's own limit), warns when the site's limit makes the
// network refuse it, and says so where no simulation exists (a swap between subnets inside a batch). Chromium, devnet.
import '@polkadot/api-augment';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import { closesByItself, withApproval as approvalFor } from '../helpers/approval.ts';
import { seriousViolations } from '../helpers/axe.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { buildDappSite } from '../helpers/dapp-site.ts';
import { walletOnDevnet } from '../helpers/popup.ts';
import { serveStatic } from '../helpers/static-server.ts';

type Dapp = {
  enable(): Promise<string[]>;
  stake(address: string, hotkey: string, netuid: number, amount: string): Promise<{ error: string | null }>;
  stakeBatch(
    address: string,
    hotkey: string,
    netuid: number,
    amount: string,
    limitPrice: string,
    otherNetuid: number,
  ): Promise<string | null>;
};
declare const dapp: Dapp;

let session: ExtensionSession;
let devnet: Devnet;
let chain: ApiPromise;
let site: Awaited<ReturnType<typeof serveStatic>>;
let dappPage: Page;
const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const scenario = defaultScenario();
const validator = scenario.validators.find((v) => v.registrations.includes(1))!;
const hotkey = encodeAddress(validator.hotkey, 42);
const subnet1 = scenario.subnets.find((s) => s.netuid === 1)!;

const withApproval = <T>(run: (page: Page) => Promise<T>) => approvalFor(session, dappPage, run);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  const meta = loadChainMetadata(devnet.meta.file);
  chain = await ApiPromise.create({
    provider: new WsProvider(devnet.url),
    signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
    noInitWarn: true,
  });
  site = await serveStatic(await buildDappSite());
  ({ session } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
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

describe("a dApp's staking transaction in the approval window", () => {
  it('add_stake: the validator and subnet by name, and the chain simulation of what Alice gets', async () => {
    const { approval, result } = await withApproval((p) =>
      p.evaluate(([a, h]) => dapp.stake(a, h, 1, '3000000000').catch((e: Error) => e.message), [
        alice,
        hotkey,
      ] as const),
    );
    const sentence = new RegExp(
      `^Stake 3 TAO with ${escape(validator.name!)} \\(5.+\\) on subnet 1 \\(${escape(subnet1.name)}\\)$`,
    );
    await approval.getByRole('heading', { level: 2, name: sentence }).waitFor({ timeout: 30_000 });
    const preview = approval.getByRole('region', { name: 'What this trade does now' });
    const leg = preview.getByRole('group', { name: 'Buy on subnet 1' });
    await leg.waitFor();
    // The amount the chain's own simulation gives for 3 TAO on subnet 1 is the one shown, digit for digit.
    const sim = (await chain.call['swapRuntimeApi']!['simSwapTaoForAlpha']!(1, 3_000_000_000n)).toJSON() as {
      alphaAmount: number | string;
    };
    const alpha = BigInt(sim.alphaAmount);
    const shown = await leg.getByTestId('leg-0-You receive (chain simulation)').innerText();
    const whole = (alpha / 1_000_000_000n).toLocaleString('en');
    const frac = (alpha % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
    expect(shown.replace(/\s/g, ' ')).toContain(frac ? `${whole}.${frac}` : whole);
    expect(await leg.getByTestId('leg-0-Limit price').innerText()).toBe('No limit');
    expect(await preview.getByTestId('stake-no-preview').count()).toBe(0);
    expect(await seriousViolations(approval)).toEqual([]);
    await approval.getByRole('button', { name: 'Reject' }).click();
    expect(await result).toMatch(/reject|cancel/i);
  }, 120_000);

  it('a batch with a limit the price passes and a swap between subnets: the refusal is said, the swap has no simulation', async () => {
    const { approval, result } = await withApproval((p) =>
      p.evaluate(([a, h]) => dapp.stakeBatch(a, h, 1, '2000000000', '1000', 2), [alice, hotkey] as const),
    );
    const preview = approval.getByRole('region', { name: 'What this trade does now' });
    await preview.waitFor({ timeout: 30_000 });
    await preview.getByText('the network will refuse this', { exact: false }).waitFor();
    expect(await preview.getByRole('group', { name: 'Buy on subnet 1' }).count()).toBe(1);
    expect(await preview.getByTestId('stake-no-preview').innerText()).toContain(
      'No simulation is available for 1 step(s)',
    );
    // The steps name the validator too.
    expect(await approval.getByText(validator.name!, { exact: false }).count()).toBeGreaterThan(0);
    await approval.getByRole('button', { name: 'Reject' }).click();
    expect(await result).toMatch(/reject|cancel/i);
  }, 120_000);
});
