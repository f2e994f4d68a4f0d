import { z } from 'zod';
import type { SiteView } from '../../../protocol/domains/approvals-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import type { Sealer } from '../../store/sealer.ts';
import { Store } from '../../store/store.ts';

const siteSchema = z.object({
  origin: z.string().min(1).max(512),
  appName: z.string().max(128),
  /** Vault account ids (random, not addresses: nothing about the keys is stored in the clear). */
  accountIds: z.array(z.string().min(1).max(64)),
  authorisedAt: z.number(),
});

const sitesSchema = z.object({ sites: z.array(siteSchema) });
export type SitesState = z.infer<typeof sitesSchema>;

/** The sites the person authorised, remembered per origin in chrome.storage.local, sealed (readable only while unlocked). */
export type SitesStore = Store<SitesState>;

export function createSitesStore(area: StorageAreaLike, sealer?: Sealer): SitesStore {
  return new Store(area, { key: 'dapp.sites', schema: sitesSchema, defaults: () => ({ sites: [] }), sealer });
}

export async function findSite(store: SitesStore, origin: string): Promise<SiteView | undefined> {
  return (await store.get()).sites.find((s) => s.origin === origin);
}

/** Adds or replaces the record of one origin. */
export function putSite(store: SitesStore, site: SiteView): Promise<SitesState> {
  return store.update((s) => ({ sites: [...s.sites.filter((x) => x.origin !== site.origin), site] }));
}

/** Revokes an origin: the previous copy is rewritten too, so no copy of the site stays in storage. */
export function removeSite(store: SitesStore, origin: string): Promise<SitesState> {
  return store.update((s) => ({ sites: s.sites.filter((x) => x.origin !== origin) }), { forget: true });
}
