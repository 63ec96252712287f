import type { Config } from '../../../server/config.js';
import { open, seal } from '../../../server/crypto/aead.js';
import { masterKeys } from '../../../server/crypto/note-keys.js';

/*
 * The client secret is sealed as private notes' keys are (ADR 0009): AES-256-GCM under the first
 * master key, bound to its organisation, so the database, a dump or a backup never holds it in
 * clear. Sealed under the master key itself, not an organisation's note key, so rotating note
 * keys never strands it; after a master key is dropped, the admin enters the secret again.
 */

const aad = (orgId: string) => `mup-os2mo-client-secret\n${orgId}`;

export function sealSecret(config: Config, orgId: string, secret: string) {
  const [master] = masterKeys(config);
  return { secretSealed: seal(master!.key, secret, aad(orgId)), secretKeyId: master!.id };
}

/** The secret, or null when no configured master key opens it. */
export function openSecret(
  config: Config,
  row: { orgId: string; secretSealed: string; secretKeyId: string },
): string | null {
  const master = masterKeys(config).find((m) => m.id === row.secretKeyId);
  if (!master) return null;
  try {
    return open(master.key, row.secretSealed, aad(row.orgId));
  } catch {
    return null;
  }
}
