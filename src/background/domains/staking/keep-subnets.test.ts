// Root claim type KeepSubnets, against a devnet whose runtime has it (the fixtures' spec 346 with the variant a
// later runtime adds, facts §1.2): offered from the metadata, refused without subnets or with unknown ones, set,
// read back with its subnets, and a claim keeps the alpha on the listed subnet while swapping it on another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataWithKeepSubnets } from '../../../../devnet/chain/metadata-keep-subnets.ts';
import type { Devnet } from '../../../../devnet/index.ts';
import type { StakeTxRecord } from '../../../protocol/domains/staking-values.ts';
import { devnetAndWallet, until, type Background } from '../../chain/test-harness.test-util.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('root claim type KeepSubnets (a runtime newer than the fixtures)', () => {
  let devnet: Devnet;
  let bg: Background;
  let aliceId: string;
  beforeAll(async () => {
    ({ devnet, bg, aliceId } = await devnetAndWallet({ metadata: metadataWithKeepSubnets() }));
  });
  afterAll(async () => {
    await bg?.services.chain.closeAll();
    await devnet?.stop();
  });

  const landed = (id: string) =>
    until(async () =>
      (await bg.api.send('pri(staking.history)', null)).find(
        (r: StakeTxRecord) => r.id === id && r.status !== 'submitted' && r.status !== 'inBlock',
      ),
    );
  const position = async (hotkey: string, netuid: number) =>
    BigInt(
      (await bg.api.send('pri(portfolio.refresh)', null)).accounts[0]!.positions.find(
        (p) => p.hotkey === hotkey && p.netuid === netuid,
      )?.alpha ?? '0',
    );
  const prepare = (op: Record<string, unknown>) =>
    bg.api.send('pri(staking.prepare)', { accountId: aliceId, op: { op: 'setRootClaimType', ...op } as never });

  it('offers KeepSubnets with a subnet list, refuses it without one or with unknown subnets, and sets it', async () => {
    expect(await bg.api.send('pri(staking.rootClaimType)', { accountId: aliceId })).toEqual({
      current: 'Swap',
      currentSubnets: null,
      options: ['Swap', 'Keep', 'KeepSubnets'],
      withSubnets: ['KeepSubnets'],
    });
    await expect(prepare({ claimType: 'KeepSubnets' })).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'claim-subnets-empty' },
    });
    await expect(prepare({ claimType: 'KeepSubnets', subnets: [] })).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'claim-subnets-empty' },
    });
    await expect(prepare({ claimType: 'KeepSubnets', subnets: [1, 999] })).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'subnet-unknown', subnets: '999' },
    });
    await expect(prepare({ claimType: 'KeepSubnets', subnets: [0] })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(prepare({ claimType: 'Keep', subnets: [1] })).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'claim-type-no-subnets' },
    });

    // Two subnets the root stake is owed alpha on: keep on the first, swap on the second.
    const claimable = await until(async () => {
      devnet.produceBlocks(10);
      const view = await bg.api.send('pri(yield.get)', null);
      return (
        view.positions.find(
          (x) =>
            x.account === ALICE && x.netuid === 0 && (x.rootOwed?.subnets.filter((s) => s.claimable).length ?? 0) >= 2,
        ) ?? null
      );
    });
    const [kept, swapped] = claimable.rootOwed!.subnets.filter((s) => s.claimable).map((s) => s.netuid) as [
      number,
      number,
    ];
    const p = await prepare({ claimType: 'KeepSubnets', subnets: [kept, kept] });
    expect(p.calls).toEqual(['subtensorModule.setRootClaimType']);
    expect(p.summary.i18nKey).toBe('call.setRootClaimKeepSubnets');
    expect(JSON.stringify(p.summary.params)).toContain(String(kept));
    const set = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'setRootClaimType', claimType: 'KeepSubnets', subnets: [kept] },
    });
    expect((await landed(set.id)).status).toBe('finalized');
    expect(await bg.api.send('pri(staking.rootClaimType)', { accountId: aliceId })).toEqual({
      current: 'KeepSubnets',
      currentSubnets: [kept],
      options: ['Swap', 'Keep', 'KeepSubnets'],
      withSubnets: ['KeepSubnets'],
    });

    const hot = claimable.hotkey;
    const [rootBefore, keptBefore, swappedBefore] = [
      await position(hot, 0),
      await position(hot, kept),
      await position(hot, swapped),
    ];
    const claimKept = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'claimRoot', subnets: [kept] },
    });
    expect((await landed(claimKept.id)).status).toBe('finalized');
    expect(await position(hot, kept)).toBeGreaterThan(keptBefore);
    expect(await position(hot, 0)).toBe(rootBefore);
    const claimSwapped = await bg.api.send('pri(staking.send)', {
      accountId: aliceId,
      op: { op: 'claimRoot', subnets: [swapped] },
    });
    expect((await landed(claimSwapped.id)).status).toBe('finalized');
    expect(await position(hot, swapped)).toBe(swappedBefore);
    expect(await position(hot, 0)).toBeGreaterThan(rootBefore);
  });
});
