import { PACKAGE_KINDS } from './packages/index.js';

export { PACKAGE_KINDS };

/** The three parts of a training track, in the order they happen. */
export const STEP_PHASES = ['before', 'during', 'after'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

/** How a package is referred to in an attachment and a URL: `builtin:<key>` or an own package's id. */
export const BUILT_IN_PREFIX = 'builtin:';
