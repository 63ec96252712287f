/**
 * Danish texts for a year of MUP activity in the synthetic municipality: frames, goals, circles,
 * 1:1s and feedback. Small pools, combined with a goal's theme, so the answers carry realistic
 * content of realistic length.
 */
import type { FrameItemKind } from '../src/modules/framing/constants.js';
import type { AgendaSection } from '../src/modules/conversations/constants.js';
import type { FeedbackKind } from '../src/modules/feedback/constants.js';

export const FRAME_ITEMS: { kind: FrameItemKind; title: string; description: string }[] = [
  {
    kind: 'strategic_goal',
    title: 'Alle børn i fællesskaber',
    description: 'Alle børn skal opleve at høre til og bidrage i et fællesskab hver dag.',
  },
  {
    kind: 'strategic_goal',
    title: 'Sprog og læsning',
    description: 'Vi styrker børnenes sprog gennem hele dagen, ikke kun i planlagte aktiviteter.',
  },
  {
    kind: 'strategic_goal',
    title: 'Sammenhæng i overgange',
    description: 'Overgange mellem hjem, dagtilbud og skole skal være trygge og forberedte.',
  },
  {
    kind: 'curriculum_theme',
    title: 'Alsidig personlig udvikling',
    description: 'Børnene får mod til at tage initiativ og udfordres i trygge rammer.',
  },
  {
    kind: 'curriculum_theme',
    title: 'Social udvikling',
    description: 'Børnene lærer at indgå i relationer, løse konflikter og tage hensyn.',
  },
  {
    kind: 'curriculum_theme',
    title: 'Kommunikation og sprog',
    description: 'Vi bruger dialog, oplæsning og samtaler til at udvide børnenes ordforråd.',
  },
  {
    kind: 'curriculum_theme',
    title: 'Natur, udeliv og science',
    description: 'Naturen bruges som læringsrum året rundt, med undren og eksperimenter.',
  },
  {
    kind: 'focus_area',
    title: 'Data i praksis',
    description: 'Vi bruger observationer og trivselsdata til at justere vores praksis.',
  },
  {
    kind: 'focus_area',
    title: 'Inkluderende læringsmiljøer',
    description: 'Vi tilrettelægger aktiviteter, så alle børn kan deltage på deres niveau.',
  },
];

/** A goal's subject: its title, why it matters, signs of progress, and a phrase used in its circle. */
export interface Theme {
  title: string;
  why: string;
  signs: string;
  phrase: string;
}

export const THEMES: Theme[] = [
  {
    title: 'Give alle børn taletid i samlingen',
    why: 'Nogle børn siger sjældent noget i samlingen og går glip af sproglig træning.',
    signs: 'Hvert barn har sagt noget i samlingen mindst én gang om ugen, og det kan ses i mine noter.',
    phrase: 'samlingen',
  },
  {
    title: 'Skabe rolige overgange fra leg til frokost',
    why: 'Overgangen giver uro og konflikter, som tager tid fra måltidet.',
    signs: 'Færre konflikter i overgangen og et måltid, der kommer roligt i gang inden for fem minutter.',
    phrase: 'overgangen fra leg til frokost',
  },
  {
    title: 'Bruge dialogisk læsning med de mindste',
    why: 'De yngste børn har brug for at blive inddraget aktivt, når vi læser.',
    signs: 'Børnene peger, spørger og genfortæller; jeg stiller flere åbne spørgsmål.',
    phrase: 'den dialogiske læsning',
  },
  {
    title: 'Give konkret og anerkendende feedback til kolleger',
    why: 'Vi giver sjældent hinanden feedback, og gode erfaringer bliver ikke delt.',
    signs: 'Jeg har givet feedback til en kollega hver uge, og vi taler om den på teammødet.',
    phrase: 'feedbacken mellem kolleger',
  },
  {
    title: 'Inddrage forældrene i barnets sprogarbejde',
    why: 'Forældrene vil gerne hjælpe, men ved ikke, hvad vi arbejder med.',
    signs: 'Forældrene kender ugens ord og fortæller, hvordan de bruger dem derhjemme.',
    phrase: 'samarbejdet med forældrene om sprog',
  },
  {
    title: 'Planlægge udeaktiviteter med et tydeligt læringsmål',
    why: 'Vi er meget ude, men aktiviteterne er ofte uden et fælles mål.',
    signs: 'Hver udeaktivitet har et mål, som vi kan følge op på bagefter.',
    phrase: 'udeaktiviteterne',
  },
  {
    title: 'Bruge trivselsdata til at tilpasse aktiviteterne',
    why: 'Vi indsamler data, men de bliver sjældent brugt i hverdagen.',
    signs: 'Vi har ændret mindst to aktiviteter ud fra det, data viste.',
    phrase: 'brugen af trivselsdata',
  },
  {
    title: 'Støtte børnene i selv at løse konflikter',
    why: 'Vi voksne løser konflikterne for hurtigt for børnene.',
    signs: 'Børnene foreslår selv løsninger, og vi griber ind senere end før.',
    phrase: 'konfliktløsningen',
  },
  {
    title: 'Lede personalemødet, så alle kommer til orde',
    why: 'De samme få taler på møderne, og mange gode idéer kommer aldrig frem.',
    signs: 'Alle har sagt noget på hvert møde, og evalueringen af møderne stiger.',
    phrase: 'personalemøderne',
  },
  {
    title: 'Give mine medarbejdere sparring på deres læringscirkler',
    why: 'Cirklerne går i stå mellem samtalerne uden opfølgning.',
    signs: 'Hver medarbejder har fået sparring mindst én gang mellem to samtaler.',
    phrase: 'sparringen på cirklerne',
  },
  {
    title: 'Skrive kortere og tydeligere dokumentation',
    why: 'Dokumentationen tager lang tid og bliver sjældent læst.',
    signs: 'Mine notater er højst en halv side og bruges på teammødet.',
    phrase: 'dokumentationen',
  },
  {
    title: 'Bruge TOPI til tidlig opsporing',
    why: 'Vi opdager for sent, når et barn ikke trives.',
    signs: 'Alle børn på stuen er vurderet, og vi har handlet på det, vi så.',
    phrase: 'den tidlige opsporing',
  },
];

