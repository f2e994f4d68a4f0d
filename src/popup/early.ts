import { askOnce, prime } from './state/live.ts';

// Evaluated first (main.tsx imports it before React): asks for everything the first screen shows, all at once,
// so the answers travel while React and the screens are evaluated.
prime(
  window.location.hash.startsWith('#/approve')
    ? ['pri(vault.subscribe)', 'pri(settings.subscribe)', 'pri(accounts.subscribe)', 'pri(approvals.subscribe)']
    : ['pri(vault.subscribe)', 'pri(settings.subscribe)', 'pri(accounts.subscribe)', 'pri(networks.subscribe)', 'pri(portfolio.subscribe)', 'pri(staking.history)'],
);
askOnce('pri(system.info)', null, 5_000);
