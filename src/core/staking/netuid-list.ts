/** Subnet ids as people write them (btcli's `--netuids 2-4` convention): "1, 4, 19-21". */

/** Netuids as the chain's BTreeSet<NetUid> holds them: ascending, each once. */
export function sortedNetuids(netuids: Iterable<number>): number[] {
  return [...new Set(netuids)].sort((a, b) => a - b);
}

/** Most subnet ids one list may name (a range is expanded). */
export const MAX_NETUIDS = 1_024;

export type NetuidListProblem = 'empty' | 'invalid' | 'too-many';

/**
 * Parses "1, 4, 19-21" (commas or spaces; ranges low-high) into sorted netuids without duplicates, each 1–65535.
 * Root (0) is not a subnet one keeps alpha on, so it is refused like any other bad entry.
 */
export function parseNetuidList(
  text: string,
): { ok: true; netuids: number[] } | { ok: false; problem: NetuidListProblem; entry?: string } {
  const entries = text.split(/[\s,;]+/).filter(Boolean);
  if (!entries.length) return { ok: false, problem: 'empty' };
  const set = new Set<number>();
  for (const entry of entries) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(entry);
    const low = m ? Number(m[1]) : NaN;
    const high = m?.[2] !== undefined ? Number(m[2]) : low;
    if (!m || low < 1 || high > 65_535 || high < low) return { ok: false, problem: 'invalid', entry };
    if (high - low + 1 + set.size > MAX_NETUIDS) return { ok: false, problem: 'too-many' };
    for (let n = low; n <= high; n++) set.add(n);
  }
  if (set.size > MAX_NETUIDS) return { ok: false, problem: 'too-many' };
  return { ok: true, netuids: sortedNetuids(set) };
}

/** Sorted netuids written back as a list, runs of three or more as ranges: [1, 4, 5, 6, 9] → "1, 4-6, 9". */
export function formatNetuidList(netuids: readonly number[]): string {
  const sorted = sortedNetuids(netuids);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
