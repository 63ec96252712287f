/**
 * Fewer employees than this in a group and its numbers are not shown on their own: they count in
 * the nearest unit above that reaches it (the same default as the surveys' anonymity threshold).
 */
export const COVERAGE_MIN_GROUP = 5;
