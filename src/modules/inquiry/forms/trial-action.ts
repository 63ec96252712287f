import type { FormDefinition } from './types.js';

const text = (key: string, maxLength = 4000) => ({ key, maxLength });

/**
 * A quality team's trial action (PRODUCT.md module 4; 003): one small test of a change as a
 * plan–do–study–act cycle. The conclusion (adopt / adapt / abandon) is the trial's own record in
 * the quality module; these fields hold the team's reasoning.
 */
export const trialAction = {
  key: 'trial_action',
  phases: [
    {
      key: 'plan',
      fields: [text('change'), text('prediction'), text('howMeasured'), text('whoWhenWhere', 1000)],
    },
    { key: 'do', fields: [text('whatHappened'), text('surprises')] },
    { key: 'study', fields: [text('whatDataShows'), text('comparedToPrediction'), text('whatLearned')] },
    { key: 'act', fields: [text('reasoning'), text('nextStep')] },
  ],
} as const satisfies FormDefinition;
