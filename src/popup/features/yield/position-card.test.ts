import { describe, expect, it } from 'vitest';
import type { PositionYield } from '../../../protocol/domains/yield-values.ts';
import { claimTypeLinks } from './PositionCard.tsx';

const position = (account: string, hotkey: string, netuid: number): PositionYield =>
  ({
    account,
    hotkey,
    netuid,
    ...(netuid === 0 ? { rootOwed: { tao: '0', subnets: [] } } : {}),
  }) as unknown as PositionYield;

describe('the root claim type button', () => {
  it('shows once per account, on its first root position, and never on a subnet position', () => {
    const positions = [
      position('A', 'h1', 1),
      position('A', 'h1', 0),
      position('A', 'h2', 0),
      position('B', 'h1', 0),
      position('B', 'h3', 2),
    ];
    expect(claimTypeLinks(positions)).toEqual([false, true, false, true, false]);
  });
});
