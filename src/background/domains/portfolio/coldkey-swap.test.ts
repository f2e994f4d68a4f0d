import { describe, expect, it } from 'vitest';
import type { AccountPortfolio, PortfolioView } from '../../../protocol/domains/chain-values.ts';
import { coldkeySwapText } from '../../chain/notify-swap.ts';
import { ColdkeySwapWatch } from './coldkey-swap.ts';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const totals = {
  transferable: '0',
  reserved: '0',
  frozen: '0',
  stakedRoot: '0',
  stakedSubnetSpot: '0',
  stakedSubnetUnstake: '0',
  total: '0',
};
const account = (swap?: AccountPortfolio['coldkeySwap']): AccountPortfolio => ({
  address: BOB,
  free: '0',
  reserved: '0',
  frozen: '0',
  transferable: '0',
  stakedRoot: '0',
  stakedSubnetSpot: '0',
  stakedSubnetUnstake: '0',
  unstakeAtSpot: false,
  total: '0',
  positions: [],
  ...(swap ? { coldkeySwap: swap } : {}),
});
const view = (block: number, swap?: AccountPortfolio['coldkeySwap']): PortfolioView => ({
  networkId: 'devnet',
  block,
  at: 0,
  cached: false,
  accounts: [account(swap)],
  totals,
});

describe('coldkey-swap watch', () => {
  it('tells of an announcement once, and again only when it is announced anew', () => {
    const watch = new ColdkeySwapWatch();
    expect(watch.fresh(view(10))).toEqual([]);
    expect(watch.fresh(view(11, { executesAt: 36_011, disputedAt: null }))).toEqual([
      { networkId: 'devnet', address: BOB, executesAt: 36_011, blocksLeft: 36_000 },
    ]);
    expect(watch.fresh(view(12, { executesAt: 36_011, disputedAt: null }))).toEqual([]);
    expect(watch.fresh(view(13, { executesAt: 36_011, disputedAt: 13 }))).toEqual([]);
    expect(watch.fresh(view(7_300, { executesAt: 43_300, disputedAt: null }))).toHaveLength(1);
  });

  it('says when the swap can run, in English and Simplified Chinese', () => {
    const alert = { networkId: 'devnet', address: BOB, executesAt: 36_011, blocksLeft: 36_000 };
    expect(coldkeySwapText('en', alert)).toEqual([
      'A swap of your coldkey was announced',
      "A swap of account 5FHn…94ty's coldkey to another key was announced on chain; it can run from block #36011 (in about 120 hours). If you did not ask for it, open TaoVault and dispute it now.",
    ]);
    expect(coldkeySwapText('zh-CN', alert)[1]).toContain('区块 #36011（约 120 小时后）');
  });
});
