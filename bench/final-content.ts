// What a page shows first and when its final content is there, recorded inside the page (an init script), for the
// cold-open bench (bench/cold-open.ts) and the Chromium test of the first paint (tests/e2e/cold-open.test.ts).

/** What counts as a page's final content: every text given is in #root, and the selector (if any) matches. */
export interface FinalContent {
  texts: string[];
  selector?: string;
}

export interface OpenRecord {
  /** ms from navigation start to the frame after the final content first came into the DOM (null: it never did). */
  final: number | null;
  /** ms to the DOM change that made it final. */
  finalDom: number | null;
  /** #root's text at its first non-empty state: what the first paint shows. */
  firstText: string;
  /** Whether a loading state ("Loading…", aria-busy) was in the DOM at any point before the final content. */
  sawLoading: boolean;
}

/** The record a page gave back (window.__open), checked. */
export function openRecordOf(x: unknown): OpenRecord {
  const num = (k: string) => {
    const v: unknown = typeof x === 'object' && x !== null ? Reflect.get(x, k) : undefined;
    return typeof v === 'number' ? v : null;
  };
  const text: unknown = typeof x === 'object' && x !== null ? Reflect.get(x, 'firstText') : undefined;
  const loading: unknown = typeof x === 'object' && x !== null ? Reflect.get(x, 'sawLoading') : undefined;
  if (typeof text !== 'string' || typeof loading !== 'boolean') throw new Error('the page gave no open record');
  return { final: num('final'), finalDom: num('finalDom'), firstText: text, sawLoading: loading };
}

/** The init script: `final` says, per page (its `?bench=` name), what its final content is. */
export function finalContentScript(final: Record<string, FinalContent>): string {
  return `
  (() => {
    const want = ${JSON.stringify(final)}[new URLSearchParams(location.search).get('bench')];
    if (!want) return;
    const rec = { final: null, finalDom: null, firstText: '', sawLoading: false };
    let done;
    window.__open = new Promise((resolve) => { done = resolve; });
    const check = () => {
      const root = document.getElementById('root');
      if (!root || rec.finalDom !== null) return;
      const text = root.textContent || '';
      if (!rec.firstText && text) rec.firstText = text;
      const ok = want.texts.every((t) => text.includes(t)) && (!want.selector || document.querySelector(want.selector));
      if (!ok) {
        if (text.includes('Loading\\u2026') || root.querySelector('[aria-busy="true"]')) rec.sawLoading = true;
        return;
      }
      rec.finalDom = performance.now();
      requestAnimationFrame(() => {
        rec.final = performance.now();
        done(rec);
      });
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    setTimeout(() => done(rec), 10000);
  })();
`;
}
