// Driving licences (seeds/002, "licences on three levels" and the first care home's case): what the
// levels mean, the practice review that grants one, and the words for a licence's status. Built-in
// content of the licences module (docs/content.md); the vocabulary (levels, Localized) is shared (src/shared/vocabulary.ts).
import type { LicenceLevel, Localized, TargetLevel } from '../../shared/vocabulary.js';

export const LICENCE_INTRO: Localized = {
  da: 'Et kørekort viser, hvilket ansvar en medarbejder kan tage for en bestemt opgave. Arbejdspladsen beskriver selv for hver opgave, hvad C, B og A betyder, og kan sige, hvilket niveau der skal til for at stå alene med opgaven. Kortet får man ved en praksisgennemgang, hvor en ressourceperson eller leder ser opgaven løst.',
  en: 'A licence shows what responsibility an employee can take for a particular task. The workplace itself describes, for each task, what C, B and A mean, and can say which level is needed to handle the task alone. The licence is gained through a practice review, in which a resource person or leader sees the task done.',
};

export interface LicenceLevelText {
  level: LicenceLevel;
  name: Localized;
  /** What the level means in general; a workplace writes what it means for each task. */
  meaning: Localized;
  /** Who usually takes it. */
  whoTakesIt: Localized;
  /** The responsibility level it certifies. */
  matchesTarget: TargetLevel;
}

export const LICENCE_LEVEL_TEXTS: readonly LicenceLevelText[] = [
  {
    level: 'C',
    name: { da: 'Kørekort C', en: 'Licence C' },
    meaning: {
      da: 'Kan løse opgaven med støtte og står ikke alene med den.',
      en: 'Can do the task with support and does not handle it alone.',
    },
    whoTakesIt: {
      da: 'Alle, der kan komme til at løse opgaven – også afløsere.',
      en: 'Everyone who may come to do the task – substitutes included.',
    },
    matchesTarget: 'with_support',
  },
  {
    level: 'B',
    name: { da: 'Kørekort B', en: 'Licence B' },
    meaning: {
      da: 'Kan løse opgaven selvstændigt, også når den er lidt kompleks.',
      en: 'Can do the task independently, even when it is somewhat complex.',
    },
    whoTakesIt: {
      da: 'De faggrupper, arbejdspladsen forventer løser opgaven alene.',
      en: 'The professional groups the workplace expects to do the task alone.',
    },
    matchesTarget: 'independently',
  },
  {
    level: 'A',
    name: { da: 'Kørekort A', en: 'Licence A' },
    meaning: {
      da: 'Kan klare de mest komplekse udgaver af opgaven og er ressourceperson: den, kollegerne går til med de svære spørgsmål i netop denne opgave.',
      en: 'Can handle the most complex forms of the task and is the resource person: the one colleagues turn to with the hard questions about this very task.',
    },
    whoTakesIt: {
      da: 'Dem, der har lyst til at tage et ekstra ansvar for opgaven.',
      en: 'Those who want to take extra responsibility for the task.',
    },
    matchesTarget: 'resource_person',
  },
];

/** The practice review: a conversation in which a licence is granted or not yet granted. */
export const PRACTICE_REVIEW_FIELDS = {
  focus: {
    label: { da: 'Hvad ser vi efter?', en: 'What are we looking for?' },
    help: {
      da: 'Aftal på forhånd, hvilke dele af opgaven der skal ses, og hvad der kendetegner niveauet.',
      en: 'Agree beforehand which parts of the task are to be seen and what marks the level.',
    },
  },
  observed: {
    label: { da: 'Hvad så vi?', en: 'What did we see?' },
    help: {
      da: 'Beskriv konkret, hvad der skete – det, du så og hørte, ikke din vurdering.',
      en: 'Describe concretely what happened – what you saw and heard, not your judgement.',
    },
  },
  decision: {
    label: { da: 'Afgørelse', en: 'Decision' },
    help: {
      da: 'Kørekortet gives, eller det gives ikke endnu.',
      en: 'The licence is granted, or not yet.',
    },
  },
  reason: {
    label: { da: 'Begrundelse', en: 'Reason' },
    help: {
      da: 'Knyt afgørelsen til det, I aftalte at se efter.',
      en: 'Tie the decision to what you agreed to look for.',
    },
  },
  nextSteps: {
    label: { da: 'Næste skridt', en: 'Next steps' },
    help: {
      da: 'Hvad øver medarbejderne på nu, hvem støtter, og hvornår ser I på det igen?',
      en: 'What does the employee practise now, who supports them, and when will you look at it again?',
    },
  },
} as const satisfies Record<string, { label: Localized; help: Localized }>;

export const REVIEW_DECISIONS = ['granted', 'not_yet'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_DECISION_TEXTS: Record<ReviewDecision, Localized> = {
  granted: { da: 'Kørekortet er givet', en: 'Licence granted' },
  not_yet: { da: 'Ikke endnu', en: 'Not yet' },
};

/** Why a review that does not grant a licence is written as it is: a step on the way, never a verdict. */
export const NOT_YET_NOTE: Localized = {
  da: '"Ikke endnu" er et resultat som alle andre. Skriv det venligt og konkret: hvad der allerede lykkes, hvad der mangler, og hvad næste skridt er.',
  en: '"Not yet" is a result like any other. Write it kindly and concretely: what already works, what is missing and what the next step is.',
};

/** Suggested wordings for a review that did not grant the licence; the reviewer adapts them. */
export const NOT_YET_PHRASES: readonly Localized[] = [
  {
    da: 'Du er godt på vej. Det, der mangler, er …, og det øver vi sammen de næste uger.',
    en: 'You are well on the way. What is missing is …, and we will practise that together over the next weeks.',
  },
  {
    da: 'Det sad sikkert, da du …. Næste gang ser vi især på …',
    en: 'It was secure when you …. Next time we will look especially at …',
  },
  {
    da: 'Vi tager en ny gennemgang om en måned. Indtil da kan du få sparring hos …',
    en: 'We will do a new review in a month. Until then you can get sparring from …',
  },
  {
    da: 'Det er helt almindeligt at skulle bruge et par forsøg. Sig til, hvis du har brug for mere træning først.',
    en: 'Needing a couple of attempts is quite normal. Say so if you need more training first.',
  },
];

/** A licence shows as expiring this many days before its expiry date. */
export const EXPIRY_WARNING_DAYS = 90;

export const LICENCE_STATUSES = ['valid', 'expiring', 'expired'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const LICENCE_STATUS_TEXTS: Record<LicenceStatus, { name: Localized; explanation: Localized }> = {
  valid: {
    name: { da: 'Gyldigt', en: 'Valid' },
    explanation: {
      da: 'Kørekortet gælder, og det udløber ikke inden for de næste 90 dage.',
      en: 'The licence is in force and does not expire within the next 90 days.',
    },
  },
  expiring: {
    name: { da: 'Udløber snart', en: 'Expiring soon' },
    explanation: {
      da: 'Kørekortet udløber inden for 90 dage. Aftal en ny praksisgennemgang.',
      en: 'The licence expires within 90 days. Arrange a new practice review.',
    },
  },
  expired: {
    name: { da: 'Udløbet', en: 'Expired' },
    explanation: {
      da: 'Kørekortet gælder ikke længere. En ny praksisgennemgang kan forny det.',
      en: 'The licence is no longer in force. A new practice review can renew it.',
    },
  },
};
