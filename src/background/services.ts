import { DEFAULT_SETTINGS, type Settings } from '../protocol/domains/settings-values.ts';
import { settingsSchema } from '../protocol/domains/settings.ts';
import type { StorageAreaLike } from './store/storage-area.ts';
import { Store } from './store/store.ts';

/** Everything the background holds. Only extension pages' handlers see all of it. */
export interface Services {
  settings: Store<Settings>;
  system: { version: string; startedAt: number; instanceId: string };
}

/** What handlers serving web pages may touch: nothing that holds keys or the password. */
export type PublicServices = Pick<Services, 'system'>;

export interface ServiceDeps {
  local: StorageAreaLike;
  version: string;
  now?: () => number;
}

export function createServices(deps: ServiceDeps): Services {
  return {
    settings: new Store(deps.local, { key: 'settings', schema: settingsSchema, defaults: () => ({ ...DEFAULT_SETTINGS }) }),
    system: {
      version: deps.version,
      startedAt: (deps.now ?? Date.now)(),
      instanceId: crypto.randomUUID(),
    },
  };
}

export function publicServices(services: Services): PublicServices {
  return { system: services.system };
}
