import { stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { background, connect, PASSWORD, walletWithAliceAndBob } from './test-kit.test-util.ts';

const SITE = 'https://dapp.example';
const OTHER = 'https://other.example';
const THIRD = 'https://third.example';

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('dApp connector through the contract', () => {
  it('enable queues one connect request, opens the approval window and badge; the site sees only the chosen account', async () => {
    const kit = background();
    const { alice, bob } = await walletWithAliceAndBob(kit.popup);
    const page = kit.page(SITE);
    const enabled = page.send('pub(dapp.enable)', { appName: 'Staking dApp' }, 0);
    const again = kit.page(SITE, 8).send('pub(dapp.enable)', { appName: 'Staking dApp' }, 0);
    const request = await kit.waitFor('connect');
    expect(request).toMatchObject({ origin: SITE, appName: 'Staking dApp' });
    expect(request.id.startsWith('connect.')).toBe(true);
    expect(kit.views()).toHaveLength(1); // the second enable of the same origin shares the request
    expect(kit.log.opened).toEqual([`popup.html#/approve/${encodeURIComponent(request.id)}`]);
    expect(kit.log.badge).toBe(1);
    await expect(kit.popup.send('pri(approvals.approve)', { id: request.id, accountIds: [] })).rejects.toMatchObject({
      data: { reason: 'no-account-chosen' },
    });
    await kit.popup.send('pri(approvals.approve)', { id: request.id, accountIds: [alice.id] });
    expect(await enabled).toEqual({ authorised: true });
    expect(await again).toEqual({ authorised: true });
    expect(kit.log.badge).toBe(0);
    expect(await page.send('pub(dapp.accounts)', {})).toEqual([
      { address: alice.address, name: 'Alice', type: 'sr25519', genesisHash: null },
    ]);
    expect(bob.address).not.toBe(alice.address);
    const sites = await kit.popup.send('pri(sites.subscribe)', null);
    expect(sites).toMatchObject([{ origin: SITE, appName: 'Staking dApp', accountIds: [alice.id] }]);
    // remembered: a second enable resolves without asking
    await kit.page(SITE).send('pub(dapp.enable)', { appName: 'Staking dApp' });
    expect(kit.views()).toHaveLength(0);
    // nothing about keys is stored in the clear
    expect(JSON.stringify(kit.local.dump()['dapp.sites'])).not.toContain(alice.address);
  });

  it('a refused or abandoned request rejects in the page', async () => {
    const kit = background();
    await walletWithAliceAndBob(kit.popup);
    const refused = kit.page(SITE).send('pub(dapp.enable)', { appName: 'x' }, 0);
    await kit.popup.send('pri(approvals.reject)', { id: (await kit.waitFor('connect')).id });
    await expect(refused).rejects.toMatchObject({ code: 'rejected' });
    // A refused connect is remembered for the session: the site cannot raise the prompt again.
    await expect(kit.page(SITE, 23).send('pub(dapp.enable)', { appName: 'x' }, 0)).rejects.toMatchObject({
      code: 'rejected',
      data: { reason: 'refused-this-session' },
    });
    expect(kit.views()).toHaveLength(0);

    const tabGone = kit.page(THIRD, 21).send('pub(dapp.enable)', { appName: 'x' }, 0);
    await kit.waitFor('connect');
    kit.services.approvals.tabClosed(21);
    await expect(tabGone).rejects.toMatchObject({ code: 'rejected' });

    const windowGone = kit.page(OTHER, 22).send('pub(dapp.enable)', { appName: 'y' }, 0);
    await kit.waitFor('connect');
    kit.services.approvals.windowClosed(101 + kit.log.opened.length - 1);
    await expect(windowGone).rejects.toMatchObject({ code: 'rejected' });
    expect(kit.views()).toHaveLength(0);
    expect(kit.log.badge).toBe(0);
  });

  it('enable before any wallet exists asks to connect (the sealed site list has nothing to hide yet)', async () => {
    const kit = background();
    const asked = kit
      .page(SITE)
      .send('pub(dapp.enable)', { appName: 'Early' }, 0)
      .catch((e: { code: string }) => e.code);
    const request = await kit.waitFor('connect');
    expect(request.origin).toBe(SITE);
    kit.services.approvals.cancel(request.id);
    expect(await asked).toBe('rejected');
  });

  it('an unauthorised origin gets the same error whether or not the wallet has accounts, and learns nothing', async () => {
    const empty = background();
    const full = background();
    await walletWithAliceAndBob(full.popup);
    await connect(full, SITE, [(await full.popup.send('pri(accounts.list)', null))[0]!.id]);
    const answers = async (kit: ReturnType<typeof background>) => {
      const page = kit.page(OTHER);
      const out: unknown[] = [];
      for (const call of [
        () => page.send('pub(dapp.accounts)', {}),
        () => page.send('pub(dapp.subscribe)', null),
        () => page.send('pub(dapp.metadataList)', null),
        () =>
          page.send('pub(dapp.signRaw)', {
            address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
            data: '0x00',
            type: 'bytes',
          }),
      ]) {
        out.push(
          await call().then(
            () => 'resolved',
            (e: { code: string; message: string }) => `${e.code}: ${e.message}`,
          ),
        );
      }
      return out;
    };
    const a = await answers(empty);
    expect(a).toEqual(Array(4).fill('unauthorised: TaoVault has not authorised this site.'));
    expect(await answers(full)).toEqual(a);
    expect(full.views()).toHaveLength(0);
  });

  it('refuses privileged and malformed messages from a page, and the vault is unchanged', async () => {
    const kit = background();
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const before = JSON.stringify(kit.local.dump());
    const forbidden = [
      'pri(accounts.list)',
      'pri(accounts.revealMnemonic)',
      'pri(vault.unlock)',
      'pri(approvals.approve)',
      'pri(sites.update)',
      'pri(vault.lock)',
    ];
    for (const name of forbidden) {
      await expect(page.send(name as never, { id: alice.id, password: PASSWORD } as never)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    await expect(
      page.send('pub(dapp.signRaw)', { address: alice.address, data: '0x00', type: 'bytes', evil: 1 } as never),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(page.send('pub(dapp.signPayload)', { address: alice.address } as never)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(page.send('pub(dapp.enable)', { appName: '' })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(page.send('pub(dapp.nothing)' as never, null as never)).rejects.toMatchObject({
      code: 'unknown-message',
    });
    await expect(
      page.send('pub(dapp.signRaw)', { address: alice.address, data: '0x00', type: 'payload' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(kit.views()).toHaveLength(0);
    expect(JSON.stringify(kit.local.dump())).toBe(before);
  });

  it('signRaw shows the text and signs the <Bytes>-wrapped message; a locked wallet asks to unlock first, then continues', async () => {
    const kit = background();
    const { alice, bob } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    await expect(
      page.send('pub(dapp.signRaw)', { address: bob.address, data: '0x01', type: 'bytes' }),
    ).rejects.toMatchObject({ code: 'unauthorised' });

    await kit.popup.send('pri(vault.lock)', null);
    // Locked, the sites are sealed: no origin counts as authorised (a page cannot even tell the wallet is locked).
    await expect(page.send('pub(dapp.accounts)', {})).rejects.toMatchObject({ code: 'unauthorised' });
    const message = 'Sign in to Staking dApp\nnonce: 42';
    const signed = page.send(
      'pub(dapp.signRaw)',
      { address: alice.address, data: u8aToHex(stringToU8a(message)), type: 'bytes' },
      0,
    );
    const unlock = await kit.waitFor('unlock');
    expect(unlock.origin).toBe(SITE);
    await kit.popup.send('pri(vault.unlock)', { password: PASSWORD });
    const request = await kit.waitFor('sign-raw');
    expect(request).toMatchObject({ text: message, account: { address: alice.address, name: 'Alice' } });
    await kit.popup.send('pri(approvals.approve)', { id: request.id });
    const { signature } = await signed;
    expect(signatureVerify(message, signature, alice.address).isValid).toBe(true);
    // non-printable data is shown as hex only
    const binary = page.send('pub(dapp.signRaw)', { address: alice.address, data: '0x00ff10', type: 'bytes' }, 0);
    const req2 = await kit.waitFor('sign-raw');
    expect(req2.text).toBeUndefined();
    expect(req2.hex).toBe('0x00ff10');
    await kit.popup.send('pri(approvals.reject)', { id: req2.id });
    await expect(binary).rejects.toMatchObject({ code: 'rejected' });
  });

  it('nothing signs if the wallet locks while the request waits', async () => {
    const kit = background();
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const signed = page.send('pub(dapp.signRaw)', { address: alice.address, data: 'hello', type: 'bytes' }, 0);
    const request = await kit.waitFor('sign-raw');
    await kit.services.vault.lock();
    kit.services.approvals.approve(request.id, null); // even if an approval slipped through
    await expect(signed).rejects.toMatchObject({ code: 'locked' });
  });

  it('accounts follow edits, renames and revocation; revoked origins are unauthorised again', async () => {
    const kit = background();
    const { alice, bob } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const seen: string[][] = [];
    const sub = page.subscribe('pub(dapp.subscribe)', null, (list) => seen.push(list.map((a) => a.name)));
    expect((await sub.ready).map((a) => a.name)).toEqual(['Alice']);
    const settle = () => new Promise((r) => setTimeout(r, 30));
    await kit.popup.send('pri(sites.update)', { origin: SITE, accountIds: [alice.id, bob.id] });
    await settle();
    await kit.popup.send('pri(accounts.rename)', { id: alice.id, name: 'Alice 2' });
    await settle();
    await kit.popup.send('pri(vault.lock)', null);
    await settle();
    await kit.popup.send('pri(vault.unlock)', { password: PASSWORD });
    await settle();
    await kit.popup.send('pri(sites.revoke)', { origin: SITE });
    await settle();
    expect(seen).toEqual([['Alice', 'Bob'], ['Alice 2', 'Bob'], [], ['Alice 2', 'Bob'], []]);
    await expect(page.send('pub(dapp.accounts)', {})).rejects.toMatchObject({ code: 'unauthorised' });
    sub.unsubscribe();
  });
});
