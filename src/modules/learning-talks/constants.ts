/** How often a unit holds its learning conversation with the level above (004). */
export const TALK_CADENCES = ['yearly', 'half_yearly'] as const;
export type TalkCadence = (typeof TALK_CADENCES)[number];

export const TALK_LIMITS = { focus: 500, text: 4000, link: 2000, links: 20 } as const;
