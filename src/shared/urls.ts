/*
 * Addresses people type into settings: a link must be https; plain http is accepted only for a
 * service on this machine (a local identity provider while developing — the server refuses it in
 * production where that matters).
 */

/** Hosts that may be reached over plain http, and then only outside production. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

export function isLocalHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
