import { forgetAllBut, forgetPerson } from './queue';

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
 * Who the app found signed in, each time it asks (`fetchMe`), before any page reads through the
 * service worker. Resolves to whether the API cache was emptied. The API cache, the queued writes and the drafts belong to the person who last
 * signed in on this device:
 * - no session (it expired, or ended elsewhere, without signing out here): the pages kept for that
 *   person go, since anyone holding the device could open them offline. Their queued writes and
 *   drafts stay, for them to send when they sign in again;
 * - another person signed in: everything of the one before goes first, unsent writes included (they
 *   could have signed out, which asks; now nobody can be asked, and no one else may read them).
 */
export async function followIdentity(personId: string | null): Promise<'same' | 'changed'> {
  if (personId === null) {
    await dropApiCache();
    return 'changed';
  }
  const holder = localStorage.getItem(PERSON_KEY);
  if (holder === personId) return 'same';
  await forgetAllBut(personId);
  await dropApiCache();
  sessionStorage.clear();
  localStorage.setItem(PERSON_KEY, personId);
  return 'changed';
}

async function dropApiCache() {
  if ('caches' in window) await caches.delete(API_CACHE);
}
