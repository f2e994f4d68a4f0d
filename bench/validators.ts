// The validator directory with 2,000 rows (500 delegates × root + 3 subnets) in the popup, on the devnet:
// navigation → all 2,000 rows known and the windowed list painted; scrolling (time to the next painted frame
// after a jump); a search keystroke; and how many row elements the DOM holds (the window, not 2,000).
import { startDevnet } from '../devnet/index.ts';
import { defaultScenario, labelKey } from '../devnet/subtensor/index.ts';
import { launchExtension } from '../tests/helpers/browser.ts';
import { createWallet, probe } from '../tests/helpers/popup.ts';
import { summary } from './stats.ts';

const DELEGATES = 500;

function scenario() {
  const s = defaultScenario();
  const validators = Array.from({ length: DELEGATES }, (_, i) => {
    const registrations = [0, 1, 2].map((k) => ((i + k * 3) % 8) + 1);
    return {
      hotkey: labelKey(`bench/validator/${i}`),
      coldkey: labelKey(`bench/validator/${i}/cold`),
      take: (i * 37) % 11_796,
      name: `Bench validator ${i}`,
      registrations,
      stakes: [
        ...registrations.map((netuid) => ({ netuid, alpha: String(BigInt(1 + (i % 50)) * 1_000_000_000n) })),
        { netuid: 0, alpha: String(BigInt(100 + i) * 1_000_000_000n) },
      ],
    };
  });
  return {
    ...s,
    validators,
    nominations: [],
    identities: validators.map((v) => ({ coldkey: v.coldkey, name: v.name, description: 'bench' })),
  };
}

/** ms from `start` to the second animation frame after the DOM matches `ready` (the frame that shows it). */
const FRAME_AFTER = `(ready) => new Promise((resolve) => {
  const t0 = performance.now();
  const tick = () => (document.querySelector(ready) ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))) : requestAnimationFrame(tick));
  tick();
})`;

export async function benchValidators(runs = 10) {
  const devnet = await startDevnet({ port: 0, instant: true, scenario: { subtensor: scenario() } });
  const session = await launchExtension();
  try {
    const setup = await createWallet(session);
    await probe(setup, 'pri(accounts.importMnemonic)', {
      mnemonic: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk',
      derivationPath: '//Alice',
      name: 'Alice',
      type: 'sr25519',
    });
    const net = await probe<{ id: string }>(setup, 'pri(networks.addCustom)', { name: 'bench', url: devnet.url });
    await probe(setup, 'pri(networks.select)', { id: net.id });
    const rows = (await probe<{ rows: unknown[] }>(setup, 'pri(validators.list)', { refresh: true })).rows.length;
    await setup.close();
    const open: number[] = [];
    const scroll: number[] = [];
    const search: number[] = [];
    const frames: number[] = [];
    let domRows = 0;
    for (let i = 0; i < runs; i++) {
      const page = await session.openPopup('#/validators');
      const ready = `[data-testid="virtual-list"][data-rows="${rows}"] [role="listitem"]`;
      open.push(await page.evaluate(`(${FRAME_AFTER})('${ready}').then((ms) => performance.now())`));
      domRows = await page.locator('[role="listitem"]').count();
      for (let k = 1; k <= 10; k++) {
        scroll.push(
          await page.evaluate(
            `(() => { const l = document.querySelector('[data-testid="virtual-list"]'); l.scrollTop = ${k} * (l.scrollHeight / 11); const pos = Math.floor(l.scrollTop / 64) + 1; return (${FRAME_AFTER})('[aria-posinset="' + pos + '"]'); })()`,
          ),
        );
      }
      for (let k = 0; k < 5; k++) frames.push(await page.evaluate(`(${FRAME_AFTER})('body')`));
      const t0 = await page.evaluate('performance.now()');
      await page.getByRole('searchbox').fill(`Bench validator ${100 + i}`);
      await page.locator('[data-testid="virtual-list"][data-rows="4"]').waitFor();
      search.push(Number(await page.evaluate('performance.now()')) - Number(t0));
      await page.close();
    }
    return {
      rows,
      domRowElements: domRows,
      unit: 'ms',
      openToPaintedList: summary(open),
      scrollJumpToPaintedFrame: summary(scroll),
      /** Two animation frames with nothing to do: the floor of the scroll figure in this browser. */
      twoFramesFloor: summary(frames),
      searchKeystrokeToFilteredList: summary(search),
    };
  } finally {
    await session.close();
    await devnet.stop();
  }
}
