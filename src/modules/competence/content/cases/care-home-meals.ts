import type { ExampleInitiative } from '../cases.js';

export const careHomeMeals: ExampleInitiative = {
  key: 'care_home_meals',
  name: { da: 'Mere end mad: måltidet hos beboerne', en: 'More than food: the meal with the residents' },
  workplace: { da: 'Plejecenter', en: 'Care home' },
  background: {
    da: 'Plejecentret bruger kørekort på tre niveauer: Nye medarbejdere tager kørekort i flere faglige områder, og de faste tager nye kørekort, når der kommer nye opgaver. Et kørekort betyder, at man lever op til stedets faglige standard for opgaven på det niveau.',
    en: "The care home uses licences on three levels: new staff take licences in several professional areas, and permanent staff take new ones when new tasks arrive. A licence means you meet the home's professional standard for the task at that level.",
  },
  task: {
    da: 'Vi laver maden ude hos beboerne – fagligt godt, og så det føles som hjemme.',
    en: 'We cook the meals out with the residents – professionally well, and so that it feels like home.',
  },
  perspective: {
    coreTask: {
      da: 'Maden bliver lavet tæt på beboerne, og det giver mere ro, genkendelighed og tryghed omkring måltidet.',
      en: 'The food is made close to the residents, which brings more calm, familiarity and security around the meal.',
    },
    workplace: {
      da: 'Køkkenet kan drives mere effektivt, og social- og sundhedshjælperne rykker tættere på måltidet med mere plads til at bruge deres faglighed.',
      en: 'The kitchen can run more efficiently, and the social and health care helpers move closer to the meal with more room to use their skills.',
    },
  },
  learningGoals: {
    methods: {
      da: 'At organisere madlavningen, så beboerne er med så meget som muligt.',
      en: 'Organising the cooking so the residents take part as much as possible.',
    },
    knowledge: {
      da: 'At genopfriske det faglige, fx hvad fedtindholdet betyder, og hvad ældre medicinske patienter har brug for.',
      en: 'Refreshing the professional basics, such as what the fat content means and what older medical patients need.',
    },
    role: {
      da: 'Et nyt syn på måltidet og dets betydning: fra at være hurtig og effektiv til at være vært – og stolt af det.',
      en: 'A new view of the meal and what it means: from being quick and efficient to being a host – and proud of it.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: {
        da: 'Hvad et måltid rummer, fagligt set.',
        en: 'What a meal holds, professionally speaking.',
      },
      trial: {
        da: 'Prøve det af sammen med en erfaren kollega, med et smileyskema som støtte.',
        en: 'Trying it out with an experienced colleague, supported by a smiley chart.',
      },
      feedback: {
        da: 'Aftalte refleksioner undervejs med den erfarne kollega.',
        en: 'Agreed reflections along the way with the experienced colleague.',
      },
    },
    formats: ['tool_course', 'mentoring'],
    note: {
      da: 'Et kort værktøjskursus og et mentorforløb.',
      en: 'A short tool course and a mentoring programme.',
    },
  },
  anchoring: {
    goal_follow_up: {
      da: 'Praksisgennemgang med en ressourceperson, som giver kørekortet.',
      en: 'A practice review with a resource person, who grants the licence.',
    },
    organisation: {
      da: 'Medarbejdere med kørekort B er værter ved måltidet. Kørekortene står på intranettet og hænger synligt i afdelingerne.',
      en: 'Staff holding licence B act as hosts at the meal. The licences are listed on the intranet and posted visibly in the departments.',
    },
    support: {
      da: 'Ressourcepersonerne støtter løbende.',
      en: 'The resource persons give ongoing support.',
    },
    ongoing_follow_up: {
      da: 'En kort refleksion lige efter måltiderne.',
      en: 'A short reflection right after the meals.',
    },
  },
  participants: {
    who: {
      da: 'Alle medarbejdere: alle tager C, social- og sundhedsassistenterne B, og de, der vil, A',
      en: 'All staff: everyone takes C, the social and health care assistants B, and those who wish A',
    },
    target: 'independently',
  },
  licences: {
    levels: {
      C: {
        da: 'Hjælper ved måltidet sammen med en kollega med B eller A og står ikke alene med det.',
        en: 'Helps at the meal together with a colleague holding B or A and does not handle it alone.',
      },
      B: {
        da: 'Laver maden og er vært ved måltidet hos beboerne på egen hånd, også når en beboer har særlige behov.',
        en: 'Cooks and hosts the meal with the residents on their own, also when a resident has special needs.',
      },
      A: {
        da: 'Ressourceperson for måltidet: vejleder kolleger, klarer de sværeste situationer og holder praksisgennemgange.',
        en: 'Resource person for the meal: guides colleagues, handles the hardest situations and holds practice reviews.',
      },
    },
    requiredAlone: 'B',
    note: {
      da: 'Alle skal have C – også afløsere. Social- og sundhedsassistenterne skal have B. A tager de, der vil have et ekstra ansvar for måltidet.',
      en: 'Everyone must hold C – substitutes included. The social and health care assistants must hold B. A is for those who want extra responsibility for the meal.',
    },
  },
};
