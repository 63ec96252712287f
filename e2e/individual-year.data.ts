// What Sofie's year is about (e2e/individual-year.spec.ts and the steps it runs).
export const GOAL_TITLE = 'Stille åbne spørgsmål til børnene i garderoben, så de selv fortæller';
/** The agreement made before the 1:1 is planned, followed up when it is held. */
export const EARLIER_AGREEMENT = 'Sofie finder tre billedbøger om følelser til garderoben';
