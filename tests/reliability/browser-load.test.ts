// Load in Chromium: 200 accounts, a portfolio of 2,000 positions and 100 queued dApp requests; the popup stays
// usable (lists everything, navigates, locks and unlocks) and the approval window shows the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD, measurePopupOpens, prepareAccountsAndPositions, queueRequests } from '../../bench/load.ts';
import { summary } from '../../bench/stats.ts';
import { launchExtension, stopServiceWorker, type ExtensionSession } from '../helpers/browser.ts';
import { createWallet, probe, TEST_PASSWORD, DEV_PHRASE } from '../helpers/popup.ts';
import { recordFigures } from './figures.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('load (Chromium)', () => {
  it('200 accounts, 2,000 positions and 100 queued dApp requests: the popup and the approval window stay usable', async () => {
    const setup = await createWallet(session);
    const alice = await probe<{ address: string }>(setup, 'pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    const { addMs } = await prepareAccountsAndPositions(setup);
    expect(await probe<unknown[]>(setup, 'pri(accounts.list)', null)).toHaveLength(LOAD.accounts + 1);

    // A new worker reads the injected cache (a running one keeps the store it loaded).
    await stopServiceWorker(session);
    const opens = summary(await measurePopupOpens(session, 3));
    const popup = await session.openPopup();
    const list = popup.getByRole('list', { name: 'Accounts' });
    await list.getByText('Load 200').waitFor({ timeout: 20_000 });
    const t0 = Date.now();
    await popup.getByRole('button', { name: 'Lock now' }).click();
    await popup.getByRole('button', { name: 'Unlock' }).waitFor();
    await popup.getByLabel('Password').fill(TEST_PASSWORD);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await list.getByText('Load 200').waitFor({ timeout: 20_000 });
    const lockUnlockMs = Date.now() - t0;
    // The cached portfolio (2,000 positions) is painted while Finney is unreachable here.
    await expect
      .poll(() => popup.getByTestId('position-tao').count(), { timeout: 20_000 })
      .toBe(LOAD.accounts * LOAD.positionsPerAccount);
    const positionsShown = await popup.getByTestId('position-tao').count();

    const q = await queueRequests(session, alice.address, LOAD.requests);
    // The requests come from several origins (one may have only a few waiting) and arrive within moments.
    await expect
      .poll(
        async () =>
          (await probe<Array<{ kind: string }>>(setup, 'pri(approvals.subscribe)', null)).filter(
            (v) => v.kind === 'sign-raw',
          ).length,
        { timeout: 20_000 },
      )
      .toBe(LOAD.requests);
    // Usable with the queue full: reject the first in the window; the next one is shown.
    const r0 = Date.now();
    await q.approval.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect
      .poll(async () => (await probe<unknown[]>(setup, 'pri(approvals.subscribe)', null)).length)
      .toBe(LOAD.requests - 1);
    await q.approval.getByRole('button', { name: 'Sign' }).waitFor();
    const nextShownMs = Date.now() - r0;
    // Closing the window refuses the rest; the page gets an answer for every request.
    await q.approval.close();
    const answers = await q.answers;
    expect(answers).toHaveLength(LOAD.requests);
    expect(answers.filter((a) => a === 'The request was rejected.')).toHaveLength(1); // the one rejected by the button
    expect(answers.filter((a) => a === 'The approval window was closed.')).toHaveLength(LOAD.requests - 1);
    expect(await probe<unknown[]>(setup, 'pri(approvals.subscribe)', null)).toEqual([]);
    await q.site.close();
    await popup.close();
    recordFigures({
      id: 'load-queued-requests',
      area: 'Load',
      tried: `${LOAD.accounts + 1} accounts, ${LOAD.accounts * LOAD.positionsPerAccount} positions (cached portfolio), ${LOAD.requests} queued signRaw requests (Chromium)`,
      count: LOAD.accounts + LOAD.accounts * LOAD.positionsPerAccount + LOAD.requests,
      held: `popup listed every account and navigated (lock/unlock ${lockUnlockMs} ms); approval window showed the first request in ${q.windowMs} ms and the next after a reject in ${nextShownMs} ms; closing it answered all ${LOAD.requests}`,
      detail: {
        popupOpenMs: opens,
        add200AccountsMs: Math.round(addMs),
        lockUnlockMs,
        approvalWindowMs: q.windowMs,
        nextShownMs,
        positionTaoCellsRendered: positionsShown,
      },
    });
  }, 300_000);
});
