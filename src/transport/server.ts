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

/**
 * Serves requests arriving on a channel: each gets exactly one response or error, then any number
 * of data messages for subscriptions until cancelled or closed.
 */
export function serveChannel(channel: Channel, dispatch: Dispatch): void {
  const live = new Map<string, Array<() => void>>();
  // Answers ready in the same task leave together, in order (a popup's first questions come as a burst).
  let outbox: Envelope[] = [];
  const flush = () => {
    const ready = outbox;
    outbox = [];
    if (ready.length > 1 && channel.postAll) channel.postAll(ready);
    else for (const m of ready) channel.post(m);
  };
  const send = (message: Envelope) => {
    if (outbox.push(message) === 1) queueMicrotask(flush);
  };
  const cancel = (id: string) => {
    const cleanups = live.get(id);
    live.delete(id);
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
