import { describe, expect, it } from 'vitest';
import { unknownMnemonicWords } from '../../../core/keystore/derive.ts';
import { checkImportField, fieldOfReason, type ImportValues } from './import-checks.ts';

const PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const base: ImportValues = { kind: 'mnemonic', name: 'Main', secret: PHRASE, path: '' };

describe('import form checks (shown under each field on blur)', () => {
  it('marks the words that are not BIP-39 English words, by position', () => {
    expect(unknownMnemonicWords(PHRASE)).toEqual([]);
    expect(unknownMnemonicWords('bottom drvie obey lake curtain smoke basket hold race lonley fit walk')).toEqual([
      1, 9,
    ]);
    expect(unknownMnemonicWords('  Bottom   DRIVE ')).toEqual([]);
  });

  it('names the field at fault: word count, seed shape, path shape, missing name', () => {
    expect(checkImportField('secret', base)).toBeNull();
    expect(checkImportField('secret', { ...base, secret: 'bottom drive obey' })).toEqual({
      key: 'import.wordCount',
      n: 3,
    });
    expect(checkImportField('secret', { ...base, kind: 'seed', secret: '0x12' })?.key).toBe('reasons.seed-invalid');
    expect(checkImportField('secret', { ...base, kind: 'seed', secret: `0x${'ab'.repeat(32)}` })).toBeNull();
    expect(checkImportField('path', { ...base, path: 'Alice' })?.key).toBe('reasons.path-invalid');
    expect(checkImportField('path', { ...base, path: '//Alice/soft' })).toBeNull();
    expect(checkImportField('name', { ...base, name: '  ' })?.key).toBe('accounts.nameRequired');
    expect(checkImportField('name', { ...base, kind: 'json', name: '' })).toBeNull();
  });

  it('puts a background refusal under the field it is about', () => {
    expect(fieldOfReason('mnemonic-invalid')).toBe('secret');
    expect(fieldOfReason('path-invalid')).toBe('path');
    expect(fieldOfReason('file-wrong-password')).toBe('password');
    expect(fieldOfReason('duplicate-account')).toBeNull();
  });
});
