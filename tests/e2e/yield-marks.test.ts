// Markers on the yield chart (issue 22): the person's own stake put into a position and taken out of it, from the
// wallet's staking history, drawn on that position's chart where they landed and said under it; other positions'
// charts carry none. Chromium, devnet.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../devnet/index.ts';
import type { ExtensionSession } from '../helpers/browser.ts';
import { fromHome, probe, walletOnDevnet } from '../helpers/popup.ts';

interface Position {
  account: string;
  hotkey: string;
  netuid: number;
  subnetName: string;
  realised: unknown[] | null;
  chart: Array<{ block: number }>;
}
interface Record {
  id: string;
  status: string;
  blockNumber?: number;
}

let devnet: Devnet;
let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, instant: true });
  devnet.produceBlocks(30);
  ({ session, popup } = await walletOnDevnet(devnet.url, [['Bob', '//Bob']]));
}, 180_000);

afterAll(async () => {
  await session?.close();
  await devnet?.stop();
});

describe('yield chart markers', () => {
  it("a stake and an unstake the wallet made on a position are marked on that position's chart only", async () => {
    const [bob] = await probe<Array<{ id: string; address: string }>>(popup, 'pri(accounts.list)', null);
    const before = await probe<{ positions: Position[] }>(popup, 'pri(yield.get)', null);
    // A subnet position with history whose pool takes the trade (the devnet has thin pools too).
    const candidates = before.positions.filter((x) => x.netuid !== 0 && x.realised !== null && x.chart.length >= 2);
    const quotes = await Promise.all(
      candidates.map((x) =>
        probe(popup, 'pri(staking.prepare)', {
          accountId: bob!.id,
          op: { op: 'stake', hotkey: x.hotkey, netuid: x.netuid, amount: '2' },
        }).then(
          () => true,
          () => false,
        ),
      ),
    );
    const p = candidates.find((_, i) => quotes[i])!;
    expect(p).toBeDefined();
    const send = async (op: object) => {
      const sent = await probe<Record>(popup, 'pri(staking.send)', { accountId: bob!.id, op });
      await expect
        .poll(
          async () =>
            (await probe<Record[]>(popup, 'pri(staking.history)', null)).find((r) => r.id === sent.id)?.status,
          { timeout: 60_000 },
        )
        .toBe('finalized');
    };
    await send({ op: 'stake', hotkey: p.hotkey, netuid: p.netuid, amount: '2' });
    await send({ op: 'unstake', hotkey: p.hotkey, netuid: p.netuid, amount: '1' });

    await fromHome(popup, 'Yield');
    const list = popup.getByRole('region', { name: 'Yield per position' });
    await list.waitFor({ timeout: 60_000 });
    const rows = list.locator('details.position-row');
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('summary').click();
    const marked = list.getByRole('article').filter({ has: popup.getByTestId('chart-marks') });
    await expect.poll(() => marked.count(), { timeout: 30_000 }).toBe(1);
    expect(await marked.getAttribute('aria-label')).toContain(`SN${p.netuid}`);
    expect(await marked.getByTestId('chart-marks').innerText()).toContain(
      '▲ you added stake (1) · ▼ you took stake out (1)',
    );
    expect(await marked.locator('svg [data-mark="in"]').count()).toBe(1);
    expect(await marked.locator('svg [data-mark="out"]').count()).toBe(1);
    expect(await list.locator('svg [data-mark]').count()).toBe(2);
  }, 240_000);
});
