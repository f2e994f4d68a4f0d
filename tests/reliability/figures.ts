// Each reliability test records what it tried and what held; scripts/reliability.mjs joins these rows with
// Vitest's pass/fail (JSON reporter) into artifacts/reliability.json and the README table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const FIGURES_DIR = resolve('artifacts/reliability/figures');

export interface FigureRow {
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

/** Writes one row for the running test (named after it, so the script can join it with the test's result). */
export function recordFigures(row: FigureRow): void {
  const test = expect.getState().currentTestName ?? row.tried;
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = resolve(FIGURES_DIR, `${test.replace(/[^a-z0-9]+/gi, '-').slice(0, 120)}.json`);
  writeFileSync(file, `${JSON.stringify({ test, ...row }, null, 2)}\n`);
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
