import { useState, type FormEvent } from 'react';
import type { AddressBookEntry } from '../../../protocol/domains/chain-values.ts';
import { api } from '../../api/client.ts';
import { Address } from '../../components/Address.tsx';
import { ErrorLine } from '../../components/ErrorLine.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSubscription } from '../../state/use-subscription.ts';
import { Icon } from '../../components/Icon.tsx';

/** Contacts: add, edit (name and address), delete. Addresses are checked and stored with prefix 42. */
export function AddressBook() {
  const { t } = useI18n();
  const book = useSubscription('pri(addressBook.subscribe)') ?? [];
  const [editing, setEditing] = useState<AddressBookEntry | null>(null);
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reset = () => {
    setEditing(null);
    setName('');
    setAddress('');
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const done = editing
      ? api.send('pri(addressBook.edit)', { id: editing.id, name, address })
      : api.send('pri(addressBook.add)', { name, address });
    done.then(reset, setError);
  };
  return (
    <main>
      {book.length === 0 ? (
        <p className="muted">{t('book.none')}</p>
      ) : (
        <ul aria-label={t('book.list')} className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {book.map((c) => (
            <li key={c.id} className="card row">
              <Address address={c.address} name={c.name} />
              <button
                type="button"
                className="icon"
                aria-label={t('book.edit', { name: c.name })}
                onClick={() => {
                  setEditing(c);
                  setName(c.name);
                  setAddress(c.address);
                }}
              >
                <Icon name="edit" />
              </button>
              <button
                type="button"
                className="icon danger"
                aria-label={t('book.delete', { name: c.name })}
                onClick={() => void api.send('pri(addressBook.remove)', { id: c.id }).catch(setError)}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="stack card"
        onSubmit={save}
        aria-label={editing ? t('book.edit', { name: editing.name }) : t('book.add')}
      >
        <Field label={t('book.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <Field
          label={t('book.address')}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <ErrorLine error={error} />
        <div className="row">
          {editing && (
            <button type="button" onClick={reset}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="primary" style={{ flex: 1 }} disabled={!name || !address}>
            {editing ? t('book.save') : t('book.add')}
          </button>
        </div>
      </form>
    </main>
  );
}
