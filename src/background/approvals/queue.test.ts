import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeUi } from '../domains/dapp/test-kit.test-util.ts';
import { ApprovalQueue, CLOSE_DELAY_MS } from './queue.ts';

const who = { origin: 'https://dapp.example', appName: 'Test dApp', tabId: 7 };
const raw = { account: { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' }, hex: '0x01' } as const;

/** Lets the window's open() settle (it is a promise, as chrome.windows.create is). */
const opened = () => vi.advanceTimersByTimeAsync(0);

describe('ApprovalQueue: the approval window', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes CLOSE_DELAY_MS after the last decision; a request within that time is shown in the same window', async () => {
    const { ui, log } = fakeUi();
    const queue = new ApprovalQueue(ui);
    const first = queue.request('sign-raw', who, raw);
    await opened();
    expect(log.opened).toHaveLength(1);
    queue.approve(first.id, null);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS - 50);
    const second = queue.request('sign-raw', who, raw);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 3);
    expect(log.opened).toHaveLength(1);
    expect(log.closed).toEqual([]);
    queue.reject(second.id);
    await expect(second.result).rejects.toMatchObject({ code: 'rejected' });
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS);
    expect(log.closed).toEqual([101]);
  });

  it('a hold keeps the window open between an unlock and the request that waited for it, however long that takes', async () => {
    const { ui, log } = fakeUi();
    const queue = new ApprovalQueue(ui);
    const release = queue.hold();
    const unlock = queue.request('unlock', who, {});
    await opened();
    queue.approveAll('unlock');
    await unlock.result;
    expect(queue.list()).toEqual([]);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 10); // the request reads the network meanwhile
    expect(log.closed).toEqual([]);
    const sign = queue.request('sign-raw', who, raw);
    expect(log.opened).toHaveLength(1);
    queue.approve(sign.id, null);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 2);
    expect(log.closed).toEqual([]); // still held until the request is done
    release();
    release(); // a second call does nothing
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS);
    expect(log.closed).toEqual([101]);
  });

  it('closing the window rejects what it shows, held or not; the next request opens a new window', async () => {
    const { ui, log } = fakeUi();
    const queue = new ApprovalQueue(ui);
    const release = queue.hold();
    const unlock = queue.request('unlock', who, {});
    await opened();
    queue.windowClosed(101);
    await expect(unlock.result).rejects.toMatchObject({ code: 'rejected', message: 'The approval window was closed.' });
    release();
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 2);
    expect(log.closed).toEqual([]); // the person closed it: nothing left to close
    const next = queue.request('sign-raw', who, raw);
    await opened();
    expect(log.opened).toHaveLength(2);
    queue.windowClosed(102);
    await expect(next.result).rejects.toMatchObject({ message: 'The approval window was closed.' });
  });

  it('a window whose request was settled while it opened closes too', async () => {
    const { log } = fakeUi();
    let open: (id: number) => void = () => undefined;
    const queue = new ApprovalQueue({
      ...fakeUi().ui,
      open: () => new Promise((r) => (open = r)),
      close: async (w) => void log.closed.push(w),
    });
    const request = queue.request('sign-raw', who, raw);
    queue.cancel(request.id);
    await expect(request.result).rejects.toMatchObject({ code: 'rejected' });
    open(55);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS);
    expect(log.closed).toEqual([55]);
  });
});
