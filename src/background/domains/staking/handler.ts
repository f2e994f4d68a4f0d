import type { PrivTable } from '../../router/types.ts';

type StakingHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(staking.${string})`>>;

export const stakingHandlers: StakingHandlers = {
  'pri(staking.prepare)': async (req, { services }) => services.staking.prepare(req),
  'pri(staking.send)': async (req, { services }) => services.staking.send(req),
  'pri(staking.history)': async (_req, { services, emit, onCancel }) => {
    // Sealed: [] while the wallet is locked, the records again once it is unlocked.
    onCancel(services.stakingHistory.watch((v) => emit(v ?? [])));
    return (await services.stakingHistory.peek()) ?? [];
  },
  'pri(staking.proxies)': async (req, { services }) => services.staking.proxies(req.accountId),
  'pri(staking.rootBaskets)': async (req, { services }) => services.staking.rootBaskets(req.accountId),
  'pri(staking.rootClaimType)': async (req, { services }) => services.staking.rootClaimType(req.accountId),
};
