// The service worker's start, stopped and woken again N times: when its evaluation began (the bundle fetched and
// compiled: src/background/start-mark.ts is its first module), when its listeners were registered (evaluated),
// both from the worker's time origin, and a page's first answer from it (connect to answer, as the popup asks).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { SystemInfo } from '../src/protocol/domains/system.ts';
import { DIST, launchExtension, stopServiceWorker, type ExtensionSession } from '../tests/helpers/browser.ts';
import { createWallet, probe } from '../tests/helpers/popup.ts';
import { round, summary } from './stats.ts';

async function oneStart(session: ExtensionSession, page: Page) {
  await stopServiceWorker(session);
  const t0 = Date.now();
  const info = await probe<SystemInfo>(page, 'pri(system.info)', null);
  const firstAnswerMs = Date.now() - t0;
  if (info.start.ready === null) throw new Error('the worker answered before its start was marked');
  return {
    fetchCompile: info.start.evaluateStart,
    evaluate: info.start.ready - info.start.evaluateStart,
    firstAnswerMs,
  };
}

/** `npm run bench` section `workerStart`. */
export async function benchWorkerStart(starts = Number(process.env.BENCH_WORKER_STARTS ?? 20), dist = DIST) {
  const session = await launchExtension({ extensionDir: resolve(dist) });
  try {
    const page = await createWallet(session);
    const fetchCompile: number[] = [];
    const evaluate: number[] = [];
    const total: number[] = [];
    const firstAnswer: number[] = [];
    for (let i = 0; i < starts; i++) {
      const s = await oneStart(session, page);
      fetchCompile.push(round(s.fetchCompile));
      evaluate.push(round(s.evaluate));
      total.push(round(s.fetchCompile + s.evaluate));
      firstAnswer.push(s.firstAnswerMs);
    }
    return {
      unit: 'ms from the worker time origin (fetchCompile: to its first module; evaluate: from there to listeners)',
      fetchCompile: summary(fetchCompile),
      evaluate: summary(evaluate),
      fetchCompileEvaluate: summary(total),
      pageConnectToFirstAnswer: summary(firstAnswer),
    };
  } finally {
    await session.close();
  }
}
