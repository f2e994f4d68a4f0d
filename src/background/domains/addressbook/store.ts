import { z } from 'zod';
import type { AddressBookEntry } from '../../../protocol/domains/chain-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { Store } from '../../store/store.ts';

const entrySchema: z.ZodType<AddressBookEntry> = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(64),
  address: z.string().min(1),
  note: z.string().max(256).optional(),
});

export function addressBookStore(local: StorageAreaLike): Store<AddressBookEntry[]> {
  return new Store(local, { key: 'addressBook', schema: z.array(entrySchema).max(1_000), defaults: () => [] });
}
