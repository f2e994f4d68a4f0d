import { describe, expect, it } from 'vitest';
import { parseRecipient } from '../../lib/parse-input.ts';
import { planTransfer } from './plan.ts';

const base = {
  emptyAccount: false,
  transferable: 10_000_000_000n,
  existentialDeposit: 500n,
  recipientFree: 1n,
  fee: 137_050n,
};

describe('transfer validation', () => {
  it('re-encodes any prefix to 42 and tells a typo from garbage', () => {
    expect(parseRecipient('FoQJpPyadYccjavVdTWxpxU7rUEaYhfLCPwXgkfD6Zat9QP')).toBe(
      '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
    );
    expect(() => parseRecipient('5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694tz')).toThrow(
      expect.objectContaining({ data: { reason: 'recipient-checksum' } }),
    );
    expect(() => parseRecipient('0x1234')).toThrow(expect.objectContaining({ data: { reason: 'recipient-invalid' } }));
  });

  it('parses exactly, keeps the ED, refuses dust and overdrafts', () => {
    expect(planTransfer({ ...base, amount: '1.5' })).toEqual({
      call: 'transfer_keep_alive',
      amount: 1_500_000_000n,
      remaining: 10_000_000_000n - 1_500_000_000n - 137_050n,
    });
    expect(planTransfer({ ...base, amount: 'max' })).toEqual({
      call: 'transfer_keep_alive',
      amount: 10_000_000_000n - 500n - 137_050n,
      remaining: 500n,
    });
    expect(planTransfer({ ...base, amount: 'MAX', emptyAccount: true })).toEqual({
      call: 'transfer_all',
      amount: 10_000_000_000n - 137_050n,
      remaining: 0n,
    });
    const reason = (amount: string, extra = {}) => {
      try {
        planTransfer({ ...base, amount, ...extra });
        return 'ok';
      } catch (e) {
        return (e as { data?: { reason?: string } }).data?.reason;
      }
    };
    expect(reason('9.99986285')).toBe('amount-leaves-dust');
    expect(reason('10')).toBe('amount-over-balance');
    expect(reason('0.0000000001')).toBe('amount-too-many-decimals');
    expect(reason('1,5')).toBe('amount-invalid');
    expect(reason('0')).toBe('amount-zero');
    expect(reason('0.0000001', { recipientFree: 0n })).toBe('amount-below-ed');
    expect(reason('max', { transferable: 1_000n })).toBe('amount-over-balance');
  });
});
