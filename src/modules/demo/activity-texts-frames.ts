/**
 * The kinds of workplace in the demo organisation's year (activity.ts) and the frame each one
 * sets for the year: the curriculum themes, strategic goals and focus areas goals are picked from.
 */

export type Sector = 'daycare' | 'school' | 'care' | 'leader' | 'admin';

export const DEMO_FRAMES = {
  daycare: {
    title: 'Læreplan og fokus i Mariehønen',
    intro:
      'I år arbejder vi med leg og fællesskab i hverdagens rutiner. Vælg et læringsmål, der passer ind i et af punkterne.',
    items: [
      {
        kind: 'curriculum_theme',
        title: 'Alsidig personlig udvikling',
        description: 'Børnenes gåpåmod og evne til at indgå i fællesskabet.',
      },
      {
        kind: 'curriculum_theme',
        title: 'Kommunikation i leg og rutiner',
        description: 'Samtaler med børnene i måltider, garderobe og leg.',
      },
      {
        kind: 'focus_area',
        title: 'Forældresamarbejde om trivsel',
        description: 'Korte, faste samtaler med forældre om barnets dag.',
      },
    ],
  },
  school: {
    title: 'Skovbrynets udviklingsplan',
    intro:
      'Vores fælles retning for året: mere variation i undervisningen og et stærkere inkluderende læringsmiljø.',
    items: [
      {
        kind: 'strategic_goal',
        title: 'Varierede undervisningsformer',
        description: 'Flere elever skal opleve undervisning, der giver dem lyst til at lære.',
      },
      {
        kind: 'strategic_goal',
        title: 'Inkluderende læringsmiljøer',
        description: 'Alle elever skal kunne deltage i klassens faglige og sociale fællesskab.',
      },
      {
        kind: 'focus_area',
        title: 'Feedback til eleverne',
        description: 'Feedback, der peger fremad og bliver brugt.',
      },
    ],
  },
  care: {
    title: 'Lærkebos fokus for året',
    intro:
      'Beboerens hverdag og selvbestemmelse er omdrejningspunktet. Læringsmålene skal gøre en forskel i plejen.',
    items: [
      {
        kind: 'strategic_goal',
        title: 'Rehabilitering i hverdagen',
        description: 'Beboerne gør selv så meget som muligt i de daglige gøremål.',
      },
      { kind: 'focus_area', title: 'Gode måltider', description: 'Måltidet som en rolig og social stund.' },
      {
        kind: 'focus_area',
        title: 'Dokumentation, der bliver brugt',
        description: 'Notater, som kollegerne kan handle på.',
      },
    ],
  },
} as const;
