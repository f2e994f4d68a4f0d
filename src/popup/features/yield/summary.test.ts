import { describe, expect, it } from 'vitest';
import type { PositionYield, WindowEarnings } from '../../../protocol/domains/yield-values.ts';
import { summarise, windowRate } from './summary.ts';

const win = (window: WindowEarnings['window'], blocks: number, apy: number | null, tao = '0'): WindowEarnings => ({
  window,
  fromBlock: 100_000 - blocks,
  toBlock: 100_000,
  complete: true,
  alpha: tao,
  tao,
  flows: '0',
  apy,
});

describe('window rates (issue 22: identical short windows annualised to ">1,000,000 % a year")', () => {
  it('does not annualise a window shorter than three days', () => {
    expect(windowRate(win('day', 7_200, 2_000_000))).toEqual({ kind: 'too-early' });
    expect(windowRate(win('week', 7_200, 12))).toEqual({ kind: 'too-early' }); // a young chain: a short "week"
    expect(windowRate(win('epoch', 360, 5))).toEqual({ kind: 'too-early' });
  });
  it('gives a rate for three days or more, flagged above 1,000 %', () => {
    expect(windowRate(win('week', 7 * 7_200, 18.5))).toEqual({ kind: 'rate', apy: 18.5, implausible: false });
    expect(windowRate(win('month', 30 * 7_200, 5_000))).toEqual({ kind: 'rate', apy: 5_000, implausible: true });
    expect(windowRate(win('month', 30 * 7_200, null))).toEqual({ kind: 'none' });
  });
});

describe('the yield summary', () => {
  it('adds each window over positions and weights the projected APY by value', () => {
    const pos = (tao: string, apy: number | null, realised: WindowEarnings[]): PositionYield => ({
      account: 'a',
      hotkey: 'h',
      netuid: 1,
      subnetName: 's',
      symbol: 'α',
      alpha: tao,
      tao,
      price: '1',
      realised,
      source: 'archive',
      exact: true,
      chart: [],
      projected:
        apy === null
          ? null
          : {
              hotkey: 'h',
              netuid: 1,
              epochRate: '0',
              dailyRate: '0',
              apy,
              tempo: 360,
              alphaDividends: '0',
              totalHotkeyAlphaLastEpoch: '0',
              take: 0,
            },
      projectedDay: null,
    });
    const s = summarise([
      pos('3000000000', 10, [win('day', 7_200, 1, '5'), win('month', 216_000, 1, '50')]),
      pos('1000000000', 30, [win('day', 7_200, 1, '7')]),
      pos('5000000000', null, []),
    ]);
    expect([s.day, s.week, s.month]).toEqual([12n, 0n, 50n]);
    expect(s.blendedApy).toBeCloseTo(15, 6);
  });
});
