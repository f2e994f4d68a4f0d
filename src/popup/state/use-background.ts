import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../protocol/index.ts';
import { askOnce } from './live.ts';

type State = { info: SystemInfo | null; failed: boolean };

/** Whether the service worker answers, and its version (asked once per page, as early as early.ts can). */
export function useBackground(): State {
  const answer = askOnce('pri(system.info)', null, 5_000);
  const now = (): State =>
    answer.settled
      ? answer.settled.ok
        ? { info: answer.settled.value, failed: false }
        : { info: null, failed: true }
      : { info: null, failed: false };
  const [state, setState] = useState<State>(now);
  useEffect(() => {
    let live = true;
    answer.promise.then(
      (info) => live && setState((s) => (s.info === info ? s : { info, failed: false })),
      () => live && setState({ info: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [answer]);
  return state;
}
