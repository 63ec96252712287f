// Transfer around a course or training day (seeds/001, "how do we get an effect from training?"):
// what happens before, during and after it decides what the course leaves behind in daily work.
import type { Localized } from './types.js';

export const TRANSFER_PHASES = ['before', 'during', 'after'] as const;
export type TransferPhase = (typeof TRANSFER_PHASES)[number];

/** The one-line reason transfer is planned at all. */
export const TRANSFER_NOTE: Localized = {
  da: 'Det meste af et kursus’ effekt afgøres før og efter det – ikke på selve kurset.',
  en: "Most of a course's effect is decided before and after it – not on the course itself.",
};

/** A month after the course is the usual time for the follow-up conversation. */
export const FOLLOW_UP_AFTER_MONTHS = 1;

export interface TransferPhaseText {
  key: TransferPhase;
  name: Localized;
  /** The rough share of a course's effect decided in this phase, in per cent (seeds/001). */
  shareOfEffect: { from: number; to: number };
  /** What the phase is about. */
  about: Localized;
  /** Questions for the conversation (before and after) or the participant's own use (during). */
  prompts: Localized[];
}

export const TRANSFER_PHASE_TEXTS: readonly TransferPhaseText[] = [
  {
    key: 'before',
    name: { da: 'Før', en: 'Before' },
    shareOfEffect: { from: 35, to: 40 },
    about: {
      da: 'En samtale, hvor leder og medarbejder afstemmer forventninger og aftaler, hvad kurset skal bruges til.',
      en: 'A conversation in which leader and employee align expectations and agree what the course is to be used for.',
    },
    prompts: [
      {
        da: 'Hvad håber du at få med hjem, og hvad forventer jeg?',
        en: 'What do you hope to bring back, and what do I expect?',
      },
      {
        da: 'Hvilken situation i din hverdag skal kurset gøre dig bedre til at klare?',
        en: 'Which situation in your working day should the course make you better at handling?',
      },
      {
        da: 'Hvilket mål forpligter du dig på – og hvordan kan vi se, at du har nået det?',
        en: 'Which goal do you commit to – and how can we see that you have reached it?',
      },
      {
        da: 'Hvad kan du gøre allerede nu, fx læse, forberede en case eller tale med en kollega?',
        en: 'What can you do already now, such as reading, preparing a case or talking to a colleague?',
      },
    ],
  },
  {
    key: 'during',
    name: { da: 'Under', en: 'During' },
    shareOfEffect: { from: 20, to: 20 },
    about: {
      da: 'På kurset kobler deltageren hele tiden det lærte til sin egen praksis og øver sig i at bruge det.',
      en: 'On the course the participant keeps linking what is learned to their own practice and practises using it.',
    },
    prompts: [
      {
        da: 'Hvad vil jeg gøre anderledes, når jeg kommer hjem?',
        en: 'What will I do differently when I get back?',
      },
      {
        da: 'I hvilken situation prøver jeg det første gang?',
        en: 'In which situation will I try it first?',
      },
      {
        da: 'Hvad skal jeg have øvet, før jeg tør bruge det?',
        en: 'What do I need to have practised before I dare use it?',
      },
    ],
  },
  {
    key: 'after',
    name: { da: 'Efter', en: 'After' },
    shareOfEffect: { from: 40, to: 45 },
    about: {
      da: 'En opfølgende samtale, som regel en måned efter, og en hverdag, hvor leder og kolleger spørger efter det nye og anerkender det.',
      en: 'A follow-up conversation, usually a month later, and an everyday in which leader and colleagues ask for what is new and recognise it.',
    },
    prompts: [
      {
        da: 'Hvad har du brugt fra kurset – og hvad skete der?',
        en: 'What have you used from the course – and what happened?',
      },
      {
        da: 'Hvad står i vejen, og hvad kan jeg eller kollegerne gøre ved det?',
        en: 'What is in the way, and what can I or your colleagues do about it?',
      },
      {
        da: 'Hvordan deler du det lærte med kollegerne?',
        en: 'How will you share what you learned with your colleagues?',
      },
      {
        da: 'Hvad er dit næste skridt, og hvornår taler vi om det igen?',
        en: 'What is your next step, and when do we talk about it again?',
      },
    ],
  },
];
