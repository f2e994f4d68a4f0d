import { useState } from 'react';

/** One async action at a time: `busy` while it runs, its error (if any) kept for an ErrorLine. */
export function useRun(): { busy: boolean; error: unknown; run: (fn: () => Promise<void>) => Promise<void> } {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
