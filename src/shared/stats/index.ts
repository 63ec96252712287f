/** Statistics for the quality and survey modules: pure functions, shared by server and web app. */
export { mean, median } from './descriptive.js';
export { binomialQuantile } from './binomial.js';
export { studentTCdf, studentTQuantile } from './student-t.js';
export { crossingsLimit, longestRunLimit, MIN_USEFUL_POINTS } from './anhoj-limits.js';
export { summariseRuns, type Run, type RunsSummary, type Side } from './runs.js';
export {
  analyseRunChart,
  type ImprovementDirection,
  type PhaseAnalysis,
  type PhaseAnalysed,
  type PhaseSpec,
  type PhaseTooShort,
  type RunChartAnalysis,
  type RunChartOptions,
  type RunChartSignal,
} from './run-chart.js';
export { explainRunChartPhase } from './run-chart-texts.js';
export {
  linearRegression,
  MIN_REGRESSION_POINTS,
  type Pair,
  type RegressionRefusal,
  type RegressionResult,
} from './regression.js';
export {
  rollUpSmallUnits,
  type RolledUpGroup,
  type RollUp,
  type UnitCount,
  type UnitPlacement,
} from './anonymity-rollup.js';
export {
  checkDisclosure,
  type DisclosureCheck,
  type DisclosureFinding,
  type GroupSpec,
} from './anonymity-overlap.js';
export {
  distribution,
  FIVE_POINT,
  groupIndexScore,
  indexScore,
  toPoints,
  type Scale,
} from './index-scores.js';
