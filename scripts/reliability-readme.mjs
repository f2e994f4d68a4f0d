// `npm run reliability:readme`: copies the table of the last `npm run test:reliability` (artifacts/reliability.md)
// between the reliability markers of README.md. Refuses a run that had a failed or missing row.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const summaryFile = resolve('artifacts/reliability.json');
const tableFile = resolve('artifacts/reliability.md');
if (!existsSync(summaryFile) || !existsSync(tableFile)) {
  console.error('No reliability results: run `npm run test:reliability` first.');
  process.exit(1);
}
const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
const notPassed = summary.rows.filter((r) => r.status !== 'passed').map((r) => `${r.id}: ${r.status}`);
if (notPassed.length > 0 || summary.tests.failed.length > 0) {
  console.error(`The last reliability run did not pass; README.md unchanged.\n${notPassed.join('\n')}`);
  process.exit(1);
}
const readme = resolve('README.md');
const BEGIN = '<!-- reliability:begin -->';
const END = '<!-- reliability:end -->';
const text = readFileSync(readme, 'utf8');
if (!text.includes(BEGIN) || !text.includes(END)) {
  console.error(`README.md has no ${BEGIN} … ${END} block.`);
  process.exit(1);
}
const table = readFileSync(tableFile, 'utf8').trimEnd();
writeFileSync(
  readme,
  `${text.slice(0, text.indexOf(BEGIN) + BEGIN.length)}\n${table}\n${text.slice(text.indexOf(END))}`,
);
console.log(`README.md: reliability table from ${summary.generatedAt} (${summary.rows.length} rows).`);
