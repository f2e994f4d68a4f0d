import { useEffect, useState } from 'react';
import type { Req, Sub, SubscriptionName } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

/** The live value of a subscription message; null until the first answer. */
export function useSubscription<N extends SubscriptionName>(name: N, request: Req<N>): Sub<N> | null {
  const [value, setValue] = useState<Sub<N> | null>(null);
  useEffect(() => {
    let live = true;
    const sub = api.subscribe(name, request, (v) => live && setValue(v));
    sub.ready.then((v) => live && setValue(v as unknown as Sub<N>), () => undefined);
    return () => {
      live = false;
      sub.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  return value;
}
