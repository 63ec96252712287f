// Shared by the tables, the API and the screens (the web app may not import schema files).
export const GOAL_STATUSES = ['in_focus', 'achieved', 'put_aside'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_SOURCES = ['practice', 'leader_evaluation', 'team_goal', 'competence_initiative'] as const;
export type GoalSource = (typeof GOAL_SOURCES)[number];

/** "Zoom in on two things": the most goals a person keeps in focus at once. */
export const MAX_GOALS_IN_FOCUS = 2;
