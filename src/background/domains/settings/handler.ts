import type { PrivTable } from '../../router/types.ts';

export const settingsHandlers: Pick<
  PrivTable,
  'pri(settings.get)' | 'pri(settings.update)' | 'pri(settings.subscribe)'
> = {
  'pri(settings.get)': async (_req, { services }) => services.settings.get(),
  'pri(settings.update)': async (patch, { services }) => {
    const next = await services.settings.update((current) => ({ ...current, ...patch }));
    // A new auto-lock time applies at once, shorter or longer, counted from this change.
    if (patch.autoLockMinutes !== undefined) await services.vault.applyAutoLock();
    return next;
  },
  'pri(settings.subscribe)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.settings.subscribe(emit));
    return services.settings.get();
  },
};
