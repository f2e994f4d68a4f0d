import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, translate, type T } from './index.tsx';
import { plural } from './plural.ts';

describe('plurals with Intl.PluralRules', () => {
  beforeAll(() => loadLocale('zh-CN'));
  it('says "1 nominator" and "2 nominators" in English, one form in Chinese', () => {
    const en: T = (k, p) => translate('en', k, p);
    const zh: T = (k, p) => translate('zh-CN', k, p);
    expect(plural(en, 'en', 'validators.nominators', 1)).toBe('1 nominator');
    expect(plural(en, 'en', 'validators.nominators', 2)).toBe('2 nominators');
    expect(plural(en, 'en', 'validators.nominators', 0)).toBe('0 nominators');
    expect(plural(zh, 'zh-CN', 'validators.nominators', 1)).toBe('1 个提名人');
  });
});
