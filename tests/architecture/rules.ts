import { cycles, type ImportEdge } from './import-graph.ts';

/**
 * Who may import whom (docs/ARCHITECTURE.md): each layer of src/ and the devnet, with the layers it may import.
 * The rules hold for shipped code; a test beside the code may reach any layer, the devnet and the test helpers
 * (e.g. a popup test checks its explorer links against the background's built-in networks).
 */
export const ALLOWED: Record<string, readonly string[]> = {
  core: ['core'],
  protocol: ['protocol', 'core'],
  transport: ['transport', 'protocol', 'core'],
  inpage: ['inpage', 'protocol', 'transport'],
  content: ['content', 'protocol', 'transport'],
  background: ['background', 'core', 'protocol', 'transport'],
  popup: ['popup', 'core', 'protocol', 'transport'],
  devnet: ['devnet', 'core'],
};

/** A source file over this many lines is split (rule 11). */
export const MAX_LINES = 300;

export const isTestFile = (path: string): boolean => /\.test\.tsx?$|\.test-util\.tsx?$/.test(path);

/** The layer of a repository-relative path: src/<layer>/…, devnet/…, tests/… */
export function layerOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'src' ? (parts[1] ?? 'src') : (parts[0] ?? '');
}

/** Imports that cross layers in a direction the architecture forbids (type-only imports included). */
export function forbiddenImports(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => {
    const from = layerOf(e.from);
    const allowed = ALLOWED[from];
    if (!allowed) return false;
    const to = layerOf(e.to);
    if (isTestFile(e.from)) return false;
    return !allowed.includes(to);
  });
}

/** File-level cycles of imports that run code (type-only imports are erased and cannot form a cycle at load). */
export function fileCycles(edges: ImportEdge[]): string[][] {
  return cycles(edges.filter((e) => !e.typeOnly).map((e) => [e.from, e.to]));
}

/**
 * Folder-level cycles of value imports between background/'s folders (a file directly in background/ counts as
 * its own node: the worker entry and the composition root import every folder by design). Tests are left out.
 */
export function backgroundFolderCycles(edges: ImportEdge[]): string[][] {
  const node = (p: string): string => {
    const dir = p.split('/').slice(0, -1).join('/');
    return dir === 'src/background' ? p : dir;
  };
  const inside = (p: string): boolean => p.startsWith('src/background/');
  return cycles(
    edges
      .filter((e) => !e.typeOnly && !isTestFile(e.from) && inside(e.from) && inside(e.to))
      .filter((e) => node(e.from) !== node(e.to))
      .map((e) => [node(e.from), node(e.to)]),
  );
}

/** Source files (tests aside) longer than MAX_LINES, with their length. */
export function longFiles(files: Array<{ path: string; text: string }>): Array<{ path: string; lines: number }> {
  return files
    .filter((f) => !isTestFile(f.path))
    .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
    .filter((f) => f.lines > MAX_LINES);
}
