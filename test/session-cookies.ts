import type { TestSession } from './factories.js';

/** The session a sign-in (or set-password) response set, as headers for the next calls. */
export function sessionFrom(res: { headers: Headers }, personId = ''): TestSession {
  const cookies = res.headers.getSetCookie();
  const value = (name: string) => {
    const found = cookies.map((c) => new RegExp(`^${name}=([^;]*)`).exec(c)?.[1]).find(Boolean);
    if (!found) throw new Error(`the response set no ${name} cookie`);
    return found;
  };
  const session = value('mup_session');
  const csrf = value('mup_csrf');
  return { cookie: `mup_session=${session}; mup_csrf=${csrf}`, csrf, personId };
}
