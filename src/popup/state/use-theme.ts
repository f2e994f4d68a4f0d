import { useEffect } from 'react';

/** Applies 'light' | 'dark' | 'system' to the document, following the system when asked. */
export function useTheme(theme: 'system' | 'light' | 'dark'): void {
  useEffect(() => {
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
