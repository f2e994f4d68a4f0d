import { useState, type FormEvent } from 'react';
import type { BtcliProgress, KeyType } from '../../../protocol/domains/accounts-values.ts';
import { api } from '../../api/client.ts';
import { bytesToBase64 } from '../../components/Downloads.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../state/route.ts';
import { KeyTypeSelect } from './KeyTypeSelect.tsx';

type Kind = 'mnemonic' | 'seed' | 'json' | 'btcli' | 'watch';
const KINDS: Kind[] = ['mnemonic', 'btcli', 'json', 'seed', 'watch'];

async function readFile(input: HTMLInputElement | null): Promise<Uint8Array | null> {
  const file = input?.files?.[0];
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
}

export function ImportAccount() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('mnemonic');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [path, setPath] = useState('');
  const [password, setPassword] = useState('');
  const [type, setType] = useState<KeyType>('sr25519');
  const [fileInput, setFileInput] = useState<HTMLInputElement | null>(null);
  const [progress, setProgress] = useState<BtcliProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const done = () => navigate('/');
  const fail = (e: unknown) => {
    setError(e);
    setBusy(false);
    setProgress(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const derivationPath = path.trim() || undefined;
    if (kind !== 'json' && !name.trim()) return setError(t('accounts.nameRequired'));
    setBusy(true);
    try {
      if (kind === 'mnemonic')
        await api.send('pri(accounts.importMnemonic)', { mnemonic: secret, derivationPath, name, type });
      else if (kind === 'seed')
        await api.send('pri(accounts.importSeed)', { seed: secret.trim(), derivationPath, name, type });
      else if (kind === 'watch') await api.send('pri(accounts.addWatch)', { address: secret.trim(), name });
      else {
        const bytes = await readFile(fileInput);
        if (!bytes) return fail(t('import.chooseFile'));
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
      done();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <main>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label>
          {t('import.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
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
          onChange={(e) => setName(e.target.value)}
        />
        {kind === 'mnemonic' && (
          <label>
            {t('import.mnemonic')}
            <textarea
              rows={3}
              autoComplete="off"
              spellCheck={false}
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          </label>
        )}
        {kind === 'seed' && (
          <Field
            label={t('import.seed')}
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        {kind === 'watch' && (
          <Field
            label={t('import.address')}
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        {(kind === 'mnemonic' || kind === 'seed') && (
          <>
            <Field label={t('import.path')} placeholder="//0" value={path} onChange={(e) => setPath(e.target.value)} />
            <KeyTypeSelect value={type} onChange={setType} />
          </>
        )}
        {(kind === 'json' || kind === 'btcli') && (
          <>
            <label>
              {kind === 'json' ? t('import.jsonFile') : t('import.btcliFile')}
              <input ref={setFileInput} type="file" />
            </label>
            <Field
              label={kind === 'json' ? t('import.jsonPassword') : t('import.btcliPassword')}
              type="password"
              autoComplete="off"
              value={password}
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