/** Circle field texts; `{t}` is the theme's phrase. Two variants per field. */
export const CIRCLE_FIELDS: Record<string, Record<string, [string, string]>> = {
  plan: {
    theme: ['Vi arbejder med {t}.', 'Mit tema er {t} på stuen.'],
    focus: [
      'Hvordan kan jeg ændre min praksis, så {t} fungerer bedre for alle børn?',
      'Hvad sker der, når jeg forbereder {t} sammen med børnene?',
    ],
    professionalLearning: [
      'Jeg vil blive bedre til at observere og justere undervejs i {t}.',
      'Jeg vil lære at bruge små forandringer og følge deres virkning.',
    ],
    intendedChange: [
      'Flere børn deltager aktivt; tegnene er flere initiativer og færre afbrydelser.',
      'En roligere stemning og børn, der hjælper hinanden.',
    ],
  },
  action: {
    whatToTry: [
      'Jeg prøver faste roller og billeder, der viser, hvad der skal ske i {t}.',
      'Jeg deler børnene i mindre grupper i {t}.',
    ],
    howInPractice: [
      'Tre gange om ugen, med samme struktur hver gang.',
      'Hver dag i to uger, derefter justerer vi.',
    ],
    firstStep: [
      'Jeg laver billedkortene og fortæller kollegerne om forsøget.',
      'Jeg aftaler grupperne med min kollega på mandag.',
    ],
    whoDoesWhat: ['Jeg leder aktiviteten, min kollega observerer.', 'Vi skiftes til at lede og observere.'],
    startAndEnd: ['Fra næste uge og fire uger frem.', 'Uge 10 til uge 14.'],
    meetAgain: ['Vi følger op på teammødet om fire uger.', 'Vi taler om det ved næste 1:1.'],
  },
  inAction: {
    watchFor: ['Hvem tager initiativ, og hvem trækker sig.', 'Hvor længe børnene bliver i aktiviteten.'],
    whomToFollow: ['Tre børn, som sjældent deltager.', 'Hele gruppen, med ekstra blik på de yngste.'],
    dataToCollect: [
      'Korte noter efter hver gang og en optælling af ture.',
      'Et skema med tid og antal afbrydelser.',
    ],
  },
  response: {
    dataCollected: [
      'Noter fra elleve gange og to videoklip.',
      'Skemaer fra to uger og kollegaens observationer.',
    ],
    example: [
      'Et barn, der aldrig plejer at sige noget, fortalte om sin weekend.',
      'To børn løste selv en konflikt om en cykel.',
    ],
    whatDataTells: [
      'Deltagelsen steg mest, når grupperne var små.',
      'Afbrydelserne faldt til det halve efter første uge.',
    ],
  },
  reflection: {
    changeSeen: [
      'Børnene venter på tur og lytter mere til hinanden.',
      'Stemningen er roligere, og jeg skal gribe mindre ind.',
    ],
    whatLearned: [
      'Strukturen hjælper især de børn, der er usikre.',
      'Jeg har lært at vente længere, før jeg griber ind.',
    ],
    newKnowledge: [
      'At små ændringer i rammen har stor betydning for deltagelsen.',
      'At data fra hverdagen er nok til at se en forskel.',
    ],
  },
  learning: {
    meaningForPractice: [
      'Vi gør strukturen fast i {t} på hele stuen.',
      'Jeg deler erfaringerne med kollegerne på næste personalemøde.',
    ],
    nextSteps: [
      'Næste cirkel handler om at inddrage forældrene.',
      'Jeg vil prøve det samme i en anden del af dagen.',
    ],
  },
};

