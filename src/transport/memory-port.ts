import type { PortLike } from './port-channel.ts';

type Listener<T> = (value: T) => void;

function event<T>() {
  const listeners: Array<Listener<T>> = [];
  return {
    addListener: (l: Listener<T>) => void listeners.push(l),
    fire: (value: T) => listeners.slice().forEach((l) => l(value)),
  };
}

/** Two connected in-memory ports that behave like runtime.Port (structured-clone, async delivery). Used by tests. */
export function memoryPortPair(name: string, sender?: unknown): [PortLike, PortLike & { sender?: unknown }] {
  const make = () => ({ onMessage: event<unknown>(), onDisconnect: event<void>(), open: true });
  const a = make();
  const b = make();
  const link = (self: ReturnType<typeof make>, peer: ReturnType<typeof make>): PortLike => ({
    name,
    postMessage(message: unknown) {
      if (!self.open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      queueMicrotask(() => peer.open && peer.onMessage.fire(copy));
    },
    disconnect() {
      if (!self.open) return;
      self.open = false;
      peer.open = false;
      queueMicrotask(() => peer.onDisconnect.fire());
    },
    onMessage: { addListener: self.onMessage.addListener },
    onDisconnect: { addListener: self.onDisconnect.addListener },
  });
  return [link(a, b), { ...link(b, a), sender }];
}
