import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { hasLocale, loadLocale, resolveLocale, translate } from './index.tsx';
import { zhCN } from './zh-CN.ts';

describe('i18n', () => {
  it('has every English key in Simplified Chinese, with the same placeholders, and none left in English', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
    const untranslated = (Object.keys(en) as Array<keyof typeof en>).filter(
      (k) => zhCN[k] === en[k] && /[a-z]{4,}/.test(en[k].replace(/TaoVault|\{\w+\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it('picks the locale from the setting or the browser and fills placeholders', () => {
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(translate('en', 'errors.too-many-attempts', { seconds: 8 })).toContain('8 s');
  });

  it('loads Chinese only when asked, and speaks English until then', async () => {
    expect(hasLocale('en')).toBe(true);
    expect(hasLocale('zh-CN')).toBe(false);
    expect(translate('zh-CN', 'nav.back')).toBe('Back');
    await loadLocale('zh-CN');
    expect(hasLocale('zh-CN')).toBe(true);
    expect(translate('zh-CN', 'nav.back')).toBe('返回');
    expect(translate('zh-CN', 'footer.version', { version: '1.2.3' })).toBe('TaoVault 1.2.3');
  });
});
