import type { MessageName, NullRequestSubscription, Req, Res, Sub } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

interface Entry {
  value: unknown;
  has: boolean;
  listeners: Set<() => void>;
  unsubscribe: () => void;
  /** Settles with the first answer or the failure. */
  first: Promise<void>;
}

/**
 * One live subscription per message name for the whole page, shared by every component that reads it,
 * started as early as possible (see prime) so the popup's first answers arrive together instead of one
 * after another as components mount. A subscription that fails is dropped and tried again by the next reader.
 */
const entries = new Map<NullRequestSubscription, Entry>();

function entry(name: NullRequestSubscription): Entry {
  const known = entries.get(name);
  if (known) return known;
  let answered = () => undefined as void;
  const e: Entry = {
    value: null,
    has: false,
    listeners: new Set(),
    unsubscribe: () => undefined,
    first: new Promise<void>((r) => (answered = r)),
  };
  const set = (v: unknown) => {
    answered();
    e.value = v;
    e.has = true;
    for (const l of e.listeners) l();
  };
  const sub = api.subscribe(name, null, set);
  e.unsubscribe = sub.unsubscribe;
  sub.ready.then(set, () => {
    answered();
    if (entries.get(name) === e) entries.delete(name);
    e.unsubscribe();
  });
  entries.set(name, e);
  return e;
}

const primed: Array<Promise<void>> = [];
let primedAt = 0;

/** Starts these subscriptions now (before React renders); the first render also waits for the one-off answers given. */
export function prime(names: readonly NullRequestSubscription[], answers: Array<Answer<unknown>> = []): void {
  primedAt = performance.now();
  for (const n of names) primed.push(entry(n).first);
  for (const a of answers) primed.push(a.promise.then(noop, noop));
}

/** Runs fn with the requests it makes sent together (one port message). */
export function together<T>(fn: () => T): T {
  return api.batch(fn);
}

const noop = () => undefined;

let markSeeded: () => void = noop;
const seeded = new Promise<void>((r) => {
  markSeeded = r;
});
let markNoCopy: () => void = noop;
const noCopy = new Promise<void>((r) => {
  markNoCopy = r;
});

/**
 * Last known answers (the worker's copy of the first screen, see first-screen.ts) for the questions that have not
 * been answered yet: read like answers until the worker's own replace them. null: there is no copy to paint.
 */
export function seed(values: ReadonlyMap<MessageName, unknown> | null): void {
  if (!values) {
    markNoCopy();
    return;
  }
  for (const [name, answer] of answers) if (values.has(name)) answer.settled ??= { ok: true, value: values.get(name) };
  for (const [name, e] of entries) {
    if (e.has || !values.has(name)) continue;
    e.value = values.get(name);
    e.has = true;
    for (const l of e.listeners) l();
  }
  markSeeded();
}

/**
 * Resolves when every primed subscription has its first answer, or the last known answers were seeded, whichever is
 * first. Without a copy to paint (none, or the approval window, which does not read it: seed(null)), maxMs after
 * the questions were asked at the latest; the copy's own read (the browser answers it, not the worker) is waited
 * for up to 1 s.
 */
export function whenPrimed(maxMs: number, copyMs = 1_000): Promise<void> {
  const after = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, primedAt + ms - performance.now())));
  return Promise.race([
    Promise.all(primed).then(() => undefined),
    seeded,
    noCopy.then(() => after(maxMs)),
    after(copyMs),
  ]);
}

/** The first answer of a subscription (null if it failed). */
export function firstLive<N extends NullRequestSubscription>(name: N): Promise<Sub<N> | null> {
  return entry(name).first.then(() => readLive(name));
}

export function readLive<N extends NullRequestSubscription>(name: N): Sub<N> | null {
  const e = entries.get(name);
  return e?.has ? (e.value as Sub<N>) : null;
}

export function watchLive(name: NullRequestSubscription, listener: () => void): () => void {
  const e = entry(name);
  e.listeners.add(listener);
  return () => e.listeners.delete(listener);
}

export interface Answer<T = unknown> {
  promise: Promise<T>;
  settled: { ok: true; value: T } | { ok: false } | null;
}
const answers = new Map<MessageName, Answer>();

/** A one-off request asked once per page (started by early.ts); its answer, once known, is read synchronously. */
export function askOnce<N extends MessageName>(name: N, request: Req<N>, timeoutMs: number): Answer<Res<N>> {
  const known = answers.get(name);
  if (known) return known as Answer<Res<N>>;
  const answer: Answer<Res<N>> = { promise: api.send(name, request, timeoutMs), settled: null };
  answer.promise.then(
    (value) => (answer.settled = { ok: true, value }),
    () => (answer.settled = { ok: false }),
  );
  answers.set(name, answer as Answer);
  return answer;
}
