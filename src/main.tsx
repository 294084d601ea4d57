import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Entry point; the app shell lives in src/ui.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <p>Vis-à-vis</p>
    </StrictMode>,
  );
}
