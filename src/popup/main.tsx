import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prime } from './state/live.ts';

// Ask for what the first screen shows before React renders, all at once (one round trip, not a waterfall).
prime(
  window.location.hash.startsWith('#/approve')
    ? ['pri(vault.subscribe)', 'pri(approvals.subscribe)']
    : ['pri(vault.subscribe)', 'pri(accounts.subscribe)', 'pri(networks.subscribe)', 'pri(portfolio.subscribe)', 'pri(staking.history)'],
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
