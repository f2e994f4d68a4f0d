// Realised yield on the devnet, driven through the contract like the popup: after several epochs the
// earnings the wallet shows for //Bob's position equal the devnet ledger's ground truth to the rao, and a
// stake Bob adds (outside the wallet) in the middle of the window is a flow, not yield.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSignedExtensions, loadChainMetadata } from '../../../../devnet/index.ts';
import type { Subtensor } from '../../../../devnet/subtensor/index.ts';
import { ALICE_PHRASE, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import type { YieldView } from '../../../protocol/domains/yield-values.ts';

const TAO = 1_000_000_000n;
const hex = (ss58: string) => u8aToHex(decodeAddress(ss58));

describe('realised yield on the devnet equals the ledger', () => {
  let devnet: Devnet;
  let bg: Background;
  let api: ApiPromise;
  let bob: string;
  const sub = (): Subtensor => devnet.chain.ctx.econ as unknown as Subtensor;

  beforeAll(async () => {
    ({ devnet, bg } = await devnetAndWallet());
    const imported = await bg.api.send('pri(accounts.importMnemonic)', { mnemonic: ALICE_PHRASE, derivationPath: '//Bob', name: 'Bob', type: 'sr25519' });
    bob = imported.address;
    const meta = loadChainMetadata(devnet.meta.file);
    api = await ApiPromise.create({ provider: new WsProvider(devnet.url, 1_000), signedExtensions: customSignedExtensions(meta.registry, meta.metadata), noInitWarn: true });
    await api.isReady;
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  it('epoch, day and whole-window earnings match the ledger to the rao; a stake added mid-window is a flow', async () => {
    const portfolio = await until(async () => {
      const v = await bg.api.send('pri(portfolio.refresh)', null);
      return v.accounts.find((a) => a.address === bob)?.positions.length ? v : null;
    });
    const pos = portfolio.accounts.find((a) => a.address === bob)!.positions.find((p) => p.netuid !== 0)!;
    const netuid = pos.netuid;
    const subnet = () => sub().view.subnets.get(netuid)!;
    devnet.produceBlocks(25);
    // Bob adds 5 TAO in a block that runs no epoch on the subnet, from outside the wallet (no hint: bisection finds it).
    while (devnet.chain.head.number + 1 - Number(subnet().lastStep) >= subnet().tempo) devnet.produceBlock();
    const before = sub().stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid);
    const tx = api.tx['subtensorModule']!['addStake']!(pos.hotkey, netuid, 5n * TAO);
    await new Promise<void>((resolve, reject) => {
      tx.signAndSend(new Keyring({ type: 'sr25519' }).addFromUri('//Bob'), (r) => {
        if (r.status.isInBlock || r.status.isFinalized) resolve();
      }).catch(reject);
    });
    const flow = sub().stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid) - before;
    expect(flow).toBeGreaterThan(0n);
    devnet.produceBlocks(35);

    const view: YieldView = await bg.api.send('pri(yield.get)', null);
    const head = devnet.chain.head.number;
    expect(view.block).toBe(head);
    const y = view.positions.find((p) => p.account === bob && p.hotkey === pos.hotkey && p.netuid === netuid)!;
    expect(y.realised).not.toBeNull();
    expect(y.source).toBe('archive');
    expect(y.exact).toBe(true);
    const ledger = (from: number, to: number) => sub().earnings(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid, from, to);
    const day = y.realised!.find((w) => w.window === 'day')!;
    expect(day.fromBlock).toBe(0);
    expect(day.complete).toBe(false);
    expect(BigInt(day.alpha)).toBe(ledger(1, head));
    expect(BigInt(day.alpha)).toBeGreaterThan(0n);
    expect(BigInt(day.flows)).toBe(flow);
    const epoch = y.realised!.find((w) => w.window === 'epoch')!;
    expect(epoch.toBlock).toBe(head);
    expect(BigInt(epoch.alpha)).toBe(ledger(epoch.fromBlock + 1, head));
    expect(BigInt(epoch.alpha)).toBeGreaterThan(0n);
    expect(y.alpha).toBe(sub().stake(hex(pos.hotkey) as `0x${string}`, hex(bob) as `0x${string}`, netuid).toString());
    expect(y.chart.length).toBeGreaterThan(10);
    expect(y.chart[y.chart.length - 1]!.alpha).toBe(y.alpha);
    expect(y.projected).not.toBeNull();
    expect(view.archiveQueries).toBeGreaterThan(0);
    // Every subnet position matches the ledger: Bob's nominations, and Alice's own hotkeys (validator 1's
    // take and subnet 1's owner cut, paid to her in new shares every epoch: income, not flows).
    const checked = view.positions.filter((x) => x.netuid !== 0 && x.realised);
    expect(checked.filter((x) => x.account !== bob).length).toBeGreaterThanOrEqual(2);
    for (const p of checked) {
      expect(BigInt(p.realised!.find((w) => w.window === 'day')!.alpha)).toBe(sub().earnings(hex(p.hotkey) as `0x${string}`, hex(p.account) as `0x${string}`, p.netuid, 1, head));
    }
  }, 120_000);
});
