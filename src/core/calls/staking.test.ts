import { describe, expect, it } from 'vitest';
import { summarizeCall, type SummaryContext } from './index.ts';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const ctx: SummaryContext = {
  tokenSymbol: 'TAO',
  names: new Map([[ALICE, 'Validator X']]),
  subnets: new Map([[3, { name: 'templar', symbol: 'γ' }]]),
};
const sub = (method: string, args: Record<string, unknown>) =>
  summarizeCall({ section: 'subtensorModule', method, args }, ctx);

describe('SubtensorModule summaries', () => {
  it('add_stake (toHuman-style: snake_case, comma-grouped string)', () => {
    const s = sub('add_stake', { hotkey: ALICE, netuid: '3', amount_staked: '10,000,000,000' });
    expect(s).toEqual({
      kind: 'stake',
      i18nKey: 'call.addStake',
      params: {
        netuid: '3',
        netuidName: 'templar',
        hotkey: 'Validator X (5Grwva…GKutQY)',
        hotkeyAddress: ALICE,
        amount: '10 TAO',
        amountRaw: '10000000000',
      },
      warnings: ['unlimited-price'],
    });
  });
  it('a self-chosen identity name never stands alone: the hotkey address is always beside it', () => {
    // A validator names itself with another validator's short address.
    const s = summarizeCall(
      { section: 'subtensorModule', method: 'add_stake', args: { hotkey: BOB, netuid: 3, amount_staked: 1 } },
      { ...ctx, names: new Map([[BOB, '5Grwva…GKutQY']]) },
    );
    expect(s.params.hotkey).toBe('5Grwva…GKutQY (5FHneW…M694ty)');
    expect(s.params.hotkeyAddress).toBe(BOB);
  });
  it('addStakeLimit (camelCase, numbers, hex)', () => {
    const s = sub('addStakeLimit', {
      hotkey: BOB,
      netuid: 3,
      amountStaked: '0x02540be400',
      limitPrice: 1_010_000_000,
      allowPartial: false,
    });
    expect(s.kind).toBe('stake');
    expect(s.i18nKey).toBe('call.addStakeLimit');
    expect(s.params.hotkey).toBe('5FHneW…M694ty');
    expect(s.params.amount).toBe('10 TAO');
    expect(s.params.limitPrice).toBe('1.01 TAO/γ');
    expect(s.params.allowPartial).toBe('false');
    expect(s.warnings).toEqual([]);
  });
  it('add_stake_limit at the maximum price is unlimited; allow_partial warns', () => {
    const s = sub('add_stake_limit', {
      hotkey: BOB,
      netuid: 3,
      amount_staked: 1,
      limit_price: '1,000,000,000,000,000',
      allow_partial: true,
    });
    expect(s.warnings).toEqual(['unlimited-price', 'allow-partial']);
  });
  it('add_stake on root has no price risk and shows TAO', () => {
    const s = sub('add_stake', { hotkey: BOB, netuid: 0, amount_staked: 5 });
    expect(s.warnings).toEqual([]);
    expect(s.params.amount).toBe('0.000000005 TAO');
  });
  it('remove_stake / remove_stake_limit use the subnet symbol', () => {
    expect(sub('remove_stake', { hotkey: BOB, netuid: 3, amount_unstaked: 1_500_000_000 }).params.amount).toBe('1.5 γ');
    const l = sub('removeStakeLimit', {
      hotkey: BOB,
      netuid: 7,
      amountUnstaked: 1,
      limitPrice: 1000,
      allowPartial: 'false',
    });
    expect([l.kind, l.params.amount, l.warnings]).toEqual(['unstake', '0.000000001 α', ['unlimited-price']]);
  });
  it('remove_stake_full_limit with Some / None', () => {
    const some = sub('remove_stake_full_limit', { hotkey: BOB, netuid: 3, limit_price: { Some: 990_000_000 } });
    expect([some.i18nKey, some.params.limitPrice, some.warnings]).toEqual([
      'call.removeStakeFullLimit',
      '0.99 TAO/γ',
      [],
    ]);
    const none = sub('remove_stake_full_limit', { hotkey: BOB, netuid: 3, limit_price: null });
    expect([none.i18nKey, none.warnings]).toEqual(['call.removeStakeFull', ['unlimited-price']]);
  });
  it('move_stake within and across subnets', () => {
    const same = sub('move_stake', {
      origin_hotkey: ALICE,
      destination_hotkey: BOB,
      origin_netuid: 3,
      destination_netuid: 3,
      alpha_amount: 2_000_000_000,
    });
    expect([same.kind, same.i18nKey, same.params.originHotkey, same.params.amount, same.warnings]).toEqual([
      'move',
      'call.moveStake',
      'Validator X (5Grwva…GKutQY)',
      '2 γ',
      [],
    ]);
    const cross = sub('moveStake', {
      originHotkey: ALICE,
      destinationHotkey: BOB,
      originNetuid: 3,
      destinationNetuid: 4,
      alphaAmount: 1,
    });
    expect([cross.i18nKey, cross.warnings]).toEqual(['call.moveStakeCrossSubnet', ['unlimited-price']]);
  });
  it('transfer_stake always warns', () => {
    const s = sub('transfer_stake', {
      destination_coldkey: BOB,
      hotkey: ALICE,
      origin_netuid: 3,
      destination_netuid: 3,
      alpha_amount: 1,
    });
    expect([s.kind, s.params.destinationColdkeyAddress, s.warnings]).toEqual([
      'transfer-stake',
      BOB,
      ['transfer-stake'],
    ]);
  });
  it('swap_stake and swap_stake_limit', () => {
    expect(
      sub('swap_stake', { hotkey: ALICE, origin_netuid: 3, destination_netuid: 4, alpha_amount: 1 }).warnings,
    ).toEqual(['unlimited-price']);
    const l = sub('swap_stake_limit', {
      hotkey: ALICE,
      origin_netuid: 3,
      destination_netuid: 4,
      alpha_amount: 1,
      limit_price: 39_600_000,
      allow_partial: false,
    });
    expect([l.kind, l.params.limitRatio, l.warnings]).toEqual(['swap', '0.0396', []]);
    expect(
      sub('swap_stake_limit', {
        hotkey: ALICE,
        origin_netuid: 3,
        destination_netuid: 4,
        alpha_amount: 1,
        limit_price: 0,
        allow_partial: false,
      }).warnings,
    ).toEqual(['unlimited-price']);
  });
  it('unstake_all and unstake_all_alpha', () => {
    expect(sub('unstake_all', { hotkey: ALICE })).toMatchObject({
      kind: 'unstake',
      i18nKey: 'call.unstakeAll',
      warnings: ['unlimited-price'],
    });
    expect(sub('unstakeAllAlpha', { hotkey: ALICE })).toMatchObject({
      kind: 'unstake',
      i18nKey: 'call.unstakeAllAlpha',
    });
  });
  it('claim_root and set_root_claim_type (facts §5.4)', () => {
    expect(sub('claim_root', { subnets: [1, 4, 7] })).toEqual({
      kind: 'stake',
      i18nKey: 'call.claimRoot',
      params: { subnets: '1, 4, 7' },
      warnings: [],
    });
    expect(sub('claimRoot', { subnets: 'x' }).params.subnets).toBe('?');
    expect(sub('set_root_claim_type', { new_root_claim_type: 'Swap' }).i18nKey).toBe('call.setRootClaimSwap');
    expect(sub('setRootClaimType', { newRootClaimType: { keep: null } }).i18nKey).toBe('call.setRootClaimKeep');
    expect(sub('set_root_claim_type', { new_root_claim_type: { KeepSubnets: { subnets: [2, 3] } } })).toMatchObject({
      i18nKey: 'call.setRootClaimKeepSubnets',
      params: { subnets: '2, 3' },
    });
    expect(sub('set_root_claim_type', { new_root_claim_type: { Other: 1 } })).toMatchObject({
      i18nKey: 'call.setRootClaimUnknown',
      params: { type: 'Other' },
      warnings: [],
    });
  });
  it('bad inputs are flagged, not guessed', () => {
    const s = sub('add_stake', { hotkey: 'nope', netuid: 3, amount_staked: '10.0000 TAO' });
    expect(s.warnings).toEqual(['invalid-address', 'unreadable-amount', 'unlimited-price']);
    expect(s.params.amount).toBe('10.0000 TAO');
  });
  it('unknown SubtensorModule call', () => {
    expect(sub('burned_register', { netuid: 3 })).toEqual({
      kind: 'unknown',
      i18nKey: 'call.unknown',
      params: { section: 'subtensorModule', method: 'burned_register' },
      warnings: ['unknown-call'],
    });
  });
});
