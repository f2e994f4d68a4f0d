import { z } from 'zod';
import { message } from '../contract.ts';
import type { AddressBookEntry } from './chain-values.ts';

const entry = z
  .object({
    name: z.string().trim().min(1).max(64),
    address: z.string().trim().min(1).max(128),
    note: z.string().max(256).optional(),
  })
  .strict();

export const addressBookMessages = {
  'pri(addressBook.subscribe)': message<AddressBookEntry[], AddressBookEntry[]>()(() => z.null()),
  'pri(addressBook.add)': message<AddressBookEntry>()(() => entry),
  'pri(addressBook.edit)': message<AddressBookEntry>()(() => entry.extend({ id: z.string().min(1).max(64) }).strict()),
  'pri(addressBook.remove)': message<AddressBookEntry[]>()(() => z.object({ id: z.string().min(1).max(64) }).strict()),
};
