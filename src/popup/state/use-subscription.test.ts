import { describe, expect, it } from 'vitest';
import { useSubscription } from './use-subscription.ts';

describe('useSubscription (its types are checked by tsc, which npm test runs)', () => {
  it('serves only subscriptions that take no request; one that needs a request cannot be read as a shared value', () => {
    const typeChecks = () => {
      useSubscription('pri(portfolio.subscribe)');
      // @ts-expect-error a btcli import needs its file and password: a shared live value would send it null
      useSubscription('pri(accounts.importBtcli)');
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
