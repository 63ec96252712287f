import type { ExampleInitiative } from '../cases.js';

export const daycare: ExampleInitiative = {
  key: 'daycare_conflicts',
  name: {
    da: 'Konflikter, hvor barnets følelser bliver set',
    en: "Conflicts in which the child's feelings are seen",
  },
  workplace: {
    da: 'Integreret daginstitution (vuggestue og børnehave)',
    en: 'Integrated daycare centre (nursery and kindergarten)',
  },
  background: {
    da: 'Huset er en sammenlægning af en vuggestue og en børnehave med omkring 70 børn, og for den tredjedel, der er udsatte, skal der laves handleplaner. Det ville have et fælles fagligt grundlag for at møde børnene ens – især i konflikter.',
    en: 'The centre is a merger of a nursery and a kindergarten with about 70 children, and for the third who are vulnerable, action plans must be made. It wanted a shared professional foundation for meeting the children the same way – above all in conflicts.',
  },
  task: {
    da: 'Når et barn er i konflikt, møder vi det alle på samme måde: Vi ser og anerkender først det, barnet føler.',
    en: 'When a child is in a conflict, we all meet it the same way: first we see and recognise what the child feels.',
  },
  perspective: {
    coreTask: {
      da: 'Den måde, et barn bliver mødt på i en konflikt, betyder meget for dets udvikling.',
      en: 'The way a child is met in a conflict matters a great deal for its development.',
    },
    workplace: {
      da: 'Færre unødige gnidninger mellem kolleger om, at børnene bliver mødt forskelligt.',
      en: 'Less needless friction between colleagues about the children being met in different ways.',
    },
  },
  learningGoals: {
    methods: {
      da: 'En fælles metode til at håndtere konflikter (huset valgte IDHP).',
      en: 'A shared method for handling conflicts (the centre chose IDHP).',
    },
    knowledge: null,
    role: {
      da: 'Fra dommer til anerkender: en ny måde at møde barnet på i konflikten.',
      en: 'From judge to recogniser: a new way of meeting the child in the conflict.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: {
        da: 'Pædagogisk teori om at håndtere konflikter anerkendende.',
        en: 'Educational theory on handling conflicts with recognition.',
      },
      trial: {
        da: 'Personlig sparring og råd i hverdagen fra eksterne konsulenter.',
        en: 'Personal sparring and advice in daily work from external consultants.',
      },
      feedback: {
        da: 'Konsulenterne ser konkrete situationer og handlinger og følger op på dem.',
        en: 'The consultants observe concrete situations and actions and follow up on them.',
      },
    },
    formats: ['development_workshop', 'coaching'],
    note: {
      da: 'Et forløb med eksterne konsulenter, hvor huset udviklede sin fælles pædagogiske platform.',
      en: 'A course with external consultants in which the centre developed its shared educational platform.',
    },
  },
  anchoring: {
    goal_follow_up: null,
    organisation: {
      da: 'Kolleger, der endnu ikke klarer det selv, får støtte af andre. Nye børn bliver kun kørt ind af pædagoger, der mestrer tilgangen.',
      en: 'Colleagues who cannot yet manage on their own are supported by others. New children are settled in only by educators who master the approach.',
    },
    support: null,
    ongoing_follow_up: {
      da: 'Vi reflekterer over den nye praksis på personalemøderne.',
      en: 'We reflect on the new practice at staff meetings.',
    },
  },
  participants: {
    who: { da: 'Hele det pædagogiske personale', en: 'All the educational staff' },
    target: 'independently',
  },
};
