import { describe, expect, it } from 'vitest';
import { loadLocale, translate } from '../../i18n/index.tsx';
import { chainErrorText } from './tx-text.ts';

describe('chain errors as sentences', () => {
  it("2025–26 runtimes' StakingOperationRateLimitExceeded has its own sentence in English and Chinese", async () => {
    await loadLocale('zh-CN');
    const err = 'subtensorModule.StakingOperationRateLimitExceeded';
    const en = chainErrorText((k, p) => translate('en', k, p), err, 'docs');
    const zh = chainErrorText((k, p) => translate('zh-CN', k, p), err, 'docs');
    expect(en).toMatch(/until the next block/);
    expect(en).not.toContain(err);
    expect(zh).toMatch(/下一个区块/);
  });
});
