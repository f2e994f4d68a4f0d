import type { PrivTable } from '../../router/types.ts';
import { isPending } from '../tx/history.ts';

type TransfersHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(transfers.${string})`>>;

export const transfersHandlers: TransfersHandlers = {
  'pri(transfers.prepare)': async (req, { services }) => services.transfers.prepare(req),
  'pri(transfers.send)': async (req, { services }) => services.transfers.send(req),
  'pri(transfers.history)': async (_req, { services, emit, onCancel }) => {
    // Sealed: [] while the wallet is locked, the records again once it is unlocked.
    onCancel(services.transferHistory.watch((v) => emit(v ?? [])));
    return (await services.transferHistory.peek()) ?? [];
  },
  'pri(transfers.clearHistory)': async (_req, { services }) =>
    services.transferHistory.update((list) => list.filter(isPending)),
};
