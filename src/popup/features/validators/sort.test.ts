import { describe, expect, it } from 'vitest';
import type { ValidatorRow } from '../../../protocol/domains/validators-values.ts';
import { percentToBps, ppmPercent } from '../staking/format.ts';
import { filterRows, takePercent, yieldText } from './sort.ts';

const row = (
  hotkey: string,
  netuid: number,
  take: number,
  stakeTao: string,
  projectedDailyRate: string | null = null,
  name: string | null = null,
): ValidatorRow => ({
  hotkey,
  netuid,
  name,
  owner: 'o',
  take,
  stakeAlpha: stakeTao,
  stakeTao,
  nominators: 1,
  permit: true,
  subnetName: 's',
  symbol: 'α',
  projectedDailyRate,
});

describe('validator directory rows', () => {
  const rows = [
    row('5A', 1, 100, '30'),
    row('5B', 1, 50, '10', '0.001', 'Beta'),
    row('5C', 2, 0, '99999999999999999999', '0.002'),
    row('5D', 0, 50, '20'),
  ];

  it('filters by subnet and by name or hotkey; sorts by stake, take and yield (unknown yields last)', () => {
    expect(filterRows(rows, '', 1, 'stake').map((r) => r.hotkey)).toEqual(['5A', '5B']);
    expect(filterRows(rows, 'beta', null, 'stake').map((r) => r.hotkey)).toEqual(['5B']);
    expect(filterRows(rows, '', null, 'take').map((r) => r.hotkey)).toEqual(['5C', '5D', '5B', '5A']);
    expect(filterRows(rows, '', null, 'yield').map((r) => r.hotkey)).toEqual(['5C', '5B', '5A', '5D']);
    // A root rate (τ per τ) is not ranked among subnet rates (α per α), however high it is.
    const withRoot = [...rows, row('5E', 0, 0, '1', '0.5')];
    expect(filterRows(withRoot, '', null, 'yield').map((r) => r.hotkey)).toEqual(['5C', '5B', '5E', '5A', '5D']);
    expect(filterRows(rows, '', null, 'stake')[0]!.hotkey).toBe('5C');
  });

  it('shows take rounded up, yield as "—" until the yield model supplies one, and parses tolerances', () => {
    expect(takePercent(11_796)).toBe('18.00 %');
    expect(takePercent(1)).toBe('0.01 %');
    expect(yieldText(null)).toBe('—');
    expect(yieldText('0.00123')).toBe('0.1230 %');
    expect(percentToBps('1')).toBe(100);
    expect(percentToBps('0.1')).toBe(10);
    expect(percentToBps('5.25')).toBe(525);
    expect(percentToBps('0')).toBeNull();
    expect(percentToBps('51')).toBeNull();
    expect(percentToBps('abc')).toBeNull();
    expect(ppmPercent('12345')).toBe('1.2345 %');
  });
});

describe('APY in the directory (one unit: a year, compounded daily)', () => {
  it('compounds a daily rate over 365 days and flags an implausible one', async () => {
    const { apyText } = await import('./sort.ts');
    expect(apyText('0.0005')).toBe('20.02 %');
    expect(apyText(null)).toBeNull();
    expect(apyText('0.13')).toBe('>1,000 % (!)');
  });
});
