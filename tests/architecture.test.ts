import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, sourceFiles } from './architecture/import-graph.ts';
import { backgroundFolderCycles, fileCycles, forbiddenImports, longFiles } from './architecture/rules.ts';

// The architecture's rules, checked on the tree (docs/ARCHITECTURE.md): who may import whom, no import cycle that
// runs code, no folder-level cycle inside background/, no source file over 300 lines. Each check is also run on
// a small broken example, so a check that could never fail would show here.
const root = resolve(import.meta.dirname, '..');
const edges = importGraph(root, ['src', 'devnet']);
const srcEdges = edges.filter((e) => e.from.startsWith('src/'));
const edge = (from: string, specifier: string, typeOnly = false) =>
  importsOf(from, `import ${typeOnly ? 'type ' : ''}{ x } from '${specifier}';`).map((e) => ({ ...e, typeOnly }));

describe('the architecture', () => {
  it('imports only across layers the architecture allows', () => {
    expect(edges.length).toBeGreaterThan(1000);
    expect(forbiddenImports(edges)).toEqual([]);
  });

  it('has no import cycle that runs code in src/', () => {
    expect(fileCycles(srcEdges)).toEqual([]);
  });

  it("has no value-import cycle between background/'s folders", () => {
    expect(backgroundFolderCycles(srcEdges)).toEqual([]);
  });

  it('has no source file in src/ over 300 lines', () => {
    const files = sourceFiles(root, ['src']).map((path) => ({ path, text: readFileSync(resolve(root, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(300);
    expect(longFiles(files)).toEqual([]);
  });
});

describe('the architecture checks catch a broken example', () => {
  it('a popup file importing the background, core importing protocol, a type-only import from background', () => {
    const broken = [
      ...edge('src/popup/app.tsx', '../background/vault/vault.ts'),
      ...edge('src/core/amount/x.ts', '../../protocol/errors.ts'),
      ...edge('src/popup/y.ts', '../background/services.ts', true),
      ...edge('src/popup/ok.ts', '../protocol/errors.ts'),
      ...edge('src/background/x.test.ts', '../../devnet/index.ts'),
    ];
    expect(forbiddenImports(broken).map((e) => e.to)).toEqual([
      'src/background/vault/vault.ts',
      'src/protocol/errors.ts',
      'src/background/services.ts',
    ]);
  });

  it('a value-import cycle, but not one closed only by a type import', () => {
    const a = edge('src/core/a.ts', './b.ts');
    const b = edge('src/core/b.ts', './a.ts');
    const typeBack = edge('src/core/b.ts', './a.ts', true);
    expect(fileCycles([...a, ...b])).toEqual([['src/core/a.ts', 'src/core/b.ts']]);
    expect(fileCycles([...a, ...typeBack])).toEqual([]);
  });

  it('a folder-level cycle inside background/', () => {
    const broken = [
      ...edge('src/background/approvals/handler.ts', '../domains/dapp/accounts.ts'),
      ...edge('src/background/domains/dapp/gateway.ts', '../../approvals/queue.ts'),
    ];
    expect(backgroundFolderCycles(broken)).toEqual([['src/background/approvals', 'src/background/domains/dapp']]);
  });

  it('a file of 301 lines, not one of 300', () => {
    const text = (n: number) => 'x\n'.repeat(n);
    expect(longFiles([{ path: 'src/a.ts', text: text(301) }])).toEqual([{ path: 'src/a.ts', lines: 301 }]);
    expect(longFiles([{ path: 'src/b.ts', text: text(300) }])).toEqual([]);
  });
});
