import type { Envelope } from '../protocol/envelope.ts';
import { toErrorPayload } from '../protocol/errors.ts';
import type { Channel } from './channel.ts';

export interface CallContext {
  /** Sends a subscription update to the caller. */
  emit(data: unknown): void;
  /** Runs when the caller cancels or the channel closes. */
  onCancel(cleanup: () => void): void;
}

export type Dispatch = (name: string, request: unknown, ctx: CallContext) => Promise<unknown>;

/** Longest the answers to requests that came together wait for each other (ms). */
export const BURST_HOLD_MS = 15;

/**
 * Serves requests arriving on a channel: each gets exactly one response or error, then any number
 * of data messages for subscriptions until cancelled or closed.
 */
export function serveChannel(channel: Channel, dispatch: Dispatch): void {
  const live = new Map<string, Array<() => void>>();
  // Answers ready in the same task leave together, in order. Requests that arrive together (one port message:
  // a popup's first questions) are answered together too: what is ready waits until each of them has its first
  // answer, or BURST_HOLD_MS after they came, so the caller gets one message instead of one per handler.
  let outbox: Envelope[] = [];
  let burst: string[] = [];
  const unanswered = new Set<string>();
  let hold: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (unanswered.size > 0 || outbox.length === 0) return;
    const ready = outbox;
    outbox = [];
    if (ready.length > 1 && channel.postAll) channel.postAll(ready);
    else for (const m of ready) channel.post(m);
  };
  const release = () => {
    if (hold) clearTimeout(hold);
    hold = null;
    unanswered.clear();
    flush();
  };
  const answered = (id: string) => {
    if (unanswered.delete(id) && unanswered.size === 0) release();
  };
  const closeBurst = () => {
    const ids = burst;
    burst = [];
    if (ids.length < 2) return;
    for (const id of ids) if (live.has(id)) unanswered.add(id);
    if (unanswered.size > 0 && !hold) hold = setTimeout(release, BURST_HOLD_MS);
  };
  const send = (message: Envelope) => {
    if (outbox.push(message) === 1) queueMicrotask(flush);
  };
  const cancel = (id: string) => {
    const cleanups = live.get(id);
    live.delete(id);
    answered(id);
    for (const c of cleanups ?? []) {
      try {
        c();
      } catch {
        // a failing cleanup must not stop the others
      }
    }
  };
  channel.onClose(() => {
    for (const id of [...live.keys()]) cancel(id);
    release();
  });
  channel.onMessage((message: Envelope) => {
    if (message.kind === 'cancel') {
      cancel(message.id);
      return;
    }
    if (message.kind !== 'request') return;
    const { id, name, request } = message;
    if (live.has(id)) return;
    live.set(id, []);
    // Envelopes of one port message are delivered in one go, before any microtask: this one runs after the last.
    if (burst.push(id) === 1) queueMicrotask(closeBurst);
    const ctx: CallContext = {
      emit: (data) => {
        if (live.has(id)) send({ kind: 'data', id, data });
      },
      onCancel: (cleanup) => {
        const list = live.get(id);
        if (list) list.push(cleanup);
        else cleanup();
      },
    };
    dispatch(name, request, ctx).then(
      (response) => {
        if (!live.has(id)) return;
        send({ kind: 'response', id, response });
        answered(id);
        if (live.get(id)?.length === 0) live.delete(id);
      },
      (error: unknown) => {
        if (!live.has(id)) return;
        send({ kind: 'error', id, error: toErrorPayload(error) });
        cancel(id);
      },
    );
  });
}
