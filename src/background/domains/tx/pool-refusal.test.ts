import { describe, expect, it } from 'vitest';
import { poolRefusal } from './pool-refusal.ts';

describe('pool refusals as reasons', () => {
  it('maps 1010 custom codes, stale and payment refusals; anything else is tx-invalid', () => {
    expect(poolRefusal(new Error('1010: Invalid Transaction: Custom error: 8')).data).toMatchObject({
      reason: 'pool-custom-8',
    });
    expect(poolRefusal(new Error('1010: Invalid Transaction: Custom error: 14')).data).toMatchObject({
      reason: 'pool-custom-14',
    });
    expect(poolRefusal(new Error('1010: Invalid Transaction: Transaction is outdated (stale)')).data).toMatchObject({
      reason: 'pool-stale',
    });
    expect(poolRefusal(new Error('1010: Invalid Transaction: Inability to pay some fees')).data).toMatchObject({
      reason: 'pool-payment',
    });
    const other = poolRefusal('boom');
    expect(other.code).toBe('rejected');
    expect(other.data).toMatchObject({ reason: 'tx-invalid', detail: 'boom' });
  });
});
