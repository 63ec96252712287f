import { forgetPerson } from './queue';

/** The service worker's cache of API reads (pwa-options.ts). */
export const API_CACHE = 'mup-api';
/** The person whose reads the cache holds on this device. */
const PERSON_KEY = 'mup.offline.person';

/**
 * Signing out leaves nothing of the person on the device: their queued writes, the API reads the
 * service worker kept, and the drafts kept for a reload (sessionStorage). The app's own files stay:
 * they are the same for everyone.
 */
export async function clearDeviceFor(personId: string): Promise<void> {
  await forgetPerson(personId);
  await dropApiCache();
  sessionStorage.clear();
  localStorage.removeItem(PERSON_KEY);
}

/**
 * Another account signed in on this device: what the cache kept was read by someone else, so it
 * goes before this person's pages are kept there.
 */
export async function claimCacheFor(personId: string): Promise<void> {
  const holder = localStorage.getItem(PERSON_KEY);
  if (holder !== personId) {
    if (holder) await dropApiCache();
    localStorage.setItem(PERSON_KEY, personId);
  }
}

async function dropApiCache() {
  if ('caches' in window) await caches.delete(API_CACHE);
}
