// The three levels a learning goal can sit on (seeds/002, "learning goals on several levels"):
// methods and techniques, professional knowledge, role — each led in its own way.
import type { GoalLevel, Localized } from './types.js';

export interface GoalLevelText {
  key: GoalLevel;
  name: Localized;
  /** What a goal on this level is about. */
  covers: Localized;
  /** The kinds of things that belong on this level. */
  includes: Localized[];
  /** Questions that show whether the new way of doing the task needs learning on this level. */
  questions: Localized[];
  /** What the leader does when this level carries the weight. */
  leaderRole: Localized;
  /** A goal written on this level, as an example. */
  example: Localized;
}

export const GOAL_LEVEL_TEXTS: readonly GoalLevelText[] = [
  {
    key: 'methods',
    name: { da: 'Metoder og teknikker', en: 'Methods and techniques' },
    covers: {
      da: 'De faste måder og greb, man arbejder efter. Det mest konkrete og det, der er lettest at lære – og det gør arbejdet mere ensartet.',
      en: 'The set ways and techniques you work by. The most concrete level and the easiest to learn – and it makes the work more consistent.',
    },
    includes: [
      {
        da: 'Fremgangsmåder, fx en trin-for-trin-vejledning til en ny måde at dokumentere på',
        en: 'Procedures, such as step-by-step instructions for a new way to document',
      },
      {
        da: 'Arbejdsteknikker, fx forflytning eller samtaleteknik',
        en: 'Working techniques, such as moving and lifting or conversation technique',
      },
      {
        da: 'Faglige metoder, der beskriver, hvordan man arbejder systematisk med et område',
        en: 'Professional methods that describe how to work systematically with an area',
      },
      {
        da: 'Ny teknologi, fx et it-system eller velfærdsteknologi med sin egen logik',
        en: 'New technology, such as an IT system or welfare technology with its own logic',
      },
    ],
    questions: [
      {
        da: 'Skal vi følge en ny fremgangsmåde eller bruge et nyt redskab?',
        en: 'Must we follow a new procedure or use a new tool?',
      },
      {
        da: 'Er der et greb, som nogle kan og andre ikke kan endnu?',
        en: 'Is there a technique some can do and others cannot yet?',
      },
    ],
    leaderRole: {
      da: 'Du koordinerer og sørger for, at de rette kommer igennem træningen og faktisk kan bruge metoden bagefter.',
      en: 'You coordinate and make sure the right people get through the training and can actually use the method afterwards.',
    },
    example: {
      da: 'Jeg kan bruge den nye skabelon, når jeg skriver dagens iagttagelser om et barn.',
      en: "I can use the new template when I write the day's observations about a child.",
    },
  },
  {
    key: 'knowledge',
    name: { da: 'Faglig viden', en: 'Professional knowledge' },
    covers: {
      da: 'Den faglige indsigt, der ligger bag valgene. Viden gør det muligt at tænke selv og handle klogt i situationer, der ikke ligner hinanden.',
      en: 'The professional insight behind the choices. Knowledge makes it possible to think for yourself and act wisely in situations that differ.',
    },
    includes: [
      {
        da: 'Faglige teorier om et større område',
        en: 'Professional theories about a wider field',
      },
      {
        da: 'Ny forskning og viden om, hvad der virker',
        en: 'New research and knowledge of what works',
      },
      {
        da: 'Lovgivning, retningslinjer og anden fastlagt viden',
        en: 'Legislation, guidelines and other formal knowledge',
      },
      {
        da: 'Viden uden for ens eget fag, fx om samarbejde og organisation',
        en: "Knowledge outside one's own profession, such as on cooperation and organisation",
      },
    ],
    questions: [
      {
        da: 'Skal vi forstå noget nyt for at kunne træffe gode valg i situationen?',
        en: 'Must we understand something new to make good choices in the situation?',
      },
      {
        da: 'Bygger vi i dag på vaner eller "det, man plejer at sige", hvor der findes bedre viden?',
        en: 'Do we rely today on habit or "what people usually say" where better knowledge exists?',
      },
    ],
    leaderRole: {
      da: 'Du hjælper medarbejderne med at forstå den nye viden og oversætte den til de konkrete situationer i hverdagen.',
      en: 'You help staff understand the new knowledge and translate it into the concrete situations of their day.',
    },
    example: {
      da: 'Jeg kender de nyeste anbefalinger om kost til ældre og kan forklare dem til beboer og pårørende.',
      en: 'I know the latest recommendations on diet for older people and can explain them to residents and relatives.',
    },
  },
  {
    key: 'role',
    name: { da: 'Rolle', en: 'Role' },
    covers: {
      da: 'Den måde, man går til opgaven på, og hvordan man ser sig selv, når man løser den – typisk over for barnet eller borgeren. Det sværeste at ændre, fordi faglig stolthed og identitet hænger ved den gamle rolle.',
      en: 'How you approach the task and how you see yourself while doing it – usually towards the child or citizen. The hardest to change, because professional pride and identity are tied to the old role.',
    },
    includes: [
      {
        da: 'Den faglige selvforståelse og identitet',
        en: 'Professional self-image and identity',
      },
      {
        da: 'Værdier og holdninger til kerneopgaven og til relationen med borgerne',
        en: 'Values and attitudes towards the core task and the relationship with citizens',
      },
      {
        da: 'Stoltheden over den måde, man løser opgaven på i dag',
        en: 'Pride in the way the task is done today',
      },
    ],
    questions: [
      {
        da: 'Skal vi møde barnet eller borgeren på en ny måde?',
        en: 'Must we meet the child or citizen in a new way?',
      },
      {
        da: 'Udfordrer ændringen noget, vi er stolte af, eller noget, vi mener er rigtigt?',
        en: 'Does the change challenge something we are proud of or believe is right?',
      },
    ],
    leaderRole: {
      da: 'Du deltager i og støtter medarbejdernes refleksion over, hvad den nye rolle betyder i praksis.',
      en: 'You take part in and support the staff’s reflection on what the new role means in practice.',
    },
    example: {
      da: 'Jeg går fra at dømme i konflikten til at anerkende, hvad barnet føler.',
      en: 'I move from judging the conflict to recognising what the child feels.',
    },
  },
];

/** Why the levels matter when planning: the higher the level, the more demanding the learning. */
export const GOAL_LEVELS_NOTE: Localized = {
  da: 'Under de tre niveauer ligger handlingerne – det, man konkret gør i situationen. Jo højere oppe målet ligger, jo mere krævende er læringen: En metode læres hurtigere end en ny rolle.',
  en: 'Beneath the three levels lie the actions – what you concretely do in the situation. The higher the goal sits, the more demanding the learning: a method is learned faster than a new role.',
};
