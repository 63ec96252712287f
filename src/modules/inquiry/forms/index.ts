import type { InquiryForm } from '../constants.js';
import { dataWork } from './data-work.js';
import { learningCircle } from './learning-circle.js';
import { trialAction } from './trial-action.js';
import type { FormDefinition } from './types.js';

export const FORMS: Record<InquiryForm, FormDefinition> = {
  learning_circle: learningCircle,
  trial_action: trialAction,
  data_work: dataWork,
};

export type { FormDefinition, FormPhase, FormField } from './types.js';
