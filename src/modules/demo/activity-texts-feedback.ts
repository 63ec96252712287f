/**
 * The Danish feedback of the demo organisation's year (activity.ts): the feedback colleagues
 * give each other, and the replies to it.
 */

export const DEMO_FEEDBACK: {
  kind: 'recognition' | 'evaluating' | 'instructing' | 'reflecting' | 'observation';
  text: string;
  focus?: string;
}[] = [
  {
    kind: 'recognition',
    text: 'Tak for den rolige måde, du tog imod den nye familie på i morges. Det gjorde en stor forskel for dem.',
  },
  {
    kind: 'reflecting',
    text: 'Jeg lagde mærke til, at du ventede længe på svaret. Hvad gjorde, at du ventede netop så længe?',
  },
  {
    kind: 'observation',
    text: 'Tre ud af fire børn svarede selv, da du stillede et åbent spørgsmål. Det fjerde barn pegede.',
    focus: 'Åbne spørgsmål i samlingen',
  },
  {
    kind: 'evaluating',
    text: 'Forløbet om brøker var godt bygget op. Overgangen til gruppearbejdet kunne være tydeligere.',
  },
  {
    kind: 'instructing',
    text: 'Prøv at skrive målet for timen på tavlen, så eleverne kan se, hvor I er på vej hen.',
  },
  {
    kind: 'recognition',
    text: 'Dit notat i går var præcist og kort. Aftenvagten kunne handle med det samme.',
  },
  {
    kind: 'observation',
    text: 'Beboeren tog selv skjorten på, da du gav hende tid. Hun smilede bagefter.',
    focus: 'At lade beboeren gøre det selv',
  },
];

export const DEMO_REPLIES = [
  'Tak! Det er rart at høre.',
  'Godt spørgsmål. Jeg tror, det var fordi jeg så, at han var ved at finde ordene.',
  'Det tager jeg med. Vil du se med igen om et par uger?',
  'Enig, det prøver jeg i næste forløb.',
];
