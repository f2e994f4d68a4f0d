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

export function portChannel(port: PortLike): Channel {
  let closed = false;
  const closeListeners: Array<() => void> = [];
  const fireClose = () => {
    if (closed) return;
    closed = true;
    for (const l of closeListeners.splice(0)) l();
  };
  port.onDisconnect.addListener(fireClose);
  return {
    post(message: Envelope) {
      if (closed) return;
      try {
        port.postMessage(message);
      } catch {
        fireClose();
      }
    },
    onMessage(listener) {
      port.onMessage.addListener((raw) => {
        if (isEnvelope(raw)) listener(raw);
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
