import type { AddressBookEntry } from '../../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { PrivTable } from '../../router/types.ts';
import { parseRecipient } from '../../lib/parse-input.ts';

type AddressBookHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(addressBook.${string})`>>;

function entry(id: string, input: { name: string; address: string; note?: string | undefined }): AddressBookEntry {
  const out: AddressBookEntry = { id, name: input.name, address: parseRecipient(input.address) };
  if (input.note) out.note = input.note;
  return out;
}

function refuseDuplicate(list: AddressBookEntry[], e: AddressBookEntry): void {
  if (list.some((x) => x.id !== e.id && x.address === e.address)) {
    throw new ProtocolError('conflict', 'That address is already in the address book.', {
      reason: 'contact-duplicate',
    });
  }
}

export const addressBookHandlers: AddressBookHandlers = {
  'pri(addressBook.subscribe)': async (_req, { services, emit, onCancel }) => {
    // Sealed: [] while the wallet is locked, the entries again once it is unlocked.
    onCancel(services.addressBook.watch((v) => emit(v ?? [])));
    return (await services.addressBook.peek()) ?? [];
  },
  'pri(addressBook.add)': async (req, { services }) => {
    const e = entry(crypto.randomUUID(), req);
    await services.addressBook.update((list) => {
      refuseDuplicate(list, e);
      return [...list, e];
    });
    return e;
  },
  'pri(addressBook.edit)': async (req, { services }) => {
    const e = entry(req.id, req);
    await services.addressBook.update((list) => {
      if (!list.some((x) => x.id === e.id)) throw new ProtocolError('not-found', 'That contact no longer exists.');
      refuseDuplicate(list, e);
      return list.map((x) => (x.id === e.id ? e : x));
    });
    return e;
  },
  'pri(addressBook.remove)': async ({ id }, { services }) =>
    services.addressBook.update((list) => list.filter((x) => x.id !== id)),
};
