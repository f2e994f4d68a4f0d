import type { PubTable } from '../../router/types.ts';

/** Thin: every gate lives in the DappGateway capability, the only thing page handlers get besides system info. */
export const dappHandlers: PubTable = {
  'pub(dapp.enable)': async ({ appName }, { caller, services, onCancel }) => {
    await services.dapp.enable(caller, appName, onCancel);
    return { authorised: true };
  },
  'pub(dapp.accounts)': async (_req, { caller, services }) => services.dapp.accounts(caller.origin),
  'pub(dapp.subscribe)': async (_req, { caller, services, emit, onCancel }) =>
    services.dapp.watchAccounts(caller.origin, emit, onCancel),
  'pub(dapp.signPayload)': (payload, { caller, services, onCancel }) =>
    services.dapp.signPayload(caller, payload, onCancel),
  'pub(dapp.signRaw)': async (raw, { caller, services, onCancel }) => ({
    signature: await services.dapp.signRaw(caller, raw, onCancel),
  }),
  'pub(dapp.metadataList)': async (_req, { caller, services }) => services.dapp.knownMetadata(caller.origin),
  'pub(dapp.metadataProvide)': async (def, { caller, services, onCancel }) =>
    services.dapp.provideMetadata(caller, def, onCancel),
};
