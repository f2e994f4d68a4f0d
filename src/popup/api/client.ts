import browser from 'webextension-polyfill';
import { PORT_EXTENSION } from '../../protocol/ports.ts';
import { RpcClient } from '../../transport/client.ts';
import { portChannel } from '../../transport/port-channel.ts';

/** The popup's one typed client of the background contract. */
export const api = new RpcClient(() => portChannel(browser.runtime.connect({ name: PORT_EXTENSION })), { timeoutMs: 30_000 });
