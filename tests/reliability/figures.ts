// Each reliability test records what it tried and what held; scripts/reliability.mjs joins these rows with
// Vitest's pass/fail (JSON reporter) into artifacts/reliability.json and artifacts/reliability.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expect } from 'vitest';

export const FIGURES_DIR = resolve('artifacts/reliability/figures');

export interface FigureRow {
  /** A stable name for the row (kebab case): the table keeps it when the test is renamed or moved. */
  id: string;
  /** The area of the table: hostile input, worker stops, node faults, storage faults, load. */
  area: string;
  /** What was tried, in a few words. */
  tried: string;
  /** How many times (messages, payloads, failure points …). */
  count: number;
  /** What held, in a few words (the test's assertions make it true). */
  held: string;
  /** Breakdown (error codes seen, timings …). */
  detail?: Record<string, unknown>;
}

/**
 * Writes the running test's row as <id>.json, with the test's file and full name as Vitest reports them, so
 * scripts/reliability.mjs joins it with that test's result (a row whose test has no result is "not run").
 */
export function recordFigures(row: FigureRow): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(row.id)) throw new Error(`reliability row id "${row.id}" is not kebab case`);
  const { currentTestName, testPath } = expect.getState();
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = testPath ? relative(process.cwd(), testPath) : '';
  writeFileSync(
    resolve(FIGURES_DIR, `${row.id}.json`),
    `${JSON.stringify({ ...row, file, test: currentTestName ?? '' }, null, 2)}\n`,
  );
}

/** Counts by key. */
export function tally(): { add(key: string): void; get(): Record<string, number>; total(): number } {
  const m = new Map<string, number>();
  return {
    add: (k) => void m.set(k, (m.get(k) ?? 0) + 1),
    get: () => Object.fromEntries([...m].sort()),
    total: () => [...m.values()].reduce((a, b) => a + b, 0),
  };
}
