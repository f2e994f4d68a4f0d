import type { Envelope } from '../protocol/envelope.ts';
import type { Channel } from '../transport/channel.ts';
import { backoffMs } from '../transport/backoff.ts';

/**
 * Forwards envelopes between the page and the background without reading them. When the background
 * port closes (the service worker was stopped), unanswered requests fail with 'disconnected' and live
 * subscriptions are re-sent on a new port, after a backoff.
 */
export function relay(page: Channel, connectBackground: () => Channel): void {
  let bg: Channel | null = null;
  let attempt = 0;
  const unanswered = new Map<string, Envelope>();
  const live = new Map<string, Envelope>();

  const open = (): Channel => {
    if (bg) return bg;
    const ch = connectBackground();
    bg = ch;
    ch.onMessage((m) => {
      attempt = 0;
      if (m.kind === 'response') {
        const req = unanswered.get(m.id);
        unanswered.delete(m.id);
        if (req && req.kind === 'request' && req.name.endsWith('.subscribe)')) live.set(m.id, req);
      } else if (m.kind === 'error') {
        unanswered.delete(m.id);
        live.delete(m.id);
      }
      page.post(m);
    });
    ch.onClose(() => {
      if (bg !== ch) return;
      bg = null;
      for (const id of unanswered.keys()) {
        page.post({
          kind: 'error',
          id,
          error: { code: 'disconnected', message: 'TaoVault restarted before it answered; please try again.' },
        });
      }
      unanswered.clear();
      if (live.size === 0) return;
      setTimeout(() => {
        const next = open();
        for (const [id, req] of live) {
          unanswered.set(id, req);
          live.delete(id);
          next.post(req);
        }
      }, backoffMs(attempt++));
    });
    return ch;
  };

  page.onMessage((m) => {
    if (m.kind === 'request') unanswered.set(m.id, m);
    if (m.kind === 'cancel') {
      unanswered.delete(m.id);
      live.delete(m.id);
      if (!bg) return;
    }
    open().post(m);
  });
}
