import { emptyData, type FormDefinition } from '../inquiry/index.js';
import type { InquiryData } from '../inquiry/schema.js';
import { INITIATIVE_FORM } from './form.js';
import type { ExampleInitiative } from './content/cases.js';

/**
 * An initiative's texts, every field empty or — from one of the guide's cases — the case's texts
 * copied in (docs/content.md: a case is a template; the leader owns the copy).
 */
export function initiativeData(example: ExampleInitiative | undefined, lang: 'da' | 'en'): InquiryData {
  const data = emptyData(INITIATIVE_FORM as FormDefinition);
  if (!example) return data;
  const set = (phase: string, field: string, text: { da: string; en: string } | null | undefined) => {
    const p = data.phases[phase];
    if (p && text) p.fields[field] = text[lang];
  };
  set('task', 'situation', example.task);
  set('perspective', 'core_task', example.perspective.coreTask);
  set('perspective', 'workplace', example.perspective.workplace);
  set('learning_goals', 'methods', example.learningGoals.methods);
  set('learning_goals', 'knowledge', example.learningGoals.knowledge);
  set('learning_goals', 'role', example.learningGoals.role);
  set('training_track', 'notes', example.trainingTrack.note);
  return data;
}
