import { Workbox } from 'workbox-window';
import { INSTALL_DECLINED_KEY, INSTALL_QUIET_DAYS, setAppStatus, type InstallPrompt } from './status';

/** Asked again now and then, so a tab left open for days learns of a new version. */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * Registers the service worker (production builds only; main.tsx loads this lazily). A new version
 * installs beside the running one and waits; the person is told, and their reload lets it take
 * over, so one page never runs on a mix of old and new files.
 */
export function registerServiceWorker() {
  captureInstallPrompt();
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    setAppStatus({
      update: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register()
    .then((registration) => {
      if (registration) window.setInterval(() => void registration.update(), UPDATE_CHECK_MS);
    })
    // Where the browser refuses a worker (a policy, private browsing, an automated browser that
    // blocks them) MUP works as before, online only.
    .catch(() => undefined);
}

function captureInstallPrompt() {
  window.addEventListener('beforeinstallprompt', (event) => {
    // The browser's own banner is held back; the app offers installing once, quietly.
    event.preventDefault();
    const declined = Number(localStorage.getItem(INSTALL_DECLINED_KEY) ?? 0);
    if (Date.now() - declined < INSTALL_QUIET_DAYS * 86_400_000) return;
    setAppStatus({ install: event as InstallPrompt });
  });
  window.addEventListener('appinstalled', () => setAppStatus({ install: null }));
}
