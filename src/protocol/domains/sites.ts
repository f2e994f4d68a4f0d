import { z } from 'zod';
import { message } from '../contract.ts';
import type { SiteView } from './approvals-values.ts';

const origin = z.string().min(1).max(512);

/** Settings: the sites the person authorised, with the accounts each may see. */
export const sitesMessages = {
  'pri(sites.subscribe)': message<SiteView[], SiteView[]>()(() => z.null()),
  'pri(sites.update)': message<SiteView[]>()(() =>
    z.object({ origin, accountIds: z.array(z.string().min(1).max(64)).max(1_000) }).strict(),
  ),
  'pri(sites.revoke)': message<SiteView[]>()(() => z.object({ origin }).strict()),
};
