import type { FormDefinition } from './types.js';

const text = (key: string, maxLength = 4000) => ({ key, maxLength });

/**
 * Data work before, during and after (004): a learning focus asked as an inquiry question and a
 * data plan; the data, in numbers (the linked measures) and in words; the team's analysis and
 * decision.
 */
export const dataWork = {
  key: 'data_work',
  phases: [
    {
      key: 'before',
      fields: [
        text('learningFocus', 1000),
        text('whichData'),
        text('whoCollects', 1000),
        text('whenCollected', 1000),
        text('whenAnalysed', 1000),
      ],
    },
    { key: 'during', fields: [text('quantitative'), text('observations'), text('quotes')] },
    { key: 'after', fields: [text('analysis'), text('decision')] },
  ],
} as const satisfies FormDefinition;
