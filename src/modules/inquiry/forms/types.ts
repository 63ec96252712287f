/**
 * An inquiry form: a cycle of phases, each with fields. Texts (titles, prompts) live in the web
 * catalogues under `inquiry.forms.<form>.<phase>.<field>`; here only structure and limits.
 */
export interface FormField {
  key: string;
  maxLength: number;
}

export interface FormPhase {
  key: string;
  fields: readonly FormField[];
}

export interface FormDefinition {
  key: string;
  phases: readonly FormPhase[];
}
