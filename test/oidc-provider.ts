import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect identity provider (oidc-provider) on a free 127.0.0.1 port, for tests
 * and browser journeys. It has one static client and simple login and consent pages: the login
 * page asks for an account id (the `sub` of one of `accounts`), with no password.
 */
export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  employee_number?: string;
  name?: string;
}

export interface TestOidcProviderOptions {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
  accounts?: TestAccount[];
  /** Put the profile claims in the ID token too; by default (as the spec says) only userinfo has them. */
  claimsInIdToken?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const clientId = options.clientId ?? 'mup-test';
  const clientSecret = options.clientSecret ?? crypto.randomBytes(24).toString('base64url');
  const accounts = new Map((options.accounts ?? []).map((a) => [a.sub, a]));

  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employee_number'] },
    conformIdTokenClaims: !options.claimsInIdToken,
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });
  const callback = provider.callback();

  handler = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/confirm)?$/.exec(req.url ?? '');
    if (!match) return callback(req, res);
    interaction(provider, accounts, req, res, match[2] ?? '').catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    });
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(
  provider: any,
  accounts: Map<string, TestAccount>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  action: string,
) {
  const details = await provider.interactionDetails(req, res);
  const html = (status: number, content: string) =>
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(content);

  if (req.method === 'GET' && details.prompt.name === 'login') {
    return html(
      200,
      page(
        'Test identity provider: sign in',
        `<form method="post" action="/interaction/${details.uid}/login">
          <label for="login">Account id</label> <input id="login" name="login" autocomplete="username">
          <button type="submit">Sign in</button></form>`,
      ),
    );
  }
  if (req.method === 'GET' && details.prompt.name === 'consent') {
    return html(
      200,
      page(
        'Test identity provider: allow access',
        `<form method="post" action="/interaction/${details.uid}/confirm"><button type="submit">Allow</button></form>`,
      ),
    );
  }
  if (req.method === 'POST' && action === '/login') {
    const login = (await readForm(req)).get('login') ?? '';
    if (!accounts.has(login))
      return html(200, page('Test identity provider: unknown account', '<p>Unknown account.</p>'));
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: login } },
      { mergeWithLastSubmission: false },
    );
  }
  if (req.method === 'POST' && action === '/confirm') {
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, (scopes as string[]).join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }
  return html(400, page('Test identity provider: unexpected step', `<p>${details.prompt.name}</p>`));
}

/** A cookie jar just big enough for one browser talking to one identity provider. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k, v] = a.trim().split('=');
        return k?.toLowerCase() === 'expires' && v !== undefined && new Date(v).getTime() < Date.now();
      });
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Plays the browser from the authorization URL through the provider's login and consent pages,
 * signing in as `login`, and returns the URL the provider sends the browser back to (the app's
 * callback with the code, or with an error).
 */
export async function signInAtProvider(
  authorizationUrl: string,
  login: string,
  redirectUri: string,
): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let init: RequestInit = { method: 'GET' };
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie: jar.header() },
    });
    jar.store(res);
    const location = res.headers.get('location');
    if (location) {
      await res.arrayBuffer();
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`identity provider answered ${res.status}: ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    if (html.includes('name="login"')) fields.set('login', login);
    url = new URL(action, url);
    init = {
      method: 'POST',
      body: fields.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('the identity provider never redirected back');
}
