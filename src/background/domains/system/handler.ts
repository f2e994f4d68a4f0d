import type { PrivTable } from '../../router/types.ts';
import { cryptoBackend } from '../../crypto-ready.ts';
import { startMarks } from '../../start-mark.ts';

export const systemHandlers: Pick<PrivTable, 'pri(system.info)'> = {
  'pri(system.info)': async (_req, { services }) => ({
    version: services.system.version,
    uptimeMs: Date.now() - services.system.startedAt,
    instanceId: services.system.instanceId,
    crypto: cryptoBackend(),
    start: { ...startMarks },
  }),
};
