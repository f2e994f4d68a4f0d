import { describe, expect, it } from 'vitest';
import type { TxRecord } from '../../protocol/domains/chain-values.ts';
import type { StakeTxRecord } from '../../protocol/domains/staking-values.ts';
import { notificationText, transactionNotifier } from './notify.ts';

const base = {
  id: 'r1',
  networkId: 'n',
  genesisHash: '0x00',
  fee: '1000',
  hash: '0xab',
  createdAt: 1,
  updatedAt: 2,
} as const;
const transfer: TxRecord = {
  ...base,
  kind: 'transfer',
  from: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  to: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
  amount: '1500000000',
  call: 'transfer_keep_alive',
  status: 'finalized',
  blockNumber: 7,
};
const staking: StakeTxRecord = {
  ...base,
  kind: 'staking',
  op: 'stake',
  signer: transfer.from,
  coldkey: transfer.from,
  summary: { kind: 'stake', i18nKey: 'call.stake', params: {}, warnings: [] },
  status: 'finalized',
  blockNumber: 9,
};

describe('transaction notifications', () => {
  it('say what a transfer did, in the person language', () => {
    expect(notificationText('en', transfer)[0]).toBe('Transfer finalized');
    expect(notificationText('zh-CN', { ...transfer, status: 'dropped' })[0]).toBe('转账未被打包');
  });

  it('cover staking transactions too: finalized, failed with the chain error, dropped', () => {
    expect(notificationText('en', staking)).toEqual([
      'Staking transaction finalized',
      'Your staking transaction was finalized in block #9.',
    ]);
    expect(
      notificationText('en', { ...staking, status: 'failed', error: 'subtensorModule.SlippageTooHigh' })[1],
    ).toContain('subtensorModule.SlippageTooHigh');
    expect(notificationText('zh-CN', { ...staking, status: 'dropped' })[0]).toBe('质押交易未被打包');
  });

  it('creates one browser notification per record, language from the settings', async () => {
    const created: Array<[string, { title: string }]> = [];
    const notify = transactionNotifier(
      async () => 'auto',
      async (id, o) => created.push([id, o]),
      'zh-CN',
    );
    notify(staking);
    await new Promise((r) => setTimeout(r, 0));
    expect(created).toEqual([['tx-r1', expect.objectContaining({ title: '质押交易已最终确认' })]]);
  });
});
