import { DEFAULT_SETTINGS, type Settings } from '../../protocol/domains/settings-values.ts';
import type { MessageKey } from './en.ts';

/**
 * The popup's languages, which one a setting means, and where each language's strings come from. English
 * ships with the popup; other languages are their own chunk, loaded only when shown. No React and no strings
 * here: early.ts asks for the person's language before React loads.
 */
export type Locale = 'en' | 'zh-CN';
export type Dictionary = Record<MessageKey, string>;

export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language these settings show in this browser (the default setting's while none are known). */
export function localeOf(settings: Pick<Settings, 'language'> | null): Locale {
  return resolveLocale(settings?.language ?? DEFAULT_SETTINGS.language, navigator.language);
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Dictionary>> = {
  'zh-CN': () => import('./zh-CN.ts').then((m) => m.zhCN),
};
const loading = new Map<Locale, Promise<Dictionary>>();

/** Starts (once) loading a language other than English; null for English, which is always there. */
export function loadDictionary(locale: Locale): Promise<Dictionary> | null {
  if (locale === 'en') return null;
  let p = loading.get(locale);
  if (!p) {
    p = loaders[locale]();
    loading.set(locale, p);
    p.catch(() => loading.delete(locale)); // a failed load may be tried again
  }
  return p;
}
