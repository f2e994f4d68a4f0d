import { describe, expect, it } from 'vitest';
import { errorText, translate, type T } from './index.tsx';

const t: T = (k, p) => translate('en', k, p);

describe('errors as sentences', () => {
  it('never shows the schema wording of a refused request: the field decides the sentence', () => {
    const schema = {
      code: 'invalid-request',
      message: 'Invalid request for pri(accounts.importSeed) at seed: a seed is 0x and 64 hex digits.',
      data: { field: 'seed' },
    };
    expect(errorText(t, schema)).toBe('A seed is 0x followed by 64 hex digits.');
    const other = { ...schema, data: { field: 'somethingElse' } };
    expect(errorText(t, other)).not.toMatch(/pri\(|Invalid request/);
    expect(errorText(t, { ...schema, data: { field: 'constructor' } })).toBe(
      'That input is not valid. Check the marked fields and try again.',
    );
  });
});
