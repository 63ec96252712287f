// Anchoring in the everyday (seeds/002, "four kinds of anchoring"): each kind with the question it
// answers and example arrangements a leader can start from.
import type { AnchoringKind, Localized } from './types.js';

export interface AnchoringText {
  key: AnchoringKind;
  name: Localized;
  question: Localized;
  examples: Localized[];
}

export const ANCHORING_TEXTS: readonly AnchoringText[] = [
  {
    key: 'goal_follow_up',
    name: { da: 'Opfølgning på målet', en: 'Follow-up on the goal' },
    question: {
      da: 'Hvornår og hvordan ser vi efter, om opgaven nu bliver løst som ønsket – og om børnene, borgerne eller arbejdspladsen fik det ud af det, vi håbede?',
      en: 'When and how do we check that the task is now done as intended – and whether the children, citizens or the workplace gained what we hoped?',
    },
    examples: [
      {
        da: 'En måned efter kurset sætter leder og medarbejder sig sammen og taler om, hvad det har ført til.',
        en: 'A month after the course, leader and employee sit down and talk about what it has led to.',
      },
      {
        da: 'En ressourceperson ser medarbejderen løse opgaven og giver et kørekort, når det sidder.',
        en: 'A resource person watches the employee do the task and issues a licence once it is in place.',
      },
      {
        da: 'Teamet ser på de samme tal eller iagttagelser som før forløbet og sammenligner.',
        en: 'The team looks at the same figures or observations as before the initiative and compares.',
      },
    ],
  },
  {
    key: 'organisation',
    name: { da: 'Ændringer i organiseringen', en: 'Changes to how work is organised' },
    question: {
      da: 'Hvad skal laves om i vagtplan, arbejdsgange eller indretning, så medarbejderne faktisk kan tage ansvaret?',
      en: 'What must change in rotas, routines or layout so that staff can actually take on the responsibility?',
    },
    examples: [
      {
        da: 'Overleveringen mellem nat- og dagvagt får et fast punkt om opgaven.',
        en: 'The handover between night and day shift gets a fixed item on the task.',
      },
      {
        da: 'Der er altid en kollega med kørekort på vagt, som man kan ringe til.',
        en: 'There is always a licensed colleague on duty whom you can call.',
      },
      {
        da: 'Opgaven flyttes til dem, der mestrer den, indtil de andre er klar.',
        en: 'The task moves to those who master it until the others are ready.',
      },
    ],
  },
  {
    key: 'support',
    name: { da: 'Løbende støtte', en: 'Ongoing support' },
    question: {
      da: 'Hvordan får medarbejderne støtte, mens det lærte bliver til ny praksis – og hvem giver den?',
      en: 'How do staff get support while what they learned becomes new practice – and who gives it?',
    },
    examples: [
      {
        da: 'Ressourcepersonen har faste tider, hvor man kan komme med spørgsmål.',
        en: 'The resource person has fixed times when you can bring questions.',
      },
      {
        da: 'Nye kolleger får en makker, der kan opgaven.',
        en: 'New colleagues get a buddy who knows the task.',
      },
      {
        da: 'Supervision eller sparring en gang om måneden det første halve år.',
        en: 'Supervision or sparring once a month for the first six months.',
      },
    ],
  },
  {
    key: 'ongoing_follow_up',
    name: { da: 'Løbende opfølgning', en: 'Ongoing follow-up' },
    question: {
      da: 'Lykkes vi i det daglige med at løse opgaven så godt og så selvstændigt, som vi aftalte?',
      en: 'Day to day, are we managing to do the task as well and as independently as we agreed?',
    },
    examples: [
      {
        da: 'Et fast punkt på personalemødet: Hvordan gik det med opgaven siden sidst?',
        en: 'A fixed item at the staff meeting: how has the task gone since last time?',
      },
      {
        da: 'Opgaven står på dagsordenen til 1:1-samtalerne det næste halve år.',
        en: 'The task is on the agenda of the 1:1 conversations for the next six months.',
      },
    ],
  },
];

/** The note beside the everyday field: the new everyday begins when it was agreed, not the day after a course. */
export const EVERYDAY_NOTE: Localized = {
  da: 'Hverdagen begynder ikke dagen efter kurset, men når det er aftalt, at medarbejderen løser opgaven med det nye ansvar. Tal både om, hvornår gruppen er klar, og hvornår den enkelte er.',
  en: 'The everyday does not begin the day after the course but when it has been agreed that the employee does the task with the new responsibility. Talk both about when the group is ready and when each person is.',
};
