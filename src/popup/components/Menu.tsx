import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A disclosure menu (details/summary): it closes when the person clicks or moves focus outside it, or presses
 * Escape (focus then returns to its button), so an open menu never covers the screen.
 */
export function Menu({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const el = ref.current;
    if (e.key !== 'Escape' || !el?.open) return;
    el.open = false;
    el.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className={`menu ${className ?? ''}`.trim()} onKeyDown={onKeyDown}>
      <summary aria-label={label}>⋯</summary>
      {children}
    </details>
  );
}
