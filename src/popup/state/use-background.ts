import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../protocol/index.ts';
import { api } from '../api/client.ts';

/** Whether the service worker answers, and its version. */
export function useBackground(): { info: SystemInfo | null; failed: boolean } {
  const [state, setState] = useState<{ info: SystemInfo | null; failed: boolean }>({ info: null, failed: false });
  useEffect(() => {
    let live = true;
    api.send('pri(system.info)', null, 5_000).then(
      (info) => live && setState({ info, failed: false }),
      () => live && setState({ info: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
