import type { PrivTable } from '../../router/types.ts';

type VaultHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(vault.${string})`>>;

export const vaultHandlers: VaultHandlers = {
  'pri(vault.status)': async (_req, { services }) => services.vault.status(),
  'pri(vault.subscribe)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.vault.onStatus(emit));
    return services.vault.status();
  },
  'pri(vault.create)': async ({ password }, { services }) => services.vault.create(password),
  'pri(vault.unlock)': async ({ password }, { services }) => services.vault.unlock(password),
  'pri(vault.lock)': async (_req, { services }) => services.vault.lock(),
  'pri(vault.activity)': async (_req, { services }) => {
    await services.vault.touch();
    return null;
  },
  'pri(vault.wipe)': async (_req, { services }) => services.wipe(),
  'pri(vault.changePassword)': async ({ oldPassword, newPassword }, { services }) =>
    services.vault.changePassword(oldPassword, newPassword),
};
