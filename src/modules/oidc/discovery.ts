import * as client from 'openid-client';
import type { Config } from '../../server/config.js';
import { isLocalHttpUrl } from '../../shared/urls.js';

export interface ProviderSettings {
  orgId: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  updatedAt: Date;
}

/** Discovery documents change rarely; an hour keeps sign-in fast and picks up key rotations. */
const DISCOVERY_TTL_MS = 60 * 60_000;
const cache = new Map<string, { key: string; config: client.Configuration; expiresAt: number }>();

/** Plain http only for a provider on this machine, and never in production. */
export function allowsInsecure(config: Config, issuer: string): boolean {
  return config.env !== 'production' && isLocalHttpUrl(issuer);
}

/**
 * The openid-client configuration of an organisation's provider, discovered from its issuer
 * and cached per organisation. A changed setting (issuer, client, secret) makes a new entry.
 */
export async function providerConfiguration(config: Config, settings: ProviderSettings, now = Date.now()) {
  const key = [
    settings.issuer,
    settings.clientId,
    settings.clientSecret ?? '',
    settings.updatedAt.getTime(),
  ].join('\n');
  const hit = cache.get(settings.orgId);
  if (hit && hit.key === key && hit.expiresAt > now) return hit.config;

  const auth = settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None();
  const discovered = await client.discovery(new URL(settings.issuer), settings.clientId, undefined, auth, {
    timeout: 10,
    ...(allowsInsecure(config, settings.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
  });
  cache.set(settings.orgId, { key, config: discovered, expiresAt: now + DISCOVERY_TTL_MS });
  return discovered;
}

export function forgetProviderConfiguration(orgId: string) {
  cache.delete(orgId);
}
