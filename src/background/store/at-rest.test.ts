// At rest (issue 18): after accounts, a transfer, a stake, an address-book entry, a yield snapshot and a connected
// then revoked site, chrome.storage.local holds no address, public key, amount, name or origin in clear; a locked
// wallet reads none of it; clear records an older version left are sealed at the next unlock. Devnet (should also
// run on the real runtime).
import { u8aToHex } from '@polkadot/util';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Devnet } from '../../../devnet/index.ts';
import { defaultScenario } from '../../../devnet/subtensor/index.ts';
import {
  ALICE_PHRASE,
  background,
  devnetAndWallet,
  PASSWORD,
  until,
  type Background,
} from '../chain/test-harness.test-util.ts';
import { putSite } from '../domains/sites/store.ts';
import { memoryStorageArea } from './storage-area.ts';

const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const SITE = 'https://private-dapp.example';

describe("the person's records at rest", () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet());
  });
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  it('a storage dump after accounts, a transfer, a stake and a revoked site has no address, amount or name in clear', async () => {
    const bob = await bg.api.send('pri(accounts.importMnemonic)', {
      mnemonic: ALICE_PHRASE,
      derivationPath: '//Bob',
      name: 'Bobby Savings',
      type: 'sr25519',
    });
    const alice = (await bg.api.send('pri(accounts.list)', null)).find((a) => a.id === aliceId)!;
    await bg.api.send('pri(addressBook.add)', { name: 'Carol Cafe', address: CHARLIE, note: 'lunch money' });
    const sent = await bg.api.send('pri(transfers.send)', { fromId: aliceId, to: bob.address, amount: '2.5' });
    await until(async () =>
      (await bg.api.send('pri(transfers.history)', null)).find((r) => r.id === sent.id && r.status === 'finalized'),
    );
    const hotkey = encodeAddress(defaultScenario().validators.find((v) => v.registrations.includes(1))!.hotkey, 42);
    const stake = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'stake', hotkey, netuid: 1, amount: '7' },
    });
    const landed = await until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find((r) => r.id === stake.id && r.status === 'finalized'),
    );
    const view = await bg.api.send('pri(portfolio.refresh)', null);
    expect(view.accounts.some((a) => a.positions.length > 0)).toBe(true);
    await bg.services.yield.recordSnapshot();
    await putSite(bg.services.sites, { origin: SITE, appName: 'Private dApp', accountIds: [aliceId], authorisedAt: 1 });
    await bg.api.send('pri(sites.revoke)', { origin: SITE });
    await new Promise((r) => setTimeout(r, 100));

    const dump = JSON.stringify(bg.local.dump());
    const secrets = [
      alice.address,
      bob.address,
      CHARLIE,
      hotkey,
      u8aToHex(decodeAddress(alice.address)).slice(2),
      u8aToHex(decodeAddress(bob.address)).slice(2),
      'Alice',
      'Bobby Savings',
      'Carol Cafe',
      'lunch money',
      'Private dApp',
      SITE,
      'private-dapp',
      sent.hash.slice(2),
      landed.hash.slice(2),
    ];
    for (const s of secrets) expect(dump, s).not.toContain(s);
    // Amounts, outside the chain's own metadata (public, cached per runtime, whose hex may hold any digits).
    const records = JSON.stringify(Object.entries(bg.local.dump()).filter(([k]) => !k.startsWith('chain.metadata.')));
    for (const amount of ['2500000000', '7000000000', String(view.accounts[0]!.free)])
      expect(records, amount).not.toContain(amount);
    // The records are there, sealed.
    for (const key of [
      'transfers.history',
      'staking.history',
      'portfolio.cache',
      'addressBook',
      'yield.snapshots',
      'dapp.sites',
      'dapp.sites.prev',
    ]) {
      expect(bg.local.dump()[key], key).toMatchObject({ sealed: 1 });
    }

    // Locked: nothing of them can be read, and the portfolio paints nothing personal. An open view is emptied.
    const seen: number[] = [];
    const sub = bg.api.subscribe('pri(transfers.history)', null, (list) => seen.push(list.length));
    expect((await sub.ready).length).toBeGreaterThan(0);
    await bg.api.send('pri(vault.lock)', null);
    await until(() => seen.includes(0));
    expect(await bg.services.portfolio.cached()).toBeNull();
    expect(await bg.api.send('pri(transfers.history)', null)).toEqual([]);
    expect(await bg.api.send('pri(staking.history)', null)).toEqual([]);
    expect(await bg.api.send('pri(addressBook.subscribe)', null)).toEqual([]);
    expect(await bg.api.send('pri(sites.subscribe)', null)).toEqual([]);
    expect(await bg.api.send('pri(portfolio.subscribe)', null)).toBeNull();
    await expect(bg.services.addressBook.get()).rejects.toMatchObject({ code: 'locked' });
    await expect(bg.services.sites.get()).rejects.toMatchObject({ code: 'locked' });
    // Unlocked again: all there.
    await bg.api.send('pri(vault.unlock)', { password: PASSWORD });
    expect((await bg.api.send('pri(transfers.history)', null)).map((r) => r.id)).toContain(sent.id);
    await until(() => (seen.at(-1) ?? 0) > 0); // the open view gets the records back
    sub.unsubscribe();
    expect((await bg.services.addressBook.get()).map((e) => e.name)).toEqual(['Carol Cafe']);
    expect((await bg.services.sites.get()).sites).toEqual([]);
  });
});

