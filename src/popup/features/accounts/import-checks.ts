import type { MessageKey } from '../../i18n/en.ts';

export type ImportKind = 'mnemonic' | 'seed' | 'json' | 'btcli' | 'watch';
export const IMPORT_KINDS: ImportKind[] = ['mnemonic', 'btcli', 'json', 'seed', 'watch'];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as string[]).includes(value);
}

export type ImportField = 'name' | 'secret' | 'path' | 'file' | 'password';

export interface ImportValues {
  kind: ImportKind;
  name: string;
  secret: string;
  path: string;
}

const PATH_RE = /^(\/\/?[^/]+)*(\/\/\/.+)?$/u;
const SEED_RE = /^0x[0-9a-fA-F]{64}$/;
const WORD_COUNTS = [12, 15, 18, 21, 24];

export function phraseWords(phrase: string): string[] {
  return phrase.trim().toLowerCase().split(/\s+/u).filter(Boolean);
}

/** What the popup can tell about one field without the background (the phrase's words are checked there). */
export function checkImportField(field: ImportField, v: ImportValues): { key: MessageKey; n?: number } | null {
  if (field === 'name') return v.kind !== 'json' && !v.name.trim() ? { key: 'accounts.nameRequired' } : null;
  if (field === 'path') return v.path.trim() && !PATH_RE.test(v.path.trim()) ? { key: 'reasons.path-invalid' } : null;
  if (field !== 'secret') return null;
  if (v.kind === 'seed') return SEED_RE.test(v.secret.trim()) ? null : { key: 'reasons.seed-invalid' };
  if (v.kind === 'watch') return v.secret.trim() ? null : { key: 'form.required' };
  if (v.kind === 'mnemonic') {
    const n = phraseWords(v.secret).length;
    return WORD_COUNTS.includes(n) ? null : { key: 'import.wordCount', n };
  }
  return null;
}

/** The field a background refusal is about, by its reason, so the sentence shows under that field. */
export function fieldOfReason(reason: unknown): ImportField | null {
  switch (reason) {
    case 'mnemonic-invalid':
    case 'seed-invalid':
    case 'address-invalid':
      return 'secret';
    case 'path-invalid':
      return 'path';
    case 'file-wrong-password':
    case 'password-required':
      return 'password';
    case 'file-unsupported':
    case 'file-malformed':
    case 'key-mismatch':
    case 'not-sr25519':
      return 'file';
    default:
      return null;
  }
}
