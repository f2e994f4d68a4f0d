import { isEnvelope, type Envelope } from '../protocol/envelope.ts';
import type { Channel } from './channel.ts';

/** The part of runtime.Port we use (chrome.runtime.Port and the polyfill's Port both fit). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/** Most envelopes one port message carries (a longer list is not ours: dropped whole). */
export const MAX_BATCH = 64;

/** A Channel over a runtime.Port; a list of envelopes posted together (postAll) travels as one port message. */
export function portChannel(port: PortLike): Channel {
  let closed = false;
  const closeListeners: Array<() => void> = [];
  const fireClose = () => {
    if (closed) return;
    closed = true;
    for (const l of closeListeners.splice(0)) l();
  };
  port.onDisconnect.addListener(fireClose);
  const send = (message: Envelope | Envelope[]) => {
    if (closed) return;
    try {
      port.postMessage(message);
    } catch {
      fireClose();
    }
  };
  return {
    post: send,
    postAll(messages) {
      for (let i = 0; i < messages.length; i += MAX_BATCH) {
        const part = messages.slice(i, i + MAX_BATCH);
        send(part.length === 1 ? part[0]! : part);
      }
    },
    onMessage(listener) {
      port.onMessage.addListener((raw) => {
        if (!Array.isArray(raw)) {
          if (isEnvelope(raw)) listener(raw);
        } else if (raw.length <= MAX_BATCH) {
          for (const m of raw) if (isEnvelope(m)) listener(m);
        }
      });
    },
    onClose(listener) {
      if (closed) listener();
      else closeListeners.push(listener);
    },
    close() {
      if (closed) return;
      try {
        port.disconnect();
      } finally {
        fireClose();
      }
    },
  };
}
