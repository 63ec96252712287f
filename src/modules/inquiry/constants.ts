// Shared by the server and the web app (no server imports here).

/** The forms the engine knows; each is defined once in ./forms (phases, fields, limits). */
export const INQUIRY_FORMS = ['learning_circle', 'trial_action', 'data_work'] as const;
export type InquiryForm = (typeof INQUIRY_FORMS)[number];
