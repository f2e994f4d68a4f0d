import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../protocol/domains/accounts-values.ts';
import { isErrorCode } from '../../protocol/errors.ts';
import { en, type MessageKey } from './en.ts';
import { loadDictionary, localeOf, resolveLocale, type Dictionary, type Locale } from './locale.ts';

export { localeOf, resolveLocale, type Locale };

const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

/** Makes a language's strings available to translate() (English always is). */
export async function loadLocale(locale: Locale): Promise<void> {
  const pending = loadDictionary(locale);
  if (pending) dictionaries[locale] = await pending;
}

export function hasLocale(locale: Locale): boolean {
  return dictionaries[locale] !== undefined;
}

/** A key in a language; English where that language is not loaded or lacks the key. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[locale]?.[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The language to show: the wanted one once its strings are loaded (it starts loading here), until then the
 * one shown before (English at first), so a switch never shows keys or half-translated screens.
 */
export function useLoadedLocale(wanted: Locale): Locale {
  const ready = hasLocale(wanted);
  const [, loaded] = useState(0);
  const shown = useRef<Locale>('en');
  if (ready) shown.current = wanted;
  useEffect(() => {
    if (!ready)
      void loadLocale(wanted).then(
        () => loaded((n) => n + 1),
        () => undefined,
      );
  }, [wanted, ready]);
  return shown.current;
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

/** The string and number values of an error's data, for the {placeholders} of its reason's sentence. */
function primitives(data: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/** The sentence for a field the contract's schema refused, by the field's name in the request. */
const FIELD_SENTENCES: Record<string, MessageKey | undefined> = {
  seed: 'reasons.seed-invalid',
  mnemonic: 'reasons.mnemonic-invalid',
  derivationPath: 'reasons.path-invalid',
  name: 'accounts.nameRequired',
  address: 'reasons.address-invalid',
  exportPassword: 'vault.passwordTooShort',
  password: 'vault.passwordTooShort',
};

/** A sentence for any error that reached the popup, in the person's language. */
export function errorText(t: T, error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; data?: Record<string, unknown> } | null;
  if (e && isErrorCode(e.code)) {
    const reason = typeof e.data?.reason === 'string' ? `reasons.${e.data.reason}` : '';
    if (reason in en) return t(reason as MessageKey, primitives(e.data));
    // A request the contract's schema refused names only the field: never show the schema's own wording.
    if (e.code === 'invalid-request' && typeof e.data?.field === 'string') {
      const field = Object.hasOwn(FIELD_SENTENCES, e.data.field) ? FIELD_SENTENCES[e.data.field] : undefined;
      return field ? t(field, { n: MIN_PASSWORD_LENGTH }) : t('errors.invalid-field');
    }
    const detail = typeof e.message === 'string' ? e.message : '';
    const seconds = typeof e.data?.retryInSeconds === 'number' ? e.data.retryInSeconds : 0;
    return t(`errors.${e.code}`, { detail, seconds });
  }
  return t('errors.internal');
}

export type { MessageKey };
