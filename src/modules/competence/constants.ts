// Shared by the tables, the API and the screens (the web app may not import schema files).
export {
  ANCHORING_KINDS,
  CURRENT_LEVELS,
  GOAL_LEVELS,
  LICENCE_LEVELS,
  TARGET_LEVELS,
  TEMPI,
  FORMAT_SUITS,
} from './content/types.js';
export type { LicenceLevel, Localized, TargetLevel } from './content/types.js';

/** An initiative's life: drafted, running (training), anchored in the everyday, closed. */
export const INITIATIVE_STATUSES = ['draft', 'running', 'anchored', 'closed'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The steps an initiative may take; going back one step (e.g. anchored → running) is allowed. */
export const STATUS_MOVES: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  draft: ['running', 'closed'],
  running: ['draft', 'anchored', 'closed'],
  anchored: ['running', 'closed'],
  closed: ['anchored'],
};

/** What the participant did with the learning goal the initiative proposed. */
export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'rewritten', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A plan line is a step of the training track (phase: a tempo) or an anchoring arrangement (phase: a kind). */
export const PLAN_KINDS = ['track', 'anchor'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** The most participants, plan lines and courses one initiative holds. */
export const INITIATIVE_CAPS = { participants: 200, planLines: 100, courses: 400, frameItems: 20 } as const;
