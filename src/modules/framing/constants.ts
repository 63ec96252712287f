// Shared by the tables, the API and the screens (the web app may not import schema files).
export const FRAME_ITEM_KINDS = ['strategic_goal', 'curriculum_theme', 'focus_area'] as const;
export type FrameItemKind = (typeof FRAME_ITEM_KINDS)[number];
