import { useLayoutEffect } from 'react';

/**
 * Applies 'light' | 'dark' | 'system' to the document, following the system when asked. A layout effect,
 * so the theme lands in the same frame as the first commit (no repaint after it).
 */
export function useTheme(theme: 'system' | 'light' | 'dark'): void {
  useLayoutEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
