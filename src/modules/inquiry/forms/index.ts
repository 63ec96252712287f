import type { InquiryForm } from '../constants.js';
import { learningCircle } from './learning-circle.js';
import type { FormDefinition } from './types.js';

export const FORMS: Record<InquiryForm, FormDefinition> = {
  learning_circle: learningCircle,
};

export type { FormDefinition, FormPhase, FormField } from './types.js';
