import { useSyncExternalStore } from 'react';
import { isOnline, watchConnection } from './connection';

/** "Not now" on the install offer holds this long. */
export const INSTALL_QUIET_DAYS = 30;
export const INSTALL_DECLINED_KEY = 'mup.install.declined';

/** A prompt Chromium offers before installing an app (not in TypeScript's DOM types). */
export interface InstallPrompt extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface AppStatus {
  /** A new version is installed and waits: reloading switches to it. */
  update: (() => void) | null;
  install: InstallPrompt | null;
}

let status: AppStatus = { update: null, install: null };
const listeners = new Set<() => void>();

export function setAppStatus(change: Partial<AppStatus>) {
  status = { ...status, ...change };
  listeners.forEach((l) => l());
}

export function useAppStatus(): AppStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

export function useOnline(): boolean {
  return useSyncExternalStore(watchConnection, isOnline);
}
