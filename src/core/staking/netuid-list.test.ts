import { describe, expect, it } from 'vitest';
import { formatNetuidList, MAX_NETUIDS, parseNetuidList } from './netuid-list.ts';

describe('netuid lists', () => {
  it('reads numbers and ranges, separated by commas or spaces, sorted without duplicates', () => {
    expect(parseNetuidList('19-21, 4 1,4')).toEqual({ ok: true, netuids: [1, 4, 19, 20, 21] });
    expect(parseNetuidList(' 7 ')).toEqual({ ok: true, netuids: [7] });
    expect(parseNetuidList('65535')).toEqual({ ok: true, netuids: [65_535] });
  });

  it('refuses what is not a subnet list, naming the bad entry', () => {
    expect(parseNetuidList('  , ')).toEqual({ ok: false, problem: 'empty' });
    for (const bad of ['0', '65536', '3-1', 'a', '1.5', '-2', '4-', '1--3', '123456']) {
      expect(parseNetuidList(`2, ${bad}`)).toEqual({ ok: false, problem: 'invalid', entry: bad });
    }
    expect(parseNetuidList(`1-${MAX_NETUIDS + 1}`)).toEqual({ ok: false, problem: 'too-many' });
    expect(parseNetuidList(`1-${MAX_NETUIDS}`).ok).toBe(true);
  });

  it('writes a list back with runs as ranges, and reads back the same', () => {
    expect(formatNetuidList([9, 4, 5, 6, 1, 5])).toBe('1, 4-6, 9');
    expect(formatNetuidList([2, 3])).toBe('2, 3');
    expect(formatNetuidList([])).toBe('');
    const netuids = [1, 2, 3, 10, 12, 13, 14, 15, 300];
    expect(parseNetuidList(formatNetuidList(netuids))).toEqual({ ok: true, netuids });
  });
});
