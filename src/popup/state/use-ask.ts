import { useEffect, useState } from 'react';
import type { MessageName, Req, Res } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

export interface Asked<T> {
  /** The answer to the request as it is now; null while it is on its way, after a failure, or with nothing asked. */
  value: T | null;
  error: unknown;
}

const keyOf = (name: string, request: unknown) =>
  `${name}:${JSON.stringify(request, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;

/**
 * Asks the background for what a screen shows, once, and again whenever the request changes (null: nothing to
 * ask yet). Only the answer to the request as it is now is returned: an answer (or error) for an account the
 * person has just switched away from never shows on the new one.
 */
export function useAsk<N extends MessageName>(name: N, request: Req<N> | null): Asked<Res<N>> {
  const key = request === null ? null : keyOf(name, request);
  const [answer, setAnswer] = useState<{ key: string | null; value: Res<N> | null; error: unknown }>({
    key: null,
    value: null,
    error: null,
  });
  // Runs when the key changes, with that render's request (the key is a pure function of it).
  useEffect(() => {
    if (key === null || request === null) return;
    let live = true;
    api.send(name, request).then(
      (value) => live && setAnswer({ key, value, error: null }),
      (error: unknown) => live && setAnswer({ key, value: null, error }),
    );
    return () => {
      live = false;
    };
  }, [name, key]);
  const current = answer.key === key;
  return { value: current ? answer.value : null, error: current ? answer.error : null };
}
