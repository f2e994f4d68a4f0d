import type { Envelope } from '../protocol/envelope.ts';

/** A bidirectional message pipe: a runtime.Port or a window.postMessage pair. */
export interface Channel {
  post(message: Envelope): void;
  onMessage(listener: (message: Envelope) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}
