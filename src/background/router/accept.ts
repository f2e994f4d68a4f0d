import { PORT_CONTENT, PORT_EXTENSION } from '../../protocol/ports.ts';
import type { PortLike } from '../../transport/port-channel.ts';
import type { ExtensionCaller, PageCaller } from './types.ts';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export interface AcceptEnv {
  extensionId: string;
  /** chrome-extension://<id>/ */
  extensionOrigin: string;
}

/**
 * Decides who is on the other end of a new port, from the browser's sender record only.
 * Returns null for anything that is not one of our port names from our own extension.
 */
export function identifyCaller(
  port: PortLike & { sender?: SenderLike },
  env: AcceptEnv,
): ExtensionCaller | PageCaller | null {
  const sender = port.sender;
  if (!sender || sender.id !== env.extensionId || typeof sender.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (port.name === PORT_EXTENSION) {
    return `${url.protocol}//${url.host}/` === env.extensionOrigin ? { kind: 'extension', url: sender.url } : null;
  }
  if (port.name === PORT_CONTENT) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return null;
    // An opaque origin (a sandboxed frame, a data: document) is refused: it is not the origin its URL names.
    const origin = sender.origin ?? url.origin;
    if (origin === 'null' || originOf(origin) !== origin) return null;
    // A frame of another origin: the top-level page is shown beside it, so the person sees where they are.
    const top = sender.frameId !== undefined && sender.frameId !== 0 ? originOf(sender.tab?.url) : null;
    return { kind: 'page', origin, tabId, url: sender.url, ...(top && top !== origin ? { topOrigin: top } : {}) };
  }
  return null;
}
