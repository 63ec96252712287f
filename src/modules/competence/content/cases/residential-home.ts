import type { ExampleInitiative } from '../cases.js';

export const residentialHome: ExampleInitiative = {
  key: 'residential_home_documentation',
  name: { da: 'Dokumentation ud fra barnets mål', en: "Documentation built on the child's goals" },
  workplace: {
    da: 'Døgninstitution for børn og unge med handicap',
    en: 'Residential home for children and young people with disabilities',
  },
  background: {
    da: 'Institutionen har børn fra 0 til 18 år, mange med flere diagnoser og store fysiske, psykiske eller kognitive handicap. Den ville have dokumentationen til at tage udgangspunkt i de mål, der er sat for det enkelte barns trivsel og udvikling.',
    en: "The home has children aged 0 to 18, many with several diagnoses and severe physical, mental or cognitive disabilities. It wanted its documentation to start from the goals set for each child's well-being and development.",
  },
  task: {
    da: 'Vi skriver vores dokumentation ud fra de mål, der er sat for barnets trivsel og udvikling – så målene kan ses i teksten.',
    en: "We write our documentation from the goals set for the child's well-being and development – so the goals can be seen in the text.",
  },
  perspective: {
    coreTask: {
      da: 'Vi holder fokus på barnets udvikling og på, hvad vores indsats gør for barnet.',
      en: "We keep our attention on the child's development and on what our work does for the child.",
    },
    workplace: {
      da: 'Vi kan vise, at indsatsen bygger på barnets mål, og hvad den virker – så vi kan justere indsatsen eller målene, hvis de ikke holder.',
      en: "We can show that our work builds on the child's goals and what it achieves – so we can adjust the work or the goals if they do not hold.",
    },
  },
  learningGoals: {
    methods: {
      da: 'Vi bruger én fælles, konkret metode, når vi dokumenterer.',
      en: 'We use one shared, concrete method when we document.',
    },
    knowledge: { da: 'Intet stort behov lige nu.', en: 'No great need at present.' },
    role: {
      da: 'Vi skriver som fagpersoner, ikke som privatpersoner.',
      en: 'We write as professionals, not as private persons.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: {
        da: 'En fælles workshop, hvor vi går en konkret dokumentation igennem i it-systemet.',
        en: 'A shared workshop where we go through a concrete piece of documentation in the IT system.',
      },
      trial: {
        da: 'Sidemandsoplæring: to og to sætter sig ned og dokumenterer sammen.',
        en: 'Side by side: two at a time sit down and document together.',
      },
      feedback: {
        da: 'Supervision om rollen: Hvornår taler vi som privatpersoner, og hvornår som fagpersoner?',
        en: 'Supervision on the role: when do we speak as private persons, and when as professionals?',
      },
    },
    formats: ['side_by_side', 'training_workshop', 'coaching'],
    note: {
      da: 'Supervisionen står ikke i kataloget; coaching er den nærmeste form.',
      en: 'Supervision is not in the catalogue; coaching is the closest format.',
    },
  },
  anchoring: {
    goal_follow_up: {
      da: 'Lederen aftaler med hver enkelt, hvad der forventes af dokumentationen.',
      en: 'The leader agrees with each person what is expected of their documentation.',
    },
    organisation: {
      da: 'Teamet mødes før vagten for at tale om målene og bagefter for at dokumentere.',
      en: 'The team meets before the shift to talk about the goals and afterwards to document.',
    },
    support: { da: 'Lederen er vejleder.', en: 'The leader acts as supervisor.' },
    ongoing_follow_up: {
      da: 'Vi har aftalt at tale mere fagligt sammen i det daglige.',
      en: 'We have agreed to talk more about our professional work day to day.',
    },
  },
  participants: {
    who: { da: 'Alle medarbejdere, der dokumenterer', en: 'All staff who document' },
    target: 'independently',
  },
};
