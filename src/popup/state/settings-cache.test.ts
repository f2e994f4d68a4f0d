import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../protocol/domains/settings-values.ts';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('settings cache', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes the first answer after the first frame, and a later change at once', async () => {
    const { cacheSettings, cachedSettings } = await import('./settings-cache.ts');
    cacheSettings(DEFAULT_SETTINGS);
    expect(cachedSettings()).toBeNull();
    const chinese = { ...DEFAULT_SETTINGS, language: 'zh-CN' as const };
    cacheSettings(chinese); // the person changes the language, then closes the popup at once
    expect(cachedSettings()).toEqual(chinese);
    vi.advanceTimersByTime(1_000); // the first answer's delayed write must not undo the change
    expect(cachedSettings()).toEqual(chinese);
  });

  it('keeps the first answer once its moment has passed', async () => {
    const { cacheSettings, cachedSettings } = await import('./settings-cache.ts');
    cacheSettings(DEFAULT_SETTINGS);
    vi.advanceTimersByTime(250);
    expect(cachedSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('draws nothing from a cached value that is not settings (an old or damaged copy): the live settings decide', async () => {
    const { cachedSettings } = await import('./settings-cache.ts');
    for (const bad of [
      '{"language":"fr","theme":"dark","autoLockMinutes":5,"slippageBps":100}',
      '[]',
      '"x"',
      '{"language":"en"}',
    ]) {
      storage.data.set('taovault.settings', bad);
      expect(cachedSettings()).toBeNull();
    }
    storage.data.set('taovault.settings', JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    expect(cachedSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
