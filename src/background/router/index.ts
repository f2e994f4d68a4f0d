import { portChannel, type PortLike } from '../../transport/port-channel.ts';
import { serveChannel } from '../../transport/server.ts';
import type { Services } from '../services.ts';
import { identifyCaller, type AcceptEnv, type SenderLike } from './accept.ts';
import { createDispatcher } from './dispatch.ts';

/** Accepts a new runtime.Port: unknown names or senders are disconnected before any message is read. */
export function acceptPort(port: PortLike & { sender?: SenderLike }, services: Services, env: AcceptEnv): boolean {
  const caller = identifyCaller(port, env);
  if (!caller) {
    port.disconnect();
    return false;
  }
  serveChannel(portChannel(port), createDispatcher(services, caller));
  return true;
}
