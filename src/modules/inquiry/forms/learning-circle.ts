import type { FormDefinition } from './types.js';

const text = (key: string, maxLength = 4000) => ({ key, maxLength });

/**
 * The professional learning circle (PRODUCT.md module 1; thesis, appendix 3): plan, action,
 * in action, response, reflection, learning.
 */
export const learningCircle = {
  key: 'learning_circle',
  phases: [
    {
      key: 'plan',
      fields: [text('theme'), text('focus'), text('professionalLearning'), text('intendedChange')],
    },
    {
      key: 'action',
      fields: [
        text('whatToTry'),
        text('howInPractice'),
        text('firstStep'),
        text('whoDoesWhat'),
        text('startAndEnd', 500),
        text('meetAgain', 500),
      ],
    },
    { key: 'inAction', fields: [text('watchFor'), text('whomToFollow'), text('dataToCollect')] },
    { key: 'response', fields: [text('dataCollected'), text('example'), text('whatDataTells')] },
    { key: 'reflection', fields: [text('changeSeen'), text('whatLearned'), text('newKnowledge')] },
    { key: 'learning', fields: [text('meaningForPractice'), text('nextSteps')] },
  ],
} as const satisfies FormDefinition;
