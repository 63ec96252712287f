export type { BuiltInInstrumentKey } from './instruments/index.js';