describe('clear records of an older version', () => {
  it('are sealed at the first unlock, and the clear copies are gone', async () => {
    const clear = {
      addressBook: [{ id: 'e1', name: 'Old Friend', address: CHARLIE }],
      'addressBook.prev': [],
      'dapp.sites': { sites: [{ origin: SITE, appName: 'Old dApp', accountIds: ['a1'], authorisedAt: 1 }] },
      'dapp.sites.prev': {
        sites: [{ origin: 'https://revoked-long-ago.example', appName: 'Gone', accountIds: ['a1'], authorisedAt: 1 }],
      },
    };
    const local = memoryStorageArea();
    const first = background(local);
    await first.api.send('pri(vault.create)', { password: PASSWORD });
    // A vault from before the storage secret (it gets one at its first use), and the clear records that version left.
    await first.services.vault.write(({ storageSecret: _, ...rest }) => rest);
    await first.api.send('pri(vault.lock)', null);
    await local.set(clear);
    expect(JSON.stringify(local.dump())).toContain('Old Friend');

    const again = background(local, memoryStorageArea());
    await again.api.send('pri(vault.unlock)', { password: PASSWORD });
    await until(
      () =>
        (local.dump()['dapp.sites.prev'] as { sealed?: number } | undefined)?.sealed === 1 &&
        (local.dump()['addressBook'] as { sealed?: number }).sealed === 1,
    );
    const dump = JSON.stringify(local.dump());
    for (const s of ['Old Friend', CHARLIE, SITE, 'revoked-long-ago', 'Old dApp']) expect(dump, s).not.toContain(s);
    expect((await again.services.addressBook.get()).map((e) => e.name)).toEqual(['Old Friend']);
    expect((await again.services.sites.get()).sites.map((s) => s.origin)).toEqual([SITE]);
  });
});

describe('a transaction that lands while the wallet is locked', () => {
  it('is marked finalized once the wallet is unlocked again (its sealed history could not be written meanwhile)', async () => {
    const { devnet, bg, aliceId } = await devnetAndWallet({ instant: false });
    try {
      const sent = await bg.api.send('pri(transfers.send)', { fromId: aliceId, to: CHARLIE, amount: '1' });
      await bg.api.send('pri(vault.lock)', null);
      const hash = sent.hash;
      await until(async () => {
        const api = (await bg.services.chain.selectedLink()).api;
        const head = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
        for (let n = head; n > Math.max(0, head - 5); n--) {
          const block = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(n));
          if (block.block.extrinsics.some((x) => x.hash.toHex() === hash)) return true;
        }
        return false;
      });
      await bg.api.send('pri(vault.unlock)', { password: PASSWORD });
      const done = await until(
        async () =>
          (await bg.api.send('pri(transfers.history)', null)).find((r) => r.id === sent.id && r.status === 'finalized'),
        30_000,
      );
      expect(done.blockHash).toMatch(/^0x/);
    } finally {
      await bg.services.chain.closeAll();
      await devnet.stop();
    }
  });
});
