import type { ImportLineError, ImportSample, LineReason, SampleRow } from '../answers.js';

/** How many lines of each outcome the preview shows. */
export const SAMPLE_SIZE = 5;

/** Collects the problems of a file, in line order once sorted. */
export class LineErrors {
  readonly list: ImportLineError[] = [];

  add(line: number, field: string | undefined, reason: LineReason, message: string) {
    this.list.push({ line, ...(field ? { field } : {}), reason, message });
  }

  /** Checks a required value and its length; returns whether it is usable. */
  required(line: number, field: string, value: string, max: number): boolean {
    if (value === '') {
      this.add(line, field, 'missing_field', `${field} is required`);
      return false;
    }
    return this.maxLength(line, field, value, max);
  }

  maxLength(line: number, field: string, value: string, max: number): boolean {
    if (value.length > max) {
      this.add(line, field, 'too_long', `${field} is longer than ${max} characters`);
      return false;
    }
    return true;
  }

  sorted(): ImportLineError[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}

export function buildSample(create: SampleRow[], update: SampleRow[], unchanged: SampleRow[]): ImportSample {
  return {
    create: create.slice(0, SAMPLE_SIZE),
    update: update.slice(0, SAMPLE_SIZE),
    unchanged: unchanged.slice(0, SAMPLE_SIZE),
  };
}
