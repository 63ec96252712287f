// The library's built-in packages: what each is, and where its text is. A package's body is safe,
// plain Markdown in one file per language beside this index (`<key>.da.md`, `<key>.en.md`); the
// twelve levers are the exception, as their texts already live in the levers module. Organisations
// add packages of their own; these are the defaults.
import { LEVER_KEYS, type LeverKey } from '../../../shared/vocabulary.js';
import type { BuiltInInstrumentKey } from '../../surveys/index.js';

/** A text in both of the product's languages; Danish is the source, English a faithful translation. */
export interface Localized {
  da: string;
  en: string;
}

export const PACKAGE_KINDS = ['toolbox', 'reflection', 'training'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface TrainingStep {
  title: Localized;
  text: Localized;
}

interface PackageBase {
  key: string;
  title: Localized;
  summary: Localized;
  kind: PackageKind;
  /** Lower-case words for filtering; the full text is searched as well. */
  tags: readonly string[];
  /** Where the content comes from (a seed file and its section), for docs/content.md and the credits. */
  source: string;
  /** A survey instrument whose results the package helps a team read. */
  instrument?: BuiltInInstrumentKey;
}

/** A package whose body is a Markdown file per language. */
export interface MarkdownPackage extends PackageBase {
  body: 'markdown';
  /** Only for a training package: its steps, as the Markdown describes them. */
  steps?: {
    before: readonly TrainingStep[];
    during: readonly TrainingStep[];
    after: readonly TrainingStep[];
  };
}

/** A toolbox whose items live in another module (the levers). */
export interface LeversPackage extends PackageBase {
  body: 'levers';
  levers: readonly LeverKey[];
}

export type LibraryPackage = MarkdownPackage | LeversPackage;

/** The file holding a Markdown package's body in one language. */
export const packageFile = (key: string, language: Language) => `${key}.${language}.md`;

const step = (da: string, en: string, textDa: string, textEn: string): TrainingStep => ({
  title: { da, en },
  text: { da: textDa, en: textEn },
});

export const BUILT_IN_PACKAGES: readonly LibraryPackage[] = [
  {
    key: 'learning-environment-levers',
    title: { da: 'De 12 håndgreb på læringsmiljøet', en: 'The 12 levers on the learning environment' },
    summary: {
      da: 'En værktøjskasse med tolv måder at gøre arbejdspladsen til et bedre sted at lære – fra jobbytte til bedre møder.',
      en: 'A toolbox of twelve ways to make the workplace a better place to learn – from job swaps to better meetings.',
    },
    kind: 'toolbox',
    tags: ['learning-environment', 'team', 'leadership'],
    source: 'seeds/001, "the toolbox: 12 levers on the learning environment"',
    body: 'levers',
    levers: LEVER_KEYS,
  },
  {
    key: 'psychological-safety',
    title: { da: 'Greb til psykologisk tryghed', en: 'Levers for psychological safety' },
    summary: {
      da: 'Sæt scenen, inviter til deltagelse, og reager konstruktivt: konkrete greb til et team, hvor man tør spørge, fejle og foreslå.',
      en: 'Set the stage, invite participation and respond constructively: concrete levers for a team where people dare ask, fail and suggest.',
    },
    kind: 'toolbox',
    tags: ['psychological-safety', 'team', 'meetings'],
    source:
      'seeds/004, "mindset and psychological safety" and "levers for learning and psychological safety"',
    instrument: 'safety',
    body: 'markdown',
  },
  {
    key: 'good-colleague',
    title: { da: 'Den gode kollega', en: 'The good colleague' },
    summary: {
      da: 'Hvad gør en kollega, der gør de andre bedre? En liste til personalemødet – og spørgsmål til, hvad leder og kolleger kan gøre.',
      en: 'What does a colleague who makes the others better do? A list for the staff meeting – and questions on what leader and colleagues can do.',
    },
    kind: 'toolbox',
    tags: ['colleagues', 'team', 'learning-environment'],
    source: 'seeds/001, "the good colleague makes the others better"',
    body: 'markdown',
  },
  {
    key: 'leader-reflection',
    title: { da: 'Lederens refleksionsspørgsmål', en: "The leader's reflection questions" },
    summary: {
      da: 'Spørgsmål til dig som leder om din rolle, den måde du leder udviklingen på, forandringens menneskelige side og dine dilemmaer.',
      en: 'Questions for you as a leader about your role, how you lead development, the human side of change and your dilemmas.',
    },
    kind: 'reflection',
    tags: ['leadership', 'learning-culture', 'reflection'],
    source: 'seeds/003, section 3.5 "reflect critically on your own role"',
    body: 'markdown',
  },
  {
    key: 'sense-making-leader',
    title: { da: 'Den meningsskabende leders ti skud', en: 'Ten shots for a sense-making leader' },
    summary: {
      da: 'Ti korte råd om at skabe mening med medarbejderne, når noget nyt skal i gang – efter Karl Weicks tanker.',
      en: "Ten short pieces of advice on making sense together with staff when something new begins – after Karl Weick's ideas.",
    },
    kind: 'reflection',
    tags: ['leadership', 'sense-making', 'change'],
    source: 'seeds/000 (the thesis), section 5.1.2 "the sense-making leader\'s 10 shots"',
    body: 'markdown',
  },
  {
    key: 'learning-culture-beacons',
    title: { da: 'Pejlemærker for læringskultur', en: 'Learning-culture beacons' },
    summary: {
      da: 'En kort læsevejledning til målingen af læringskultur: de syv temaer, hvordan I læser resultatet, og de små skridt, I kan fremhæve.',
      en: 'A short reading companion to the learning-culture survey: the seven themes, how to read the result and the small steps to highlight.',
    },
    kind: 'reflection',
    tags: ['learning-culture', 'survey', 'team'],
    source: 'seeds/003, section 3 "work actively with your learning culture" (3.1 and the beacons box)',
    instrument: 'learning_culture',
    body: 'markdown',
  },
  {
    key: 'feedback-in-everyday',
    title: { da: 'Feedback i hverdagen', en: 'Feedback in everyday practice' },
    summary: {
      da: 'Et lille træningsforløb på fire til seks uger: vælg et fokus, se hinanden i praksis, og giv feedback samme dag.',
      en: 'A small four-to-six-week training track: choose a focus, watch each other at work and give feedback the same day.',
    },
    kind: 'training',
    tags: ['feedback', 'observation', 'team', 'training'],
    source:
      'seeds/002 (the three kinds of feedback), 001 (the appreciative, developing dialogue), 004 (observation and feedback with an agreed learning focus), 000 (everyday feedback tied to the 1:1)',
    body: 'markdown',
    steps: {
      before: [
        step(
          'Vælg et læringsfokus',
          'Choose a learning focus',
          'Hver deltager vælger én situation at blive bedre til, gerne et læringsmål fra 1:1-samtalen.',
          'Each participant chooses one situation to get better at, preferably a learning goal from their 1:1.',
        ),
        step(
          'Aftal spillereglerne',
          'Agree the ground rules',
          'Teamet aftaler tre regler for feedback.',
          'The team agrees three rules for feedback.',
        ),
        step(
          'Dan makkerpar',
          'Form pairs',
          'Aftal, hvornår I ser hinanden i praksis, og hvilken slags feedback I vil have.',
          'Agree when you will watch each other at work and what kind of feedback you want.',
        ),
      ],
      during: [
        step(
          'Se din makker i praksis',
          'Watch your partner at work',
          '15–20 minutter med det aftalte fokus; skriv ned, hvad du ser og hører.',
          '15–20 minutes with the agreed focus; write down what you see and hear.',
        ),
        step(
          'Giv feedback samme dag',
          'Give feedback the same day',
          'Start med, hvad din makker selv lagde mærke til, og spørg ind.',
          'Start with what your partner noticed themselves, and ask.',
        ),
        step(
          'Skriv en kort note',
          'Write a short note',
          'Knyt den til læringsmålet, så den er med til næste samtale.',
          'Link it to the learning goal, so it comes along to the next conversation.',
        ),
        step(
          'Byt roller',
          'Swap roles',
          'Begge skal prøve at give og at få.',
          'Both of you should try giving and receiving.',
        ),
      ],
      after: [
        step(
          'Tag en runde på teammødet',
          'Go round the table at the team meeting',
          'Hvad lærte jeg af min makker?',
          'What did I learn from my partner?',
        ),
        step(
          'Følg op i næste 1:1-samtale',
          'Follow up in the next 1:1 conversation',
          'Hvad har feedbacken ændret i min praksis?',
          'What has the feedback changed in my practice?',
        ),
        step(
          'Se på trygheden',
          'Look at safety',
          'Tag teamets tryghedstjek, og tal om, hvad der gør det lettere at bede om feedback.',
          "Take the team's safety check, and talk about what makes it easier to ask for feedback.",
        ),
        step(
          'Beslut, hvad I fortsætter med',
          'Decide what to keep doing',
          'Fx fast feedback en gang om ugen eller nye makkerpar.',
          'For example regular feedback once a week, or new pairs.',
        ),
      ],
    },
  },
];
