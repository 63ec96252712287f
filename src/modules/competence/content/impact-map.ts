// The impact map (seeds/001, "from goals to behaviour and competences"): a line of thought from the
// workplace's goal down to what each person must learn, read from left to right.
import type { Localized } from './types.js';

export const IMPACT_LEVELS = ['strategic_goal', 'sub_results', 'changed_practice', 'learning_goals'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export interface ImpactLevelText {
  key: ImpactLevel;
  name: Localized;
  prompts: Localized[];
}

export const IMPACT_LEVEL_TEXTS: readonly ImpactLevelText[] = [
  {
    key: 'strategic_goal',
    name: { da: 'Strategisk mål', en: 'Strategic goal' },
    prompts: [
      {
        da: 'Hvilket mål for arbejdspladsen vil vi bidrage til – fx fra strategien eller enhedens ramme?',
        en: "Which goal of the workplace do we want to contribute to – for example from the strategy or the unit's frame?",
      },
    ],
  },
  {
    key: 'sub_results',
    name: { da: 'Delresultater', en: 'Sub-results' },
    prompts: [
      {
        da: 'Hvilke resultater vil vi nå i praksis?',
        en: 'Which results do we want to achieve in practice?',
      },
      {
        da: 'Hvordan kan vi se, at vi har nået dem?',
        en: 'How can we see that we have achieved them?',
      },
    ],
  },
  {
    key: 'changed_practice',
    name: { da: 'Ændret praksis', en: 'Changed practice' },
    prompts: [
      {
        da: 'Hvad skal vi konkret gøre anderledes i arbejdet – og i hvilke situationer – for at gøre mest gavn?',
        en: 'What exactly must we do differently at work – and in which situations – to do the most good?',
      },
    ],
  },
  {
    key: 'learning_goals',
    name: { da: 'Læringsmål', en: 'Learning goals' },
    prompts: [
      {
        da: 'Hvad skal og vil vi lære for at kunne arbejde på den nye måde?',
        en: 'What must and will we learn to be able to work in the new way?',
      },
    ],
  },
];

/** Shown with the map: it is built from the goal down, but learning is what moves it from the bottom up. */
export const IMPACT_MAP_NOTE: Localized = {
  da: 'Start ved målet og gå et trin ad gangen mod det, der skal læres. Så kan alle se, hvorfor netop dette læringsmål betyder noget.',
  en: 'Start at the goal and go one step at a time towards what must be learned. Then everyone can see why this particular learning goal matters.',
};
