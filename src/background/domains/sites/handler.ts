import { ProtocolError } from '../../../protocol/errors.ts';
import type { PrivTable } from '../../router/types.ts';
import { findSite, putSite, removeSite } from './store.ts';

type SitesHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(sites.${string})`>>;

export const sitesHandlers: SitesHandlers = {
  'pri(sites.subscribe)': async (_req, { services, emit, onCancel }) => {
    // Sealed: [] while the wallet is locked, the sites again once it is unlocked.
    onCancel(services.sites.watch((s) => emit(s?.sites ?? [])));
    return (await services.sites.peek())?.sites ?? [];
  },
  'pri(sites.update)': async ({ origin, accountIds }, { services }) => {
    const site = await findSite(services.sites, origin);
    if (!site) throw new ProtocolError('not-found', 'That site is not authorised.');
    return (await putSite(services.sites, { ...site, accountIds })).sites;
  },
  'pri(sites.revoke)': async ({ origin }, { services }) => (await removeSite(services.sites, origin)).sites,
};
