import type { ExampleInitiative } from '../cases.js';

export const jobCentre: ExampleInitiative = {
  key: 'job_centre_network_meetings',
  name: {
    da: 'Tværfaglige netværksmøder om unge',
    en: 'Cross-disciplinary network meetings about young people',
  },
  workplace: { da: 'Jobcenter, afdelingen for unge', en: 'Job centre, youth department' },
  background: {
    da: 'Afdelingen har en strategi for samarbejdet med de andre afdelinger på social- og omsorgsområdet om de unge, der er længst fra arbejdsmarkedet, fx på grund af psykisk sårbarhed eller misbrug. Den valgte at begynde med møderne: samarbejdsmøderne mellem kommunens fagfolk og netværksmøderne, hvor den unge selv er med.',
    en: "The department has a strategy for working with the other departments in social care on the young people furthest from the labour market, for example because of mental vulnerability or addiction. It chose to start with the meetings: the municipality's own coordination meetings and the network meetings the young person attends.",
  },
  task: {
    da: 'Vi leder gode tværfaglige netværksmøder, der ender med aftaler om, hvad vi gør sammen.',
    en: 'We lead good cross-disciplinary network meetings that end in agreements on what we do together.',
  },
  perspective: {
    coreTask: {
      da: 'De unge får forløb, de kan overskue, og samme besked fra alle – og oplever, at der bliver handlet hurtigt bagefter.',
      en: 'The young people get a course they can follow and the same message from everyone – and see that action follows quickly.',
    },
    workplace: {
      da: 'Et led i strategien for mere samarbejde på tværs: mindre "os og dem" og mere arbejdsglæde.',
      en: 'Part of the strategy for more cooperation across departments: less "us and them" and more joy in the work.',
    },
  },
  learningGoals: {
    methods: {
      da: 'Teknikker til mødeledelse, som især de mindre erfarne kan læne sig op ad.',
      en: 'Meeting-leading techniques that the less experienced especially can lean on.',
    },
    knowledge: {
      da: 'Forståelse af, hvordan de forskellige fagområder tænker, og af professionel nysgerrighed.',
      en: 'Understanding how the different professional domains think, and professional curiosity.',
    },
    role: {
      da: 'Fra at træffe beslutningerne selv til at facilitere og inddrage – og vide, at man som mødeleder ikke er neutral, men har sine egne sager med.',
      en: 'From making the decisions yourself to facilitating and involving others – knowing that as the chair you are not neutral but bring your own cases.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: { da: 'Især på kurser og workshops.', en: 'Mainly on courses and in workshops.' },
      trial: {
        da: 'I praksis – og alle ved, at mødelederen stadig øver sig.',
        en: 'In practice – and everyone knows the chair is still practising.',
      },
      feedback: { da: 'Løbende fra en ressourceperson.', en: 'Ongoing, from a resource person.' },
    },
    formats: ['tool_course', 'training_workshop', 'side_by_side'],
    note: {
      da: 'Korte halvdagskurser, workshops og en makker på træningsbanen.',
      en: 'Short half-day courses, workshops and a buddy on the training track.',
    },
  },
  anchoring: {
    goal_follow_up: null,
    organisation: {
      da: 'Medarbejder og leder aftaler konkret, hvornår træningen slutter og hverdagen begynder.',
      en: 'Employee and leader agree concretely when the training ends and the everyday begins.',
    },
    support: {
      da: 'Fælles skabeloner for indsatsplanen og en makker.',
      en: 'Shared templates for the action plan, and a buddy.',
    },
    ongoing_follow_up: {
      da: 'Netværksmødets struktur bliver set efter med jævne mellemrum.',
      en: "The network meeting's structure is reviewed at regular intervals.",
    },
  },
  participants: {
    who: { da: 'En udvalgt gruppe sagsbehandlere', en: 'A selected group of caseworkers' },
    target: 'independently',
  },
};
