import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isErrorCode } from '../../protocol/errors.ts';
import { en, type MessageKey } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'en' | 'zh-CN';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[locale][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const I18nContext = createContext<{ locale: Locale; t: T }>({ locale: 'en', t: (k, p) => translate('en', k, p) });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: ((k, p) => translate(locale, k, p)) as T }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}

/** A sentence for any error that reached the popup, in the person's language. */
export function errorText(t: T, error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; data?: Record<string, unknown> } | null;
  if (e && isErrorCode(e.code)) {
    const reason = typeof e.data?.reason === 'string' ? `reasons.${e.data.reason}` : '';
    if (reason in en) return t(reason as MessageKey);
    const detail = typeof e.message === 'string' ? e.message : '';
    const seconds = typeof e.data?.retryInSeconds === 'number' ? e.data.retryInSeconds : 0;
    return t(`errors.${e.code}`, { detail, seconds });
  }
  return t('errors.internal');
}

export type { MessageKey };
