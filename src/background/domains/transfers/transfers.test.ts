import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Devnet } from '../../../../devnet/index.ts';
import type { TxRecord } from '../../../protocol/domains/chain-values.ts';
import { background, devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
/** Bob on the Kusama prefix (2): any prefix is accepted and re-encoded to 42. */
const BOB_KUSAMA = 'FoQJpPyadYccjavVdTWxpxU7rUEaYhfLCPwXgkfD6Zat9QP';

describe('transfers against the devnet, through the contract', () => {
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

  const balances = async () => {
    const p = await bg.api.send('pri(portfolio.refresh)', null);
    return p.accounts[0]!;
  };

  it('prepares a transfer: recipient of any prefix re-encoded, exact amount, fee from the chain', async () => {
    const preview = await bg.api.send('pri(transfers.prepare)', { fromId: aliceId, to: BOB_KUSAMA, amount: '1.5' });
    expect(preview.to).toBe(BOB);
    expect(preview.amount).toBe('1500000000');
    expect(BigInt(preview.fee)).toBeGreaterThan(0n);
    expect(preview.call).toBe('transfer_keep_alive');
    expect(preview.warnings).toEqual([]);
  });

  it('refuses bad input with a reason, and sends nothing', async () => {
    const before = devnet.stateRoot();
    const cases: Array<[string, string, string]> = [
      ['5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694tz', '1', 'recipient-checksum'],
      ['not an address', '1', 'recipient-invalid'],
      [BOB, '1.0000000001', 'amount-too-many-decimals'],
      [BOB, '1e3', 'amount-invalid'],
      [BOB, '-1', 'amount-negative'],
      [BOB, '0', 'amount-zero'],
      [BOB, '100001', 'amount-over-balance'],
    ];
    for (const [to, amount, reason] of cases) {
      await expect(bg.api.send('pri(transfers.send)', { fromId: aliceId, to, amount })).rejects.toMatchObject({
        data: { reason },
      });
    }
    expect(devnet.stateRoot()).toBe(before);
    expect(await bg.api.send('pri(transfers.history)', null)).toEqual([]);
  });

  it('sends 1.5 TAO: balances move by exactly amount and fee; history reaches finalized; one notification', async () => {
    const before = await balances();
    const preview = await bg.api.send('pri(transfers.prepare)', { fromId: aliceId, to: BOB, amount: '1.5' });
    const record = await bg.api.send('pri(transfers.send)', { fromId: aliceId, to: BOB, amount: '1.5' });
    expect(record.status).toBe('submitted');
    const done = await until(async () =>
      (await bg.api.send('pri(transfers.history)', null)).find(
        (r: TxRecord) => r.id === record.id && r.status === 'finalized',
      ),
    );
    expect(done.blockHash).toMatch(/^0x/);
    const after = await balances();
    expect(BigInt(before.free) - BigInt(after.free)).toBe(1_500_000_000n + BigInt(preview.fee));
    expect(done.fee).toBe(preview.fee);
    expect(bg.notified.map((r) => r.status)).toEqual(['finalized']);
  });

  it('warns when sending to a validator hotkey or to the same account', async () => {
    const p = await bg.api.send('pri(portfolio.refresh)', null);
    const hotkey = p.accounts[0]!.positions[0]!.hotkey;
    const toHotkey = await bg.api.send('pri(transfers.prepare)', { fromId: aliceId, to: hotkey, amount: '1' });
    expect(toHotkey.warnings).toEqual(['validator-hotkey']);
    const self = await bg.api.send('pri(transfers.prepare)', {
      fromId: aliceId,
      to: p.accounts[0]!.address,
      amount: '1',
    });
    expect(self.warnings).toContain('own-account');
  });

  it('max keeps the existential deposit; "empty the account" uses transfer_all', async () => {
    const max = await bg.api.send('pri(transfers.prepare)', { fromId: aliceId, to: BOB, amount: 'max' });
    expect(max.call).toBe('transfer_keep_alive');
    expect(max.remaining).toBe('500');
    const all = await bg.api.send('pri(transfers.prepare)', {
      fromId: aliceId,
      to: BOB,
      amount: 'max',
      emptyAccount: true,
    });
    expect(all.call).toBe('transfer_all');
    expect(all.warnings).toContain('empties-account');
  });

  it('a restarted worker finds a pending transaction on chain by hash and marks it, without re-sending', async () => {
    const record = await bg.api.send('pri(transfers.send)', { fromId: aliceId, to: BOB, amount: '2' });
    await until(async () =>
      (await bg.api.send('pri(transfers.history)', null)).find(
        (r: TxRecord) => r.id === record.id && r.status === 'finalized',
      ),
    );
    const extrinsicsBefore = devnet.chain.pool.entries.length;
    // The worker died right after submitting: storage (sealed) still says 'submitted', with no block.
    await bg.services.transferHistory.update((list) =>
      list.map((r) =>
        r.id === record.id ? { ...r, status: 'submitted', blockHash: undefined, blockNumber: undefined } : r,
      ),
    );
    // A restarted worker keeps chrome.storage.session, so it is still unlocked and can open the history.
    const restarted = background(bg.local, bg.session);
    await restarted.api.send('pri(networks.status)', null);
    const found = await until(async () =>
      (await restarted.api.send('pri(transfers.history)', null)).find(
        (r: TxRecord) => r.id === record.id && r.status === 'finalized',
      ),
    );
    expect(found.blockHash).toMatch(/^0x/);
    expect(devnet.chain.pool.entries.length).toBe(extrinsicsBefore);
    expect(restarted.notified.map((r) => r.status)).toEqual(['finalized']);
    await restarted.services.chain.closeAll();
  });
});
