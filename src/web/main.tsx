import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { App } from './app';

// The service worker (installable app, offline use) only in a build: after the first page, in a
// chunk of its own, so the first page loads no more for it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./offline/register').then((m) => m.registerServiceWorker());
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
