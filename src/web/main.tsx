import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { App } from './app';
import { loadInitialLanguage } from './i18n';

// Which build the page runs, for whoever asks which version a phone has (a deploy may name it in
// VITE_MUP_BUILD; the update journey does, to tell its two builds apart).
document.documentElement.dataset.build = String(import.meta.env.VITE_MUP_BUILD ?? 'local');

// The service worker (installable app, offline use) only in a build: after the first page, in a
// chunk of its own, so the first page loads no more for it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./offline/register').then((m) => m.registerServiceWorker());
}

// The texts of the language the person uses come first (one language, not both), then the app.
void loadInitialLanguage().then((language) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App language={language} />
    </StrictMode>,
  ),
);
