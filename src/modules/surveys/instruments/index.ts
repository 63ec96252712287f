// The built-in survey instruments, in the order HR sees them. Each organisation starts from these
// and edits its own copies; the keys of meeting and safety are the forums module's.
import { learningCommunityInstrument } from './learning-community.js';
import { learningCultureInstrument } from './learning-culture.js';
import { meetingInstrument } from './meeting.js';
import { mupProcessInstrument } from './mup-process.js';
import { safetyInstrument } from './safety.js';
import { socialCapitalInstrument } from './social-capital.js';
import type { Instrument } from './types.js';

export const BUILT_IN_INSTRUMENTS = [
  meetingInstrument,
  safetyInstrument,
  learningCultureInstrument,
  mupProcessInstrument,
  learningCommunityInstrument,
  socialCapitalInstrument,
] as const satisfies readonly Instrument[];

export type BuiltInInstrumentKey = (typeof BUILT_IN_INSTRUMENTS)[number]['key'];

export function builtInInstrument(key: string): Instrument | undefined {
  return BUILT_IN_INSTRUMENTS.find((instrument) => instrument.key === key);
}
