import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The smallest React 19 page: the floor the popup is measured against.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>floor</h1>
  </StrictMode>,
);
