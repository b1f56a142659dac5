import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { warmUpIntl } from './commons/intlWarmup.ts';

// The first render as a transition: React renders the console in slices of a few milliseconds
// instead of one long task, so the page answers input while it starts (and the login card that
// index.html draws stays on screen until React's replaces it).
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
warmUpIntl();