export const ACHIEVED_REASONS = [
  'Målet er nået, og praksis er ændret.',
  'Vi har gjort det til en fast del af hverdagen.',
  'Tegnene på fremskridt er tydelige.',
];
export const PUT_ASIDE_REASONS = [
  'Andre opgaver fylder mere lige nu.',
  'Vi tager det op igen efter sommerferien.',
  'Målet blev erstattet af et mere præcist.',
];

export const AGENDA: Record<AgendaSection, string[]> = {
  goals: [
    'Status på min læringscirkel om {t}',
    'Hvad jeg har set i min dataindsamling',
    'Hvordan kommer jeg videre med {t}?',
  ],
  big_and_small: [
    'Vagtplanen i december',
    'Ny kollega på stuen',
    'Støj på stuen',
    'Ferieplanlægning',
    'Kursus i sprogvurdering',
    'Samarbejdet med en forælder',
  ],
  other: ['Min kompetenceudvikling næste år', 'Ønske om at prøve en anden stue'],
};

export const SHARED_NOTES = [
  'Vi talte om cirklen om {t}. Dataindsamlingen er i gang, og de første observationer ser lovende ud. Vagtplanen blev drøftet; der findes en løsning for december.',
  'Gennemgang af sidste gangs aftaler: to af tre er gennemført. Cirklen om {t} er i handlingsfasen. Kort snak om støj på stuen og mulige tiltag.',
  'God samtale om {t}. Vi aftalte at dele erfaringerne på personalemødet. Ferien er planlagt.',
];
export const SUMMARIES = [
  'Cirklen om {t} skrider frem. Næste skridt er at samle data og tale om dem på teammødet.',
  'Aftaler fra sidst er fulgt op. Fokus frem til næste samtale er {t}.',
  'Vi er enige om at fortsætte med {t} og følge op på næste samtale.',
];
export const AGREEMENTS = [
  'Afprøve den nye struktur i {t} tre gange om ugen',
  'Dele erfaringerne med {t} på personalemødet',
  'Finde et kursus i sprogvurdering',
  'Aftale observation med en kollega',
  'Lave billedkort til {t}',
  'Sende forslag til ny vagtplan',
];
export const PRIVATE_NOTES = [
  'Husk at spørge til, hvordan det går med den nye kollega.',
  'Virkede lidt presset; følg op på arbejdsmængden.',
  'Vil gerne nævne muligheden for at blive ressourceperson.',
  'Jeg vil sige, at jeg gerne vil prøve noget nyt.',
];

export const FEEDBACK: Record<FeedbackKind, string[]> = {
  recognition: [
    'Tak for den rolige måde, du tog imod den nye familie på i morges.',
    'Din samling i dag var fantastisk; alle børn var med.',
    'Godt set, at Ali havde brug for en pause.',
  ],
  evaluating: [
    'Overgangen til frokost gik meget bedre i dag end i sidste uge.',
    'Din dokumentation var kort og præcis; den er let at bruge på teammødet.',
  ],
  instructing: [
    'Prøv at stille et åbent spørgsmål, før du giver svaret.',
    'Husk at give besked til køkkenet, når vi er på tur.',
  ],
  reflecting: [
    'Hvad tror du, det betød for børnene, at du ventede med at gribe ind?',
    'Hvad ville der ske, hvis grupperne var endnu mindre?',
  ],
  observation: [
    'Jeg så, at tre børn tog ordet uden opfordring, og at du ventede længe nok til, at de kunne svare.',
    'I overgangen brugte du billedkortene, og børnene fandt hurtigt deres pladser.',
  ],
};
export const OBSERVATION_FOCUS = [
  'Taletid i samlingen',
  'Overgange mellem aktiviteter',
  'Åbne spørgsmål i dialogisk læsning',
];
export const REPLIES = [
  'Tak, det var rart at høre!',
  'Godt spørgsmål; jeg tænker over det til næste gang.',
  'Tak, jeg prøver det i morgen.',
];
export const REPLIES_BACK = ['Fortæl gerne, hvordan det gik.', 'Lad os tale om det på næste møde.'];

/** The text with a goal's theme put in. */
export const withTheme = (text: string, theme: Theme) => text.replaceAll('{t}', theme.phrase);
