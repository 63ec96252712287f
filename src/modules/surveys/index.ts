export type { BuiltInInstrumentKey } from './instruments/index.js';
export {
  insertRound,
  isClosed,
  newRoundCode,
  sealDueRounds,
  sealRound,
  type RoundRow,
} from './engine/rounds.js';
export { DEFAULT_THRESHOLD, THRESHOLD_CEILING, THRESHOLD_FLOOR, thresholdOf } from './engine/thresholds.js';
export { registerSurveyRoutes } from './routes.js';
export { definitionOf, loadInstrument } from './engine/instruments.js';
export { builtInInstrument } from './instruments/index.js';
export type { Instrument } from './instruments/types.js';
export { surveysPrivacy } from './privacy.js';
export { unitSurveyResults, type UnitSurveyResult } from './services/unit-package.js';
export { indexPoints } from './engine/scores.js';
