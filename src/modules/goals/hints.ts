/*
 * Gentle hints for "do my best" goals (goal-setting theory: specific, demanding goals engage;
 * "do your best" has no outside reference, so nobody can tell when it is good enough). Pure and
 * shared: the form shows a hint per code while the person types, the goal page shows them too.
 * The hints never block saving — they are questions a good colleague would ask.
 */

import type { Locale } from '../../shared/roles.js';

export const GOAL_HINT_CODES = [
  'do_your_best',
  'vague_without_situation',
  'too_short',
  'no_action_verb',
  'no_progress_signs',
] as const;
export type GoalHintCode = (typeof GOAL_HINT_CODES)[number];

interface WordLists {
  doYourBest: RegExp[];
  vague: RegExp;
  situation: RegExp;
  actionStems: RegExp;
  modalAction: RegExp;
}

// Words are matched on lower-cased text; \p{L} so æ, ø and å count as letters.
const L = '\\p{L}';
const word = (alternatives: string[], suffix = '') =>
  new RegExp(`(?<!${L})(?:${alternatives.join('|')})${suffix}(?!${L})`, 'u');

const LISTS: Record<Locale, WordLists> = {
  da: {
    doYourBest: [
      word(['gøre? (?:mit|mine|vores|sit|det) (?:bedste|ypperste)']),
      word(['så godt (?:jeg|vi) kan']),
      word(['bedst muligt']),
      word(['gøre det godt']),
    ],
    vague: word([
      'bedre',
      'mere',
      'mest',
      'generelt',
      'i det hele taget',
      'helt generelt',
      'udvikle mig',
      'forbedre mig',
      'dygtigere',
      'blive god til',
      'blive bedre',
    ]),
    situation: word(
      [
        'når',
        'hver',
        'hvert',
        'under',
        'ved',
        'efter',
        'inden',
        'før',
        'dagligt',
        'ugentligt',
        'om ugen',
        'om dagen',
        'om måneden',
        'mandag',
        'tirsdag',
        'onsdag',
        'torsdag',
        'fredag',
        'morgen',
        'formiddag',
        'eftermiddag',
        'samling',
        'garderobe',
        'overgang',
        'måltid',
        'frokost',
        'legeplads',
        'aflevering',
        'afhentning',
        'puslerum',
        'tur',
        'møde',
        'samtale',
        'stuen',
        'klassen',
        'timen',
        'barn',
        'børn',
        'elev',
        'borger',
        'beboer',
        'forældre',
        'kolleg',
        'teamet',
        'gruppe',
      ].map((w) => `${w}${L}*`),
    ),
    actionStems: word(
      [
        'stil',
        'spørg',
        'giv',
        'brug',
        'lav',
        'lyt',
        'guid',
        'planlæg',
        'observer',
        'afprøv',
        'prøv',
        'inddrag',
        'skab',
        'styrk',
        'støt',
        'understøt',
        'sæt',
        'tal',
        'vis',
        'dokumenter',
        'evaluer',
        'tilrettelæg',
        'led',
        'faciliter',
        'øv',
        'læs',
        'skriv',
        'hold',
        'inviter',
        'samarbejd',
        'reflekter',
        'sig',
        'fortæl',
        'hjælp',
        'træn',
        'undersøg',
        'indfør',
        'etabler',
        'organiser',
        'gennemfør',
        'anerkend',
        'benævn',
        'syng',
        'vent',
        'følg',
        'del',
        'aftal',
        'juster',
        'forbered',
        'ros',
        'spejl',
        'udfordr',
        'motiver',
        'beskriv',
        'registrer',
        'mød',
        'formidl',
        'introducer',
        'præsenter',
        'arbejd',
        'afhold',
        'opdel',
        'saml',
        'hils',
        'lær',
        'rammesæt',
        'strukturer',
      ],
      `${L}{0,4}`,
    ),
    // "at stille", "vil give": an infinitive after at/a modal, unless it is one of the empty verbs.
    modalAction: new RegExp(
      `(?<!${L})(?:at|vil|skal|kan|gerne)\\s+(?!(?:blive|være|have|få|gøre)(?!${L}))${L}{3,}`,
      'u',
    ),
  },
  en: {
    doYourBest: [
      word(['do (?:my|our|their) (?:best|utmost)']),
      word(['as (?:well|good) as (?:i|we) can']),
      word(['the best i can']),
    ],
    vague: word([
      'better',
      'more',
      'most',
      'in general',
      'generally',
      'overall',
      'improve myself',
      'develop myself',
      'get good at',
    ]),
    situation: word(
      [
        'when',
        'every',
        'each',
        'during',
        'before',
        'after',
        'daily',
        'weekly',
        'per week',
        'a week',
        'a day',
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'morning',
        'afternoon',
        'circle time',
        'lunch',
        'meal',
        'playground',
        'drop-off',
        'pick-up',
        'meeting',
        'conversation',
        'class',
        'lesson',
        'child',
        'children',
        'pupil',
        'student',
        'citizen',
        'resident',
        'parent',
        'colleague',
        'team',
        'group',
      ].map((w) => `${w}s?`),
    ),
    actionStems: word(
      [
        'ask',
        'give',
        'use',
        'make',
        'listen',
        'plan',
        'observe',
        'try',
        'involve',
        'create',
        'support',
        'set',
        'talk',
        'show',
        'document',
        'evaluate',
        'lead',
        'facilitate',
        'practi[cs]e',
        'read',
        'write',
        'hold',
        'invite',
        'reflect',
        'say',
        'tell',
        'help',
        'train',
        'introduce',
        'name',
        'sing',
        'wait',
        'follow',
        'share',
        'agree',
        'prepare',
        'praise',
        'mirror',
        'challenge',
        'describe',
        'record',
        'meet',
        'run',
        'structure',
        'organi[sz]e',
        'greet',
        'learn',
        'hand over',
        'frame',
      ],
      '(?:s|es|d|ed|ing)?',
    ),
    modalAction: new RegExp(
      `(?<!${L})(?:to|will|shall|can|want to)\\s+(?!(?:be|become|get|have|do)(?!${L}))${L}{3,}`,
      'u',
    ),
  },
};

const TOO_SHORT_CHARS = 20;
const TOO_SHORT_WORDS = 4;
const PROGRESS_MIN_CHARS = 15;

const clean = (text: string | null | undefined) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The hints for a goal as written so far. `locale` limits the word lists to one language; by
 * default both are tried, since people often write in the language they think in.
 */
export function goalHints(
  title: string,
  why: string | null | undefined,
  progressSigns: string | null | undefined,
  locale?: Locale,
): GoalHintCode[] {
  const t = clean(title);
  if (!t) return [];
  const text = `${t} ${clean(why)}`.trim();
  const lists = locale ? [LISTS[locale]] : [LISTS.da, LISTS.en];
  const any = (pick: (l: WordLists) => boolean) => lists.some(pick);
  const hints: GoalHintCode[] = [];

  const doYourBest = any((l) => l.doYourBest.some((re) => re.test(text)));
  if (doYourBest) hints.push('do_your_best');
  if (
    !doYourBest &&
    any((l) => l.vague.test(text)) &&
    !any((l) => l.situation.test(text) || /\d/.test(text))
  ) {
    hints.push('vague_without_situation');
  }
  if (t.length < TOO_SHORT_CHARS || t.split(' ').length < TOO_SHORT_WORDS) hints.push('too_short');
  if (!any((l) => l.actionStems.test(text) || l.modalAction.test(text))) hints.push('no_action_verb');
  if (clean(progressSigns).length < PROGRESS_MIN_CHARS) hints.push('no_progress_signs');
  return hints;
}
