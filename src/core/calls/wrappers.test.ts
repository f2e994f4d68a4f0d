import { describe, expect, it } from 'vitest';
import { summarizeCall, toBigInt, type SummaryContext } from './index.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const BOB_HEX = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48';
const ctx: SummaryContext = { tokenSymbol: 'τ', names: (a) => (a === BOB ? 'Bob' : undefined) };

const stake = {
  section: 'subtensorModule',
  method: 'addStakeLimit',
  args: { hotkey: ALICE, netuid: 1, amountStaked: 1, limitPrice: 2, allowPartial: false },
};

describe('Balances', () => {
  it('transfer_keep_alive with MultiAddress { Id } and a hex u64', () => {
    const s = summarizeCall(
      { section: 'balances', method: 'transfer_keep_alive', args: { dest: { Id: BOB }, value: '0x59682f00' } },
      ctx,
    );
    expect(s).toEqual({
      kind: 'transfer',
      i18nKey: 'call.transferKeepAlive',
      params: { dest: 'Bob (5FHneW…M694ty)', destAddress: BOB, amount: '1.5 τ', amountRaw: '1500000000' },
      warnings: [],
    });
  });
  it('transferAllowDeath warns that the account may be reaped; dest as hex public key', () => {
    const s = summarizeCall(
      { section: 'Balances', method: 'transferAllowDeath', args: { dest: { id: BOB_HEX }, value: 1 } },
      ctx,
    );
    expect([s.i18nKey, s.params.destAddress, s.warnings]).toEqual(['call.transfer', BOB, ['may-reap-account']]);
  });
  it('transfer_all', () => {
    const keep = summarizeCall(
      { section: 'balances', method: 'transfer_all', args: { dest: ALICE, keep_alive: true } },
      ctx,
    );
    expect([keep.params.keepAlive, keep.warnings]).toEqual(['true', ['transfer-all']]);
    const kill = summarizeCall(
      { section: 'balances', method: 'transferAll', args: { dest: ALICE, keepAlive: false } },
      ctx,
    );
    expect(kill.warnings).toEqual(['transfer-all', 'may-reap-account']);
  });
});

describe('Utility batches', () => {
  it('batch_all of three stakes has children and is atomic', () => {
    const s = summarizeCall({ section: 'utility', method: 'batch_all', args: { calls: [stake, stake, stake] } }, ctx);
    expect([s.kind, s.i18nKey, s.params.count, s.children?.length, s.warnings]).toEqual([
      'batch',
      'call.batchAll',
      '3',
      3,
      [],
    ]);
    expect(s.children?.[0]?.i18nKey).toBe('call.addStakeLimit');
  });
  it('batch and force_batch are not atomic; child warnings are lifted; nesting is flagged', () => {
    const transferStake = {
      section: 'subtensorModule',
      method: 'transfer_stake',
      args: { destination_coldkey: BOB, hotkey: ALICE, origin_netuid: 1, destination_netuid: 1, alpha_amount: 1 },
    };
    const s = summarizeCall({ section: 'utility', method: 'batch', args: { calls: [stake, transferStake] } }, ctx);
    expect(s.warnings).toEqual(['batch-not-atomic', 'transfer-stake']);
    const nested = summarizeCall(
      {
        section: 'utility',
        method: 'forceBatch',
        args: { calls: [{ section: 'utility', method: 'batchAll', args: { calls: [] } }] },
      },
      ctx,
    );
    expect(nested.warnings).toEqual(['batch-not-atomic', 'nested-batch']);
  });
  it('a child that is not a decoded call becomes unknown', () => {
    const s = summarizeCall(
      { section: 'utility', method: 'batch_all', args: { calls: [{ callIndex: '0x0702', args: {} }] } },
      ctx,
    );
    expect(s.warnings).toEqual(['unknown-call']);
  });
});

describe('Proxy', () => {
  it('add_proxy grants control', () => {
    const s = summarizeCall(
      { section: 'proxy', method: 'add_proxy', args: { delegate: { Id: BOB }, proxy_type: 'Staking', delay: 0 } },
      ctx,
    );
    expect(s).toEqual({
      kind: 'proxy-admin',
      i18nKey: 'call.addProxy',
      params: { delegate: 'Bob (5FHneW…M694ty)', delegateAddress: BOB, proxyType: 'Staking', delay: '0' },
      warnings: ['grants-control'],
    });
    const any = summarizeCall(
      { section: 'proxy', method: 'addProxy', args: { delegate: BOB, proxyType: 0, delay: '0' } },
      ctx,
    );
    expect([any.params.proxyType, any.warnings]).toEqual(['Any', ['grants-control', 'proxy-type-any']]);
  });
  it('remove_proxy revokes (no grants-control)', () => {
    const s = summarizeCall(
      { section: 'proxy', method: 'removeProxy', args: { delegate: BOB, proxyType: { Staking: null }, delay: 0 } },
      ctx,
    );
    expect([s.kind, s.i18nKey, s.params.proxyType, s.warnings]).toEqual([
      'proxy-admin',
      'call.removeProxy',
      'Staking',
      [],
    ]);
  });
  it('proxy.proxy wraps an inner call and lifts its warnings', () => {
    const inner = {
      section: 'subtensorModule',
      method: 'add_stake',
      args: { hotkey: ALICE, netuid: 2, amount_staked: 1 },
    };
    const s = summarizeCall(
      { section: 'proxy', method: 'proxy', args: { real: BOB, force_proxy_type: { Some: 'Staking' }, call: inner } },
      ctx,
    );
    expect([s.kind, s.params.real, s.params.proxyType, s.warnings]).toEqual([
      'proxy',
      'Bob (5FHneW…M694ty)',
      'Staking',
      ['unlimited-price'],
    ]);
    expect(s.children?.[0]?.kind).toBe('stake');
  });
  it('unknown section', () => {
    expect(summarizeCall({ section: 'system', method: 'remark', args: {} }, ctx).warnings).toEqual(['unknown-call']);
  });
});

describe('toBigInt normalisation', () => {
  it.each<[unknown, bigint | null]>([
    [10, 10n],
    ['10', 10n],
    ['1,000', 1000n],
    ['0x0a', 10n],
    [10n, 10n],
    [{ Some: '5' }, 5n],
    [1.5, null],
    [-1, null],
    ['1.0000 TAO', null],
    ['1,00', null],
    [null, null],
    [Number.MAX_SAFE_INTEGER + 2, null],
  ])('case %#', (v, expected) => {
    expect(toBigInt(v)).toBe(expected);
  });
});
