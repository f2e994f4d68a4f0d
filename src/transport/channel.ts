import type { Envelope } from '../protocol/envelope.ts';

/** A bidirectional message pipe: a runtime.Port or a window.postMessage pair. */
export interface Channel {
  post(message: Envelope): void;
  /** Several envelopes as one message, where the carrier has a cost per message (a runtime.Port). */
  postAll?(messages: Envelope[]): void;
  onMessage(listener: (message: Envelope) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}
