import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; html: string }>;
}

/** axe-core's global in the page once its source has run there. */
declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };

let source: Promise<string> | undefined;

/**
 * Runs axe-core (pinned devDependency) on the page as it is now and returns its serious and critical violations,
 * one line each. It is evaluated through the DevTools protocol, which an extension page's CSP does not block.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const code = await source;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(code);
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join(' | ')}`,
    );
}
