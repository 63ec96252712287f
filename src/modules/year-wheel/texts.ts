import type { Locale } from '../../shared/roles.js';
import type { EntryKind } from './constants.js';

// The server's own words for calendars and reminder mails, in the recipient's language.

export interface WheelTexts {
  calendarName: (unit: string) => string;
  entry: (kind: EntryKind, title: string, forum: string | null) => string;
  meeting: (forum: string) => string;
  data: string;
  reminderSubject: (title: string, when: string) => string;
  reminderBody: (unit: string, title: string, when: string) => string;
  seeWheel: string;
}

export const WHEEL_TEXTS: Record<Locale, WheelTexts> = {
  da: {
    calendarName: (unit) => `Årshjul: ${unit}`,
    entry: (kind, title, forum) =>
      kind === 'collect'
        ? `Dataindsamling: ${title}`
        : forum
          ? `Drøftes i ${forum}: ${title}`
          : `Drøftelse: ${title}`,
    meeting: (forum) => `Møde: ${forum}`,
    data: 'Data',
    reminderSubject: (title, when) => `Årshjulet: ${title} ${when}`,
    reminderBody: (unit, title, when) => `På ${unit}s årshjul står "${title}" ${when}.`,
    seeWheel: 'Se årshjulet',
  },
  en: {
    calendarName: (unit) => `Year wheel: ${unit}`,
    entry: (kind, title, forum) =>
      kind === 'collect'
        ? `Data collection: ${title}`
        : forum
          ? `Discussed in ${forum}: ${title}`
          : `Discussion: ${title}`,
    meeting: (forum) => `Meeting: ${forum}`,
    data: 'Data',
    reminderSubject: (title, when) => `Year wheel: ${title} ${when}`,
    reminderBody: (unit, title, when) => `The year wheel of ${unit} has "${title}" ${when}.`,
    seeWheel: 'See the year wheel',
  },
};
