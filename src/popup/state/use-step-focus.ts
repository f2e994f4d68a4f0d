import { useEffect, useRef } from 'react';

/**
 * A new step of a flow (form → review → status) starts at its top with focus on its heading: the page's scrolling
 * <main> is often the same element as the step before (React keeps it), so it would open scrolled to where the
 * form was, and focus would fall to <body> when the button that was pressed goes away.
 */
export function useStepFocus<E extends HTMLElement>(key?: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.closest('main')?.scrollTo(0, 0);
    document.getElementById('root')?.scrollTo(0, 0);
  }, [key]);
  return ref;
}
