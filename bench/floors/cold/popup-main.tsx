import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The cold floor: the smallest React 19 popup that asks its worker one question and renders the answer.
const root = createRoot(document.getElementById('root')!);
const port = chrome.runtime.connect({ name: 'floor' });
port.onMessage.addListener((message: { answer?: unknown }) => {
  root.render(
    <StrictMode>
      <p data-testid="floor-answer">{String(message.answer)}</p>
    </StrictMode>,
  );
});
port.postMessage('what should I show?');
