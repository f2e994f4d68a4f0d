import { en, type MessageKey } from './en.ts';
import type { T } from './index.tsx';
import type { Locale } from './locale.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * A counted phrase in the person's language: `${key}.one` when the language's plural rules say "one" for n and
 * that key exists (English "1 nominator"), else `key` ("2 nominators"; Chinese has one form).
 */
export function plural(t: T, locale: Locale, key: MessageKey, n: number, params: Record<string, string | number> = {}) {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const one = `${key}.one`;
  const chosen = rule.select(n) === 'one' && isKey(one) ? one : key;
  return t(chosen, { ...params, n });
}

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
