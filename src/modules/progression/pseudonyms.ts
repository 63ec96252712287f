import { FIRST_NAMES } from './first-names.js';

/*
 * Progression work is recorded for groups or under pseudonyms (PRODUCT.md "Who may see what"):
 * a CPR number is refused outright, a word that looks like a first name is a warning the person
 * may override. Shared by the forms and the API, so both say the same.
 */

/** A CPR number: ddmmyy-xxxx, or ten digits whose first six are a real day. */
const CPR = /(?<!\d)(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?!\d)/g;

function isRealDay(dd: number, mm: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  // The century (and so the leap year) is unknown: any 29 February may be one.
  return dd <= new Date(Date.UTC(2000, mm, 0)).getUTCDate();
}

/** Whether the text holds something written as a CPR number. */
export function holdsCprNumber(text: string): boolean {
  for (const m of text.matchAll(CPR)) {
    if (isRealDay(Number(m[1]), Number(m[2]))) return true;
  }
  return false;
}

/** The capitalised words of the text that are common first names, each once, as written. */
export function possibleFirstNames(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}]+/gu)) {
    if (FIRST_NAMES.has(m[0].toLocaleLowerCase('da'))) found.add(m[0]);
  }
  return [...found];
}
