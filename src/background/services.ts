import type { VaultKey, VaultPlaintext } from '../core/vault/index.ts';
import { settingsSchema } from '../protocol/domains/settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '../protocol/domains/settings-values.ts';
import { PendingMnemonics } from './domains/accounts/pending.ts';
import type { StorageAreaLike } from './store/storage-area.ts';
import { Store } from './store/store.ts';
import { PasswordAttempts } from './vault/attempts.ts';
import type { VaultCodec } from './vault/codec.ts';
import { coreVaultCodec } from './vault/core-codec.ts';
import { SessionKey } from './vault/session-key.ts';
import { Vault } from './vault/vault.ts';

/** Everything the background holds. Only extension pages' handlers see all of it. */
export interface Services {
  settings: Store<Settings>;
  vault: Vault<VaultPlaintext, VaultKey>;
  pending: PendingMnemonics;
  system: { version: string; startedAt: number; instanceId: string };
}

/** What handlers serving web pages may touch: nothing that holds keys or the password. */
export type PublicServices = Pick<Services, 'system'>;

export interface ServiceDeps {
  local: StorageAreaLike;
  session: StorageAreaLike;
  version: string;
  scheduleLock?: (at: number | null) => Promise<void>;
  codec?: VaultCodec<VaultPlaintext, VaultKey>;
  now?: () => number;
}

export function createServices(deps: ServiceDeps): Services {
  const now = deps.now ?? Date.now;
  const settings = new Store(deps.local, { key: 'settings', schema: settingsSchema, defaults: () => ({ ...DEFAULT_SETTINGS }) });
  const vault = new Vault({
    local: deps.local,
    session: new SessionKey(deps.session),
    attempts: new PasswordAttempts(deps.session, now),
    codec: deps.codec ?? coreVaultCodec,
    autoLockMinutes: async () => (await settings.get()).autoLockMinutes,
    scheduleLock: deps.scheduleLock ?? (async () => undefined),
    now,
  });
  return {
    settings,
    vault,
    pending: new PendingMnemonics(now),
    system: { version: deps.version, startedAt: now(), instanceId: crypto.randomUUID() },
  };
}

export function publicServices(services: Services): PublicServices {
  return { system: services.system };
}
