import { PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { portChannel } from '../../transport/port-channel.ts';

/** The popup's one typed client of the background contract (Chrome's own runtime API: no polyfill to load first). */
export const api = new RpcClient(() => portChannel(chrome.runtime.connect({ name: PORT_EXTENSION })), {
  timeoutMs: 30_000,
});
