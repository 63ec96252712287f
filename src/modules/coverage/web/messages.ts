import { defineMessages } from '../../../web/i18n/define';

/** MUS coverage for HR and the MED committee: numbers per group of units. */
export const coverageMessages = defineMessages(
  {
    nav: 'MUS-dækning',
    title: 'MUS-dækning',
    intro:
      'Hvor mange medarbejdere der har haft udviklingssamtaler i perioden, og hvor mange der har et læringsmål i fokus — kun tal, aldrig indholdet af en samtale.',
    agreement:
      'Overenskomsterne kræver en årlig udviklingssamtale. I MUP er den holdt, når medarbejderen har haft mindst én afholdt 1:1-samtale med sin leder i løbet af året; en række korte samtaler tæller som den årlige.',
    from: 'Fra',
    to: 'Til',
    show: 'Vis',
    print: 'Udskriv',
    caption: 'Medarbejdere pr. enhed, {from} – {to}',
    unit: 'Enhed',
    employees: 'Medarbejdere',
    held: 'Haft 1:1-samtale',
    inFocus: 'Har mål i fokus',
    neither: 'Ingen af delene',
    total: 'I alt',
    share: '{count} ({percent} %)',
    includes: 'Tæller også: {units}',
    minGroup:
      'Enheder med færre end {min} medarbejdere vises ikke alene: deres tal indgår i den nærmeste enhed over dem, så ingen enkeltperson kan udledes.',
    notShown:
      '{count} medarbejdere i enheder, der heller ikke sammen med enhederne over dem når {min}, er ikke talt med.',
    empty: 'Der er ingen medarbejdere at tælle endnu.',
    periodError: 'Perioden skal slutte samme dag som eller efter, den begynder.',
    homeTitle: 'Organisationen i tal',
    homeIntro: 'Medarbejdere med en nærmeste leder, i år ({year}) — kun tal.',
    homeLink: 'Se tallene pr. enhed',
    requirement: 'Årlig samtale',
    requirementMet: 'Opfyldt',
    requirementMissing: 'Mangler for {count}',
    summaryMet:
      'Overenskomstens krav om en årlig udviklingssamtale er opfyldt i perioden: alle {count} medarbejdere har haft mindst én afholdt 1:1-samtale.',
    summaryMissing:
      'Overenskomstens krav om en årlig udviklingssamtale er endnu ikke opfyldt i perioden: {missing} af {count} medarbejdere mangler en afholdt 1:1-samtale.',
  },
  {
    nav: 'Development talk coverage',
    title: 'Development talk coverage',
    intro:
      'How many employees had development conversations in the period, and how many have a learning goal in focus — numbers only, never what was said.',
    agreement:
      'The collective agreements require a yearly development talk. In MUP it has taken place when the employee has had at least one held 1:1 with their leader during the year; a series of short conversations counts as the yearly one.',
    from: 'From',
    to: 'To',
    show: 'Show',
    print: 'Print',
    caption: 'Employees per unit, {from} – {to}',
    unit: 'Unit',
    employees: 'Employees',
    held: 'Had a 1:1',
    inFocus: 'Goal in focus',
    neither: 'Neither',
    total: 'Total',
    share: '{count} ({percent} %)',
    includes: 'Also counts: {units}',
    minGroup:
      'Units with fewer than {min} employees are not shown alone: their numbers count in the nearest unit above them, so no individual can be inferred.',
    notShown:
      '{count} employees in units that stay below {min} even together with the units above them are not counted.',
    empty: 'There are no employees to count yet.',
    periodError: 'The period must end on or after the day it starts.',
    homeTitle: 'The organisation in numbers',
    homeIntro: 'Employees with a nearest leader, this year ({year}) — numbers only.',
    homeLink: 'See the numbers per unit',
    requirement: 'Yearly talk',
    requirementMet: 'Met',
    requirementMissing: 'Missing for {count}',
    summaryMet:
      'The collective agreement’s yearly development talk is met in the period: all {count} employees had at least one held 1:1.',
    summaryMissing:
      'The collective agreement’s yearly development talk is not yet met in the period: {missing} of {count} employees have had no held 1:1.',
  },
);
