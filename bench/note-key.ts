import crypto from 'node:crypto';
import { TEST_NOTES_MASTER_KEY } from '../src/server/config.js';
import { masterKeyFrom, sealNoteWith, wrapNoteKey } from '../src/server/crypto/note-keys.js';

/**
 * The synthetic municipality's key for private notes (version 1), wrapped under the tests'
 * master key, which the benchmark's servers are given: its notes are sealed as the app's are, so
 * the 1:1 page is measured opening them.
 */
const master = masterKeyFrom(TEST_NOTES_MASTER_KEY);
const key = crypto.randomBytes(32);

export const BENCH_NOTES_MASTER_KEYS = TEST_NOTES_MASTER_KEY;

export const benchNoteKeyRow = (orgId: string) => ({
  orgId,
  version: 1,
  ...wrapNoteKey(master, orgId, 1, key),
});

export const sealBenchNote = (orgId: string, conversationId: string, authorId: string, text: string) =>
  sealNoteWith(key, 1, { orgId, conversationId, authorId }, text);
