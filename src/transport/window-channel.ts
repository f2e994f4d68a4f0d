import { isEnvelope, type Envelope } from '../protocol/envelope.ts';
import type { Channel } from './channel.ts';

/**
 * A channel over window.postMessage between the page script and the content script of one window.
 * Each side tags what it sends with its own source and listens only for the other's, from this window.
 */
export function windowChannel(win: Window, ownSource: string, peerSource: string): Channel {
  const listeners: Array<(m: Envelope) => void> = [];
  const onEvent = (event: MessageEvent) => {
    if (event.source !== win) return;
    const data = event.data as { source?: unknown; message?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.source !== peerSource) return;
    if (!isEnvelope(data.message)) return;
    for (const l of listeners) l(data.message);
  };
  win.addEventListener('message', onEvent);
  return {
    post(message) {
      win.postMessage({ source: ownSource, message }, win.location.origin);
    },
    onMessage(listener) {
      listeners.push(listener);
    },
    onClose() {
      // A window channel lives as long as the page.
    },
    close() {
      win.removeEventListener('message', onEvent);
    },
  };
}
