// move_stake_limit in Chromium against the devnet's current-runtime mode: a move to another validator on another
// subnet is sent as move_stake_limit with the reviewed limit, fill-or-kill unless the person asks for a partial fill,
// and lands; the block holds the call with the flags as reviewed.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataCurrent } from '../../devnet/chain/metadata-current.ts';
import { customSignedExtensions, loadChainMetadata, startDevnet, type Devnet } from '../../devnet/index.ts';
import { defaultScenario } from '../../devnet/subtensor/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, walletOnDevnet } from '../helpers/popup.ts';

const scenario = defaultScenario();
const hotOn = (netuid: number): string =>
  encodeAddress(
    scenario.validators.find((v) => v.registrations.includes(netuid) && v.coldkey !== scenario.validators[0]!.coldkey)!
      .hotkey,
    42,
  );

describe('protected moves with move_stake_limit (current-runtime devnet)', () => {
  let devnet: Devnet;
  let api: ApiPromise;
  let session: ExtensionSession;
  let popup: Page;
  const alice = () => new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const stake = async (hot: string, netuid: number): Promise<bigint> => {
    const info = await api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(
      hot,
      alice().address,
      netuid,
    );
    const json = info.toJSON();
    return json && typeof json === 'object' && 'stake' in json ? BigInt(String(json.stake)) : 0n;
  };

  /** move_stake_limit calls in the block `hash`, as the chain decoded them. */
  async function movesIn(hash: string): Promise<Array<Record<string, unknown>>> {
    const block = await api.rpc.chain.getBlock(hash);
    return block.block.extrinsics
      .filter((x) => x.method.section === 'subtensorModule' && x.method.method === 'moveStakeLimit')
      .map((x) => x.method.toJSON()['args'] as Record<string, unknown>);
  }

  beforeAll(async () => {
    await cryptoWaitReady();
    devnet = await startDevnet({ port: 0, instant: true, metadata: metadataCurrent() });
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({
      provider: new WsProvider(devnet.url),
      signedExtensions: customSignedExtensions(meta.registry, meta.metadata),
      noInitWarn: true,
    });
    await new Promise<void>((resolve, reject) => {
      void api.tx['subtensorModule']!['addStake']!(hotOn(1), 1, 20_000_000_000n)
        .signAndSend(alice(), (r) => {
          if (r.status.isFinalized) resolve();
        })
        .catch(reject);
    });
    ({ session, popup } = await walletOnDevnet(devnet.url, [['Alice', '//Alice']]));
  });
  afterAll(async () => {
    await session?.close();
    await api?.disconnect();
    await devnet?.stop();
  });

  const review = () => popup.getByRole('region', { name: 'Review the staking transaction' });
  async function moveForm(amount: string, partial: boolean): Promise<void> {
    await fromHome(popup, 'Stake or move');
    await popup.getByRole('form', { name: 'Staking form' }).waitFor();
    await popup.getByRole('tab', { name: 'Move' }).click();
    const position = popup.getByRole('combobox', { name: 'Position' });
    await expect.poll(() => position.locator(`option[value="${hotOn(1)}:1"]`).count(), { timeout: 30_000 }).toBe(1);
    await position.selectOption(`${hotOn(1)}:1`);
    await popup.getByRole('combobox', { name: 'Destination subnet' }).selectOption('2');
    const dest = popup.getByRole('combobox', { name: 'Destination validator' });
    await expect.poll(() => dest.locator(`option[value="${hotOn(2)}"]`).count(), { timeout: 30_000 }).toBe(1);
    await dest.selectOption(hotOn(2));
    await popup.getByLabel('Amount of stake (alpha)').fill(amount);
    await popup.getByText(/^Advanced:/).click();
    const box = popup.getByRole('checkbox', { name: 'Allow a partial fill if the price moves' });
    if (partial) await box.check();
    else expect(await box.isChecked()).toBe(false);
    await popup.getByRole('button', { name: 'Review' }).click();
    await review().waitFor({ timeout: 30_000 });
  }
  async function approve(): Promise<string> {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    await popup.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => popup.getByTestId('tx-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('finalized');
    await popup.getByRole('button', { name: 'Back to the portfolio' }).click();
    for (let n = head + 1; ; n++) {
      const hash = (await api.rpc.chain.getBlockHash(n)).toHex();
      if ((await movesIn(hash)).length) return hash;
    }
  }

  it('moves to another validator on another subnet with move_stake_limit, fill-or-kill by default', async () => {
    const before = await stake(hotOn(2), 2);
    await moveForm('5', false);
    const text = (await review().textContent()) ?? '';
    expect(text).toContain('subtensorModule.moveStakeLimit');
    expect(text).toMatch(
      /Move 5(\.0+)? .* of stake from .* on subnet 1( \([^)]*\))? to .* on subnet 2( \([^)]*\))?, limit ratio /,
    );
    expect(text).toContain('Partial fillNo');
    expect(text).not.toContain('The chain offers no price limit for this operation');
    const [args] = await movesIn(await approve());
    expect(args).toMatchObject({
      origin_netuid: 1,
      destination_netuid: 2,
      alpha_amount: 5_000_000_000,
      allow_partial: false,
    });
    expect(BigInt(String(args!['limit_price']))).toBeGreaterThan(0n);
    expect(await stake(hotOn(2), 2)).toBeGreaterThan(before);
  });

  it('asks for a partial fill only when the person ticks it', async () => {
    await moveForm('1', true);
    expect(await review().textContent()).toContain('Partial fillYes');
    const [args] = await movesIn(await approve());
    expect(args).toMatchObject({ alpha_amount: 1_000_000_000, allow_partial: true });
  });
});
