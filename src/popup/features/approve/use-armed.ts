import { createContext, useContext, useEffect, useState } from 'react';

/** How long a request's buttons stay disabled after it appears or the window gains focus. */
export const ARM_DELAY_MS = 1_000;

/**
 * False for about a second after the request shown changes or the window gains focus, then true: a click (or a
 * double click) meant for the previous request, or for another window, never lands on a request not yet seen.
 */
export function useArmed(requestId: string | undefined): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const disarm = () => {
      setArmed(false);
      clearTimeout(timer);
      timer = setTimeout(() => setArmed(true), ARM_DELAY_MS);
    };
    disarm();
    window.addEventListener('focus', disarm);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', disarm);
    };
  }, [requestId]);
  return armed;
}

/** Whether the shown request's Approve and Reject buttons may be used now (provided by the approval window). */
export const ArmedContext = createContext(true);

export function useArmedContext(): boolean {
  return useContext(ArmedContext);
}
