import './early.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { whenPrimed } from './state/live.ts';

// First paint with the data when it comes quickly (one commit, no "Loading…" flash); a slow worker start
// (it may have been stopped) gets the loading screen after 80 ms instead of a blank popup.
void whenPrimed(80).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
