import { scimInvalid } from './errors.js';

/** The one filter shape provisioning clients send: `attribute eq "value"`. */
export interface EqFilter {
  attribute: string;
  value: string;
}

const EQ = /^\s*([A-Za-z][\w.:]*(?:\[type eq "work"\]\.value)?)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

/**
 * Parses a filter into an attribute the resource supports (named as in `supported`, matched
 * case-insensitively as RFC 7643 says) and its value. Anything else is an invalidFilter error,
 * never a silently empty list.
 */
export function parseFilter(text: string | undefined, supported: readonly string[]): EqFilter | null {
  if (text === undefined || text.trim() === '') return null;
  const match = EQ.exec(text);
  if (!match)
    throw scimInvalid(`Unsupported filter: only 'attribute eq "value"' is understood`, 'invalidFilter');
  const attribute = supported.find((a) => a.toLowerCase() === match[1]!.toLowerCase());
  if (!attribute) throw scimInvalid(`Filtering on ${match[1]} is not supported`, 'invalidFilter');
  return { attribute, value: match[2]!.replace(/\\(.)/g, '$1') };
}

/** startIndex and count of a list request, within bounds (RFC 7644 §3.4.2.4). */
export function parsePage(startIndex: string | undefined, count: string | undefined) {
  const start = Math.max(1, Number.parseInt(startIndex ?? '1', 10) || 1);
  const parsed = Number.parseInt(count ?? '100', 10);
  const size = Math.min(200, Math.max(0, Number.isNaN(parsed) ? 100 : parsed));
  return { offset: start - 1, limit: size, startIndex: start };
}
