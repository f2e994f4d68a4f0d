import { describe, expect, it } from 'vitest';
import { identicon } from './Identicon.tsx';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const EVE = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';

describe('identicon', () => {
  it('gives the same picture for the same address', () => {
    expect(identicon(ALICE)).toEqual(identicon(ALICE));
  });

  it('tells accounts of one network apart by colour, not only by pattern', () => {
    // All prefix-42 addresses start with "5": colours must come from the rest of the address too.
    const hues = new Set([ALICE, BOB, CHARLIE, DAVE, EVE].map((a) => identicon(a).fg));
    expect(hues.size).toBe(5);
    const patterns = new Set([ALICE, BOB, CHARLIE, DAVE, EVE].map((a) => identicon(a).d));
    expect(patterns.size).toBe(5);
  });

  it('changes with any one character of the address', () => {
    const other = `${ALICE.slice(0, -1)}Z`;
    const a = identicon(ALICE);
    const b = identicon(other);
    expect(a.fg !== b.fg || a.d !== b.d).toBe(true);
  });
});
