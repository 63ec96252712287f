// The training track (seeds/002, "the important training track"): a space less binding than the
// everyday, worked through in three tempi, with feedback in three kinds.
import type { FeedbackKind } from '../../feedback/index.js';
import type { Localized, Tempo } from './types.js';

/** What the training track is for, said where it is planned. */
export const TRAINING_TRACK_NOTE: Localized = {
  da: 'På træningsbanen øver man sig. Her er det i orden at prøve og fejle – målet er at lære, ikke at løse opgaven perfekt første gang. Aftal derfor, hvornår træningen begynder, og hvornår den slutter.',
  en: 'The training track is for practising. Trying and failing is fine here – the aim is to learn, not to get the task perfect the first time. So agree when the training begins and when it ends.',
};

export interface TempoText {
  key: Tempo;
  name: Localized;
  explanation: Localized;
  examples: Localized[];
}

export const TEMPO_TEXTS: readonly TempoText[] = [
  {
    key: 'knowledge_building',
    name: { da: 'Vidensopbygning', en: 'Knowledge building' },
    explanation: {
      da: 'Man sætter sig bevidst ind i det nye, som senere skal bruges i praksis – oftest gennem undervisning, men det kan også ligne coaching. Der er altid lidt vidensopbygning, uanset om målet er en metode, viden eller en rolle.',
      en: 'You deliberately take in what is new and will later be used in practice – most often through teaching, though it can also look like coaching. There is always some knowledge building, whether the goal is a method, knowledge or a role.',
    },
    examples: [
      {
        da: 'En gennemgang af de dele af det nye it-system, man skal bruge',
        en: 'A walk-through of the parts of the new IT system you will use',
      },
      {
        da: 'En introduktion til en metode til at følge børns sprog – og teorien bag den',
        en: "An introduction to a method for following children's language – and the theory behind it",
      },
    ],
  },
  {
    key: 'trial',
    name: { da: 'Afprøvning', en: 'Trial' },
    explanation: {
      da: 'Man prøver det nye af, hvor det ikke gælder endnu – gerne med støtte eller vejledning. Aftal, hvordan afprøvningen foregår, og at den handler om at lære, ikke om at være hurtig og fejlfri.',
      en: 'You try out what is new where it does not count yet – preferably with support or guidance. Agree how the trial will go and that it is about learning, not about being fast and flawless.',
    },
    examples: [
      {
        da: 'Rollespil, hvor I øver den nye samtale med en borger',
        en: 'Role play where you rehearse the new conversation with a citizen',
      },
      {
        da: 'At dokumentere på den nye måde i en uge, mens en erfaren kollega ser med',
        en: 'Documenting the new way for a week while an experienced colleague looks on',
      },
      {
        da: 'En faglig drøftelse i personalegruppen af det, I har lært',
        en: 'A professional discussion in the staff group of what you have learned',
      },
    ],
  },
  {
    key: 'feedback',
    name: { da: 'Feedback', en: 'Feedback' },
    explanation: {
      da: 'Løbende besked på, om opgaven bliver løst som tænkt, og om det lærte er blevet brugbart. Feedbacken viser, hvor langt deltagerne er, og hvad der skal ske nu.',
      en: 'Ongoing word on whether the task is being done as intended and whether what was learned has become useful. Feedback shows how far participants have come and what should happen next.',
    },
    examples: [
      {
        da: 'Et personalemøde, hvor I gør status over, hvordan det går med den nye måde',
        en: 'A staff meeting where you take stock of how the new way is going',
      },
      {
        da: 'En kort tjekliste, som to kolleger bruger sammen hver uge',
        en: 'A short checklist that two colleagues go through together each week',
      },
    ],
  },
];

/** The three kinds of feedback the guide names; the keys are the feedback module's own. */
export type FeedbackKindOnTrack = Extract<FeedbackKind, 'evaluating' | 'instructing' | 'reflecting'>;

export interface FeedbackKindText {
  key: FeedbackKindOnTrack;
  name: Localized;
  /** The question this kind of feedback answers. */
  question: Localized;
  /** When it is the right kind to give. */
  useWhen: Localized;
}

export const FEEDBACK_KIND_TEXTS: readonly FeedbackKindText[] = [
  {
    key: 'evaluating',
    name: { da: 'Vurderende', en: 'Evaluating' },
    question: { da: 'Blev opgaven løst rigtigt?', en: 'Was the task done right?' },
    useWhen: {
      da: 'Når der er en klar standard, fx en fast fremgangsmåde.',
      en: 'When there is a clear standard, such as a set procedure.',
    },
  },
  {
    key: 'instructing',
    name: { da: 'Instruerende', en: 'Instructing' },
    question: { da: 'Hvad kan du gøre anderledes næste gang?', en: 'What can you do differently next time?' },
    useWhen: {
      da: 'Når den anden er ved at lære noget nyt og har brug for et konkret næste skridt.',
      en: 'When the other person is learning something new and needs a concrete next step.',
    },
  },
  {
    key: 'reflecting',
    name: { da: 'Reflekterende', en: 'Reflecting' },
    question: {
      da: 'Hvad fik du ud af at gøre, som du gjorde?',
      en: 'What did you get out of doing it the way you did?',
    },
    useWhen: {
      da: 'Når der er flere gode måder, og den anden selv skal finde sin – især når rollen er i spil.',
      en: 'When there are several good ways and the other person is to find their own – especially when the role is at stake.',
    },
  },
];
