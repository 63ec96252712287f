import { defineMessages } from '../../../web/i18n/define';

/** Texts of a forum's structured rhythm and of a unit's meeting structure as a table (namespace `forumStructure`). */
export const forumStructureMessages = defineMessages(
  {
    every: {
      week: 'Hver uge',
      weeks: 'Hver {n}. uge',
      month: 'Hver måned',
      months: 'Hver {n}. måned',
    },
    minutes: '{n} minutter',
    at: 'kl. {time}',
    fields: {
      cadenceEvery: 'Mødes hver',
      cadenceEveryHelp: 'Et tal: 1 er hver gang, 2 er hver anden osv.',
      cadenceUnit: 'Uge eller måned',
      unitWeek: 'uge',
      unitMonth: 'måned',
      durationMinutes: 'Varighed i minutter',
      firstMeetingOn: 'Første møde (eller et af dem)',
      firstMeetingOnHelp: 'De næste mødedatoer regnes herfra.',
      meetingTime: 'Mødetidspunkt',
      next: 'Næste møder',
    },
    errors: {
      cadenceEvery: 'Skriv et helt tal fra 1 til {max}.',
      durationMinutes: 'Skriv et antal minutter fra {min} til {max}.',
      meetingTime: 'Skriv tidspunktet som TT:MM, fx 13:30.',
    },
    note: {
      title: 'Tidligere beskrivelse',
      text: 'Før kunne hyppighed og varighed skrives frit. Dette kunne ikke læses som tal og er gemt her, så intet går tabt: “{cadence}” · “{duration}”. Udfyld felterne; teksten fjernes, når du gemmer med en hyppighed.',
      none: '–',
    },
    table: {
      open: 'Vis som tabel',
      title: 'Mødestruktur: {unit}',
      titleNoUnit: 'Mødestruktur',
      intro:
        'Enhedens faste fora på de tre niveauer, sådan som de er beskrevet. Tabellen kan printes og hænges op eller tages med til et personalemøde.',
      caption:
        'Mødefora på tre niveauer med formål, form, hyppighed, varighed, deltagere, indhold og relevante data',
      level: 'Niveau',
      forum: 'Forum',
      print: 'Print tabellen',
      back: 'Mødefora',
      empty: 'Enheden har ingen fora på dette niveau.',
      notSet: '–',
      yearWheel: 'Se årshjulet',
    },
  },
  {
    every: {
      week: 'Every week',
      weeks: 'Every {n} weeks',
      month: 'Every month',
      months: 'Every {n} months',
    },
    minutes: '{n} minutes',
    at: 'at {time}',
    fields: {
      cadenceEvery: 'Meets every',
      cadenceEveryHelp: 'A number: 1 is every time, 2 every other, and so on.',
      cadenceUnit: 'Week or month',
      unitWeek: 'week',
      unitMonth: 'month',
      durationMinutes: 'Duration in minutes',
      firstMeetingOn: 'First meeting (or any one of them)',
      firstMeetingOnHelp: 'The next meeting days are counted from it.',
      meetingTime: 'Meeting time',
      next: 'Next meetings',
    },
    errors: {
      cadenceEvery: 'Enter a whole number from 1 to {max}.',
      durationMinutes: 'Enter a number of minutes from {min} to {max}.',
      meetingTime: 'Enter the time as HH:MM, e.g. 13:30.',
    },
    note: {
      title: 'Earlier description',
      text: 'Cadence and duration used to be free text. This could not be read as numbers and is kept here so nothing is lost: “{cadence}” · “{duration}”. Fill in the fields; the text goes when you save with a cadence.',
      none: '–',
    },
    table: {
      open: 'Show as a table',
      title: 'Meeting structure: {unit}',
      titleNoUnit: 'Meeting structure',
      intro:
        'The unit’s regular forums on the three levels, as they are described. The table can be printed, put up on a wall or brought to a staff meeting.',
      caption:
        'Meeting forums on three levels with purpose, form, cadence, duration, participants, content and relevant data',
      level: 'Level',
      forum: 'Forum',
      print: 'Print the table',
      back: 'Meeting forums',
      empty: 'The unit has no forums on this level.',
      notSet: '–',
      yearWheel: 'See the year wheel',
    },
  },
);
