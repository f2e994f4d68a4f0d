import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { NetworkStatus } from '../portfolio/NetworkStatus.tsx';
import { Icon } from '../../components/Icon.tsx';

/** Choose the network; add a custom ws:// / wss:// endpoint (checked in the background), remove one. */
export function Networks() {
  const { t } = useI18n();
  const state = useSubscription('pri(networks.subscribe)');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<unknown>(null);
  const select = (id: string) => void api.send('pri(networks.select)', { id }).catch(setError);
  const add = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    api.send('pri(networks.addCustom)', { name, url }).then((n) => {
      setName('');
      setUrl('');
      select(n.id);
    }, setError);
  };
  return (
    <main>
      <NetworkStatus state={state} />
      <fieldset className="stack card" style={{ margin: 0 }}>
        <legend>{t('networks.list')}</legend>
        {state?.networks.map((n) => (
          <div key={n.id} className="row">
            <label className="row" style={{ flexDirection: 'row', flex: 1, fontWeight: 400 }}>
              <input type="radio" name="network" checked={state.selected === n.id} onChange={() => select(n.id)} />
              <span>
                {n.name}
                <br />
                <code className="muted" style={{ fontSize: 11 }}>
                  {n.endpoints[0]}
                </code>
              </span>
            </label>
            {n.kind === 'custom' && (
              <button
                type="button"
                className="icon danger"
                aria-label={t('networks.remove', { name: n.name })}
                onClick={() => void api.send('pri(networks.removeCustom)', { id: n.id }).catch(setError)}
              >
                <Icon name="trash" />
              </button>
            )}
          </div>
        ))}
      </fieldset>
      <form className="stack card" onSubmit={add} aria-label={t('networks.addCustom')}>
        <Field label={t('networks.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <Field
          label={t('networks.url')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder="wss://"
        />
        <ErrorLine error={error} />
        <button type="submit" className="primary" disabled={!name || !url}>
          {t('networks.add')}
        </button>
      </form>
    </main>
  );
}
