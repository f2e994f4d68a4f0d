import { INJECTED_NAME, WINDOW_SOURCE_CONTENT, WINDOW_SOURCE_PAGE } from '../protocol/ports.ts';
import { RpcClient } from '../transport/client.ts';
import { windowChannel } from '../transport/window-channel.ts';
import { createProvider } from './provider.ts';

declare const __TAOVAULT_VERSION__: string;

type InjectedWindow = Window & { injectedWeb3?: Record<string, unknown> };

const win = window as InjectedWindow;
const client = new RpcClient(() => windowChannel(window, WINDOW_SOURCE_PAGE, WINDOW_SOURCE_CONTENT), {
  reconnect: false,
});

win.injectedWeb3 = win.injectedWeb3 ?? {};
if (!win.injectedWeb3[INJECTED_NAME]) {
  Object.defineProperty(win.injectedWeb3, INJECTED_NAME, {
    value: Object.freeze(createProvider(client, __TAOVAULT_VERSION__)),
    enumerable: true,
    writable: false,
    configurable: false,
  });
}
