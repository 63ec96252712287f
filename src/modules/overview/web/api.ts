// The shapes of /api/overview and /api/development (routes.ts in this module).

export interface Ref {
  id: string;
  name: string;
}
export interface PersonWithUnits extends Ref {
  units: Ref[];
}
export interface CircleState {
  id: string;
  phase: string;
  progress: number;
  deadline: string | null;
  status: 'open' | 'done';
}
export type NudgeKind =
  | 'no_goal'
  | 'circle_deadline_passed'
  | 'circle_untouched'
  | 'one_to_one_due'
  | 'overdue_agreements'
  | 'no_feedback';
export type GoalStatus = 'in_focus' | 'achieved' | 'put_aside';

export interface OverviewPerson extends PersonWithUnits {
  goals: { id: string; title: string; circle: CircleState | null }[];
  lastOneToOne: string | null;
  nextOneToOne: string | null;
  overdueAgreements: number;
  daysSinceFeedback: number | null;
  nudges: { kind: NudgeKind; goalId?: string; count?: number }[];
}

export interface ConversationRef {
  id: string;
  startsAt: string;
  status: 'planned' | 'held' | 'cancelled';
}
export interface Development {
  person: PersonWithUnits;
  relation: 'self' | 'leader';
  goals: { id: string; title: string; status: GoalStatus; circle: CircleState | null }[];
  conversations: { past: ConversationRef[]; upcoming: ConversationRef[] };
  openAgreements: { id: string; text: string; dueDate: string | null; conversationId: string | null }[];
  feedbackCount: number;
}

export interface YearSummary {
  person: PersonWithUnits;
  year: number;
  goals: {
    id: string;
    title: string;
    status: GoalStatus;
    changes: { from: GoalStatus | null; to: GoalStatus; at: string }[];
  }[];
  circles: {
    id: string;
    goal: { id: string; title: string } | null;
    phasesDone: string[];
    phaseCount: number;
    finished: boolean;
    finishedAt: string | null;
    deadline: string | null;
  }[];
  conversations: { id: string; startsAt: string; summary: string }[];
  agreements: { id: string; text: string; dueDate: string | null; done: boolean }[];
  feedbackByKind: { kind: string; count: number }[];
}

/** The circle phase's title key in the inquiry catalogue. */
export const phaseKey = (phase: string) => `inquiry.forms.learning_circle.${phase}.title`;
