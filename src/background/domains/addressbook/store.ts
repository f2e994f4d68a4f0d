import { z } from 'zod';
import type { AddressBookEntry } from '../../../protocol/domains/chain-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import { Store } from '../../store/store.ts';

const entrySchema: z.ZodType<AddressBookEntry> = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(64),
  address: z.string().min(1),
  note: z.string().max(256).optional(),
});

/** The person's address book, sealed (readable only while the wallet is unlocked). */
export function addressBookStore(local: StorageAreaLike, sealer?: Sealer): Store<AddressBookEntry[]> {
  return new Store(local, { key: 'addressBook', schema: z.array(entrySchema).max(1_000), defaults: () => [], sealer });
}
