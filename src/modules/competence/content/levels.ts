// Responsibility levels per participant and task (seeds/002, "from beginner to experienced"):
// where a person stands today, and the responsibility they are to take afterwards.
import type { CurrentLevel, Localized, TargetLevel } from './types.js';

export interface CurrentLevelText {
  key: CurrentLevel;
  name: Localized;
  meaning: Localized;
}

export const CURRENT_LEVEL_TEXTS: readonly CurrentLevelText[] = [
  {
    key: 'beginner',
    name: { da: 'Begynder', en: 'Beginner' },
    meaning: { da: 'Har aldrig stået med opgaven.', en: 'Has never had the task.' },
  },
  {
    key: 'some_experience',
    name: { da: 'Lidt erfaren', en: 'Some experience' },
    meaning: {
      da: 'Har prøvet opgaven nogle gange, men den sidder ikke på rygmarven endnu.',
      en: 'Has tried the task a few times, but it is not second nature yet.',
    },
  },
  {
    key: 'very_experienced',
    name: { da: 'Meget erfaren', en: 'Very experienced' },
    meaning: {
      da: 'Klarer opgaven sikkert på egen hånd og kan nu gå i dybden med den.',
      en: 'Handles the task safely on their own and can now go into depth with it.',
    },
  },
];

export interface TargetLevelText {
  key: TargetLevel;
  name: Localized;
  meaning: Localized;
  /** The current level a person usually starts from on the way to this target. */
  usualStart: CurrentLevel;
  /** Situations in which aiming for this level is the right choice. */
  relevantWhen: Localized[];
}

export const TARGET_LEVEL_TEXTS: readonly TargetLevelText[] = [
  {
    key: 'with_support',
    name: { da: 'Med støtte', en: 'With support' },
    meaning: {
      da: 'Kan være med til at løse opgaven og får den støtte, der skal til, fra en kollega eller leder.',
      en: 'Can take part in the task and gets the support needed from a colleague or leader.',
    },
    usualStart: 'beginner',
    relevantWhen: [
      {
        da: 'Flere end i dag skal kunne løse opgaven.',
        en: 'More people than today must be able to do the task.',
      },
      { da: 'Der kommer nye opgaver ind på området.', en: 'New tasks are coming into the area.' },
    ],
  },
  {
    key: 'independently',
    name: { da: 'Selvstændigt', en: 'Independently' },
    meaning: {
      da: 'Løser opgaven sikkert og på egen hånd.',
      en: 'Does the task safely and on their own.',
    },
    usualStart: 'some_experience',
    relevantWhen: [
      {
        da: 'Opgaven skal løses med større sikkerhed.',
        en: 'The task must be done with more certainty.',
      },
      {
        da: 'Opgaven er blevet større eller skal spille sammen med andre opgaver.',
        en: 'The task has grown or must fit together with other tasks.',
      },
    ],
  },
  {
    key: 'resource_person',
    name: { da: 'Som ressourceperson', en: 'As resource person' },
    meaning: {
      da: 'Har så meget ekspertise, at kolleger kan trække på en, og kan klare de særligt svære og uforudsete situationer.',
      en: 'Has enough expertise for colleagues to draw on, and can handle the especially hard and unforeseen situations.',
    },
    usualStart: 'very_experienced',
    relevantWhen: [
      {
        da: 'Opgaverne skifter meget, er komplekse eller svære at forudse.',
        en: 'The tasks change a lot, are complex or hard to foresee.',
      },
    ],
  },
];

/** Said where target levels are chosen: the aim is the right lift for each person, not the top step for all. */
export const TARGET_LEVEL_NOTE: Localized = {
  da: 'Ikke alle skal nå det øverste trin. En afløser skal sjældent have samme ansvar som en erfaren kollega, og man bliver svært ressourceperson i en opgave, man ikke allerede løser selvstændigt.',
  en: 'Not everyone needs to reach the top step. A substitute rarely needs the same responsibility as an experienced colleague, and it is hard to become a resource person for a task you do not already do independently.',
};
