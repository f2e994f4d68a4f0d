import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeUi } from '../domains/dapp/test-kit.test-util.ts';
import { keepAwakeWhileBusy, KEEP_AWAKE_MS } from './keep-awake.ts';
import { ApprovalQueue } from './queue.ts';

const who = { origin: 'https://dapp.example', appName: 'Test dApp', tabId: 7 };

describe('keepAwakeWhileBusy: the background stays up while a request waits for the person', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('touches the browser every KEEP_AWAKE_MS while a request or a hold waits, and not at all otherwise', async () => {
    const queue = new ApprovalQueue(fakeUi().ui);
    const touch = vi.fn(() => Promise.resolve());
    const stop = keepAwakeWhileBusy(() => queue.busy(), touch);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 3);
    expect(touch).not.toHaveBeenCalled();

    const { id, result } = queue.request('connect', who, { currentAccountIds: [] });
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 6);
    expect(touch).toHaveBeenCalledTimes(6);

    queue.approve(id, { accountIds: ['account-1'] });
    await result;
    const release = queue.hold();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 2);
    expect(touch).toHaveBeenCalledTimes(8);

    release();
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 4);
    expect(touch).toHaveBeenCalledTimes(8);
    stop();
  });

  it('a refused touch is ignored (no unhandled rejection) and the next tick tries again', async () => {
    const queue = new ApprovalQueue(fakeUi().ui);
    queue.request('connect', who, { currentAccountIds: [] }).result.catch(() => undefined);
    const touch = vi.fn(() => Promise.reject(new Error('context gone')));
    const stop = keepAwakeWhileBusy(() => queue.busy(), touch);
    await vi.advanceTimersByTimeAsync(KEEP_AWAKE_MS * 2);
    expect(touch).toHaveBeenCalledTimes(2);
    stop();
  });
});
