// Shared by the server and the web app (no server imports here).

/** The self-assessment scores the beacons of 003 on the five-point extent scale of the surveys. */
export const CULTURE_SCALE = { min: 1, max: 5 } as const;

/** The library package holding the leader's self-reflection questions (003), shown beside the form. */
export const LEADER_REFLECTION_PACKAGE = 'leader-reflection';

export const CULTURE_LIMITS = { note: 4000, clientKey: 100 } as const;
