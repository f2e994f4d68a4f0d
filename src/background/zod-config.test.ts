import { describe, expect, it } from 'vitest';

describe('zod in the service worker', () => {
  it('builds and runs every message schema without evaluating a string (the extension CSP forbids it)', async () => {
    const evaluated: unknown[] = [];
    const RealFunction = globalThis.Function;
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args, newTarget) {
        evaluated.push(args);
        return Reflect.construct(target, args, newTarget);
      },
    });
    try {
      await import('./zod-config.ts');
      const { contract } = await import('../protocol/index.ts');
      for (const def of Object.values(contract)) {
        def.request.safeParse({});
        def.request.safeParse(null);
      }
      expect(Object.keys(contract).length).toBeGreaterThan(50);
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(evaluated).toEqual([]);
  });
});
