import { useState, type FormEvent } from 'react';
import type { BtcliProgress, KeyType } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { bytesToBase64 } from '../../components/Downloads.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field, TextAreaField } from '../../components/Field.tsx';
import { errorText, useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import {
  checkImportField,
  fieldOfReason,
  IMPORT_KINDS,
  isImportKind,
  phraseWords,
  type ImportField,
  type ImportKind,
} from './import-checks.ts';
import { KeyTypeSelect } from './KeyTypeSelect.tsx';

async function readFile(input: HTMLInputElement | null): Promise<Uint8Array | null> {
  const file = input?.files?.[0];
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
}

function reasonOf(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = error.data;
  return typeof data === 'object' && data !== null && 'reason' in data ? data.reason : undefined;
}

type FieldErrors = Partial<Record<ImportField, string>>;

/** Import a key: each field checked when it loses focus, every secret cleared when the kind changes. */
export function ImportAccount({ initialKind, onDone }: { initialKind?: string; onDone?: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>(isImportKind(initialKind) ? initialKind : 'mnemonic');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [path, setPath] = useState('');
  const [password, setPassword] = useState('');
  const [type, setType] = useState<KeyType>('sr25519');
  const [fileInput, setFileInput] = useState<HTMLInputElement | null>(null);
  const [progress, setProgress] = useState<BtcliProgress | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const values = { kind, name, secret, path };
  const setField = (field: ImportField, message: string | undefined) => setFields((f) => ({ ...f, [field]: message }));
  const check = (field: ImportField): string | undefined => {
    const found = checkImportField(field, values);
    return found ? t(found.key, { n: found.n ?? 0 }) : undefined;
  };
  const blur = (field: ImportField) => () => {
    const message = check(field);
    setField(field, message);
    // The words themselves are checked by the background (it holds the BIP-39 list): unknown ones are named.
    if (field === 'secret' && kind === 'mnemonic' && secret.trim())
      void api.send('pri(accounts.checkWords)', { mnemonic: secret }).then(({ unknown }) => {
        if (unknown.length === 0) return;
        const words = phraseWords(secret);
        const named = unknown.map((i) => `#${i + 1} “${words[i] ?? ''}”`).join(', ');
        setField('secret', t('import.unknownWords', { words: named }));
      });
  };

  // A phrase typed in one mode must never show up in another mode's field: every secret goes with the kind.
  const changeKind = (next: string) => {
    if (!isImportKind(next)) return;
    setKind(next);
    setSecret('');
    setPath('');
    setPassword('');
    if (fileInput) fileInput.value = '';
    setFields({});
    setError(null);
    setProgress(null);
  };

  const fail = (e: unknown) => {
    const field = fieldOfReason(reasonOf(e));
    if (field) setField(field, errorText(t, e));
    else setError(e);
    setBusy(false);
    setProgress(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const found: FieldErrors = {};
    for (const f of ['name', 'secret', 'path'] as const) found[f] = check(f);
    setFields(found);
    if (Object.values(found).some(Boolean)) return;
    const derivationPath = path.trim() || undefined;
    setBusy(true);
    try {
      if (kind === 'mnemonic')
        await api.send('pri(accounts.importMnemonic)', { mnemonic: secret, derivationPath, name, type });
      else if (kind === 'seed')
        await api.send('pri(accounts.importSeed)', { seed: secret.trim(), derivationPath, name, type });
      else if (kind === 'watch') await api.send('pri(accounts.addWatch)', { address: secret.trim(), name });
      else {
        const bytes = await readFile(fileInput);
        if (!bytes) {
          setField('file', t('import.chooseFile'));
          return fail(null);
        }
        if (kind === 'json') {
          await api.send('pri(accounts.importJson)', {
            json: new TextDecoder().decode(bytes),
            password,
            ...(name.trim() ? { name } : {}),
          });
        } else {
          const sub = api.subscribe(
            'pri(accounts.importBtcli)',
            { file: bytesToBase64(bytes), ...(password ? { password } : {}), name },
            setProgress,
          );
          try {
            await sub.ready;
          } finally {
            sub.unsubscribe();
          }
        }
      }
      if (onDone) onDone();
      else navigate('/');
    } catch (err) {
      fail(err);
    }
  };

  const secretProps = {
    autoComplete: 'off',
    spellCheck: false,
    value: secret,
    error: fields.secret,
    onBlur: blur('secret'),
  };
  return (
    <main>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <label>
          {t('import.kind')}
          <select value={kind} onChange={(e) => changeKind(e.target.value)}>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`import.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <Field
          label={kind === 'json' ? t('import.nameOptional') : t('accounts.name')}
          value={name}
          maxLength={64}
          error={fields.name}
          onBlur={blur('name')}
          onChange={(e) => setName(e.target.value)}
        />
        {kind === 'mnemonic' && (
          <TextAreaField
            key="mnemonic"
            label={t('import.mnemonic')}
            rows={3}
            {...secretProps}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        {kind === 'seed' && (
          <Field key="seed" label={t('import.seed')} {...secretProps} onChange={(e) => setSecret(e.target.value)} />
        )}
        {kind === 'watch' && (
          <Field key="watch" label={t('import.address')} {...secretProps} onChange={(e) => setSecret(e.target.value)} />
        )}
        {(kind === 'mnemonic' || kind === 'seed') && (
          <>
            <Field
              label={t('import.path')}
              placeholder="//0"
              value={path}
              error={fields.path}
              onBlur={blur('path')}
              onChange={(e) => setPath(e.target.value)}
            />
            <KeyTypeSelect value={type} onChange={setType} />
          </>
        )}
        {(kind === 'json' || kind === 'btcli') && (
          <>
            <Field
              key={kind}
              ref={setFileInput}
              label={kind === 'json' ? t('import.jsonFile') : t('import.btcliFile')}
              type="file"
              error={fields.file}
            />
            <Field
              label={kind === 'json' ? t('import.jsonPassword') : t('import.btcliPassword')}
              type="password"
              autoComplete="off"
              value={password}
              error={fields.password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </>
        )}
        {progress && (
          <label>
            {t(`import.phase.${progress.phase}`)}
            <progress max={1} value={progress.fraction} aria-label={t('import.progress')} />
          </label>
        )}
        <ErrorLine error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('import.submit')}
        </button>
      </form>
    </main>
  );
}
