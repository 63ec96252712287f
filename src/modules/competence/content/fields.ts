// The five fields of a competence initiative and the three tests of a task, in the project's own
// words after seeds/002 (the method's five fields, each field's "leader's task" and the questions
// the guide asks the leader in each phase).
import type { FieldKey, Localized } from './types.js';

export interface Field {
  key: FieldKey;
  /** The field's number in the guide's order, shown beside its name. */
  number: 1 | 2 | 3 | 4 | 5;
  name: Localized;
  /** What the field answers, in one line. */
  purpose: Localized;
  /** What the leader in particular must do in this field, in one sentence. */
  leaderTask: Localized;
  /** Questions to talk through with the staff; shown as prompts beside the field. */
  prompts: Localized[];
  /** The trap the guide warns of in this phase. */
  pitfall: Localized;
}

export const FIELDS: readonly Field[] = [
  {
    key: 'task',
    number: 1,
    name: { da: 'Opgave', en: 'Task' },
    purpose: {
      da: 'Hvilken konkret situation i hverdagen skal vi klare på en ny måde?',
      en: 'Which concrete everyday situation must we handle in a new way?',
    },
    leaderTask: {
      da: 'Vær helt præcis om, hvilken situation det handler om – den styrer hele forløbet.',
      en: 'Be quite precise about which situation it is – it steers the whole initiative.',
    },
    prompts: [
      {
        da: 'Hvilke situationer i hverdagen skal medarbejderne blive bedre til at klare?',
        en: 'Which everyday situations should staff get better at handling?',
      },
      {
        da: 'Hvordan klarer vi situationen i dag – og hvad skal helt konkret være anderledes bagefter?',
        en: 'How do we handle the situation today – and what exactly should be different afterwards?',
      },
      {
        da: 'Hvem skal kunne tage hvilket ansvar for opgaven, når forløbet er slut?',
        en: 'Who should be able to take which responsibility for the task when the initiative is over?',
      },
      {
        da: 'Hvorfor nu: Er opgaven ny, har den ændret sig, eller skal den klares mere selvstændigt?',
        en: 'Why now: is the task new, has it changed, or must it be handled more independently?',
      },
    ],
    pitfall: {
      da: 'At nøjes med, at medarbejderne har fået ny viden, uden at se efter, om de faktisk gør noget andet.',
      en: 'Settling for staff having gained new knowledge without checking that they actually do something different.',
    },
  },
  {
    key: 'perspective',
    number: 2,
    name: { da: 'Perspektiv', en: 'Perspective' },
    purpose: {
      da: 'Hvorfor skal vi gøre det anderledes – for børnene eller borgerne, og for os som arbejdsplads?',
      en: 'Why must we do it differently – for the children or citizens, and for us as a workplace?',
    },
    leaderTask: {
      da: 'Fortæl tydeligt, hvorfor ændringen er vigtig, og tal jer frem til et hvorfor, I deler.',
      en: 'Say clearly why the change matters, and talk your way to a why you all share.',
    },
    prompts: [
      {
        da: 'Hvad kan vi, når det lykkes, som vi ikke kan i dag? Skriv gerne: "Vi bliver bedre til at …"',
        en: 'What will we be able to do once it works that we cannot do today? Try writing: "We get better at …"',
      },
      {
        da: 'Hvad får børnene, borgerne eller de andre, vi er her for, ud af, at vi gør det anderledes?',
        en: 'What do the children, citizens or others we are here for gain when we do it differently?',
      },
      {
        da: 'Hvordan bliver kvaliteten af vores arbejde påvirket?',
        en: 'How will the quality of our work be affected?',
      },
      {
        da: 'Hvilket af vores problemer som arbejdsplads er løst, når det lykkes?',
        en: 'Which of our problems as a workplace is solved once it works?',
      },
    ],
    pitfall: {
      da: 'At overhøre de andre forklaringer, der lever i personalegruppen – fx "det er bare for at spare" eller "vi gør det åbenbart ikke godt nok".',
      en: 'Not hearing the other explanations going round the staff group – such as "it is just about saving money" or "apparently we are not good enough".',
    },
  },
  {
    key: 'learning_goals',
    number: 3,
    name: { da: 'Læringsmål', en: 'Learning goals' },
    purpose: {
      da: 'Hvad skal vi lære for at kunne klare opgaven på den nye måde?',
      en: 'What must we learn to handle the task in the new way?',
    },
    leaderTask: {
      da: 'Oversæt den nye måde at løse opgaven på til klare læringsmål – for den enkelte, en faggruppe eller hele stedet.',
      en: 'Translate the new way of doing the task into clear learning goals – for one person, a professional group or the whole workplace.',
    },
    prompts: [
      {
        da: 'Hvilke metoder, fremgangsmåder eller redskaber skal vi kunne bruge?',
        en: 'Which methods, procedures or tools must we be able to use?',
      },
      {
        da: 'Hvilken faglig viden skal vi have for at træffe gode valg i situationen?',
        en: 'What professional knowledge do we need to make good choices in the situation?',
      },
      {
        da: 'Ændrer opgaven vores rolle over for barnet eller borgeren – og hvordan vi ser os selv som fagpersoner?',
        en: 'Does the task change our role towards the child or citizen – and how we see ourselves as professionals?',
      },
      {
        da: 'Hvor ligger tyngden: i metoden, i den faglige viden eller i rollen?',
        en: 'Where is the weight: in the method, in professional knowledge or in the role?',
      },
    ],
    pitfall: {
      da: 'At målene på hvert niveau ikke bliver talt ordentligt igennem, så medarbejderne er usikre på, hvad de egentlig skal lære.',
      en: 'Not talking the goals on each level properly through, so staff are unsure what they are actually to learn.',
    },
  },
  {
    key: 'training_track',
    number: 4,
    name: { da: 'Træningsbane', en: 'Training track' },
    purpose: {
      da: 'Hvordan øver vi os – med viden, afprøvning og feedback – før det gælder?',
      en: 'How do we practise – with knowledge, trial and feedback – before it counts?',
    },
    leaderTask: {
      da: 'Vælg de læringsformer, der passer til målene, få træningen til at hænge sammen med driften, og sig, hvor længe den varer.',
      en: 'Choose the learning formats that fit the goals, make the training fit with the daily work, and say how long it lasts.',
    },
    prompts: [
      {
        da: 'Hvilke læringsformer passer til vores mål – og skal vi blande flere?',
        en: 'Which learning formats fit our goals – and should we mix several?',
      },
      {
        da: 'Hvordan fordeler vi tiden mellem at få viden, at prøve af og at få feedback?',
        en: 'How do we divide the time between gaining knowledge, trying out and getting feedback?',
      },
      {
        da: 'Hvordan gør vi det klart for alle, at her øver vi os, og her må man prøve og fejle?',
        en: 'How do we make it clear to everyone that this is practice, where trying and failing is fine?',
      },
      {
        da: 'Hvordan får vi træningen til at passe ind i hverdagen, fx med afløsning?',
        en: 'How do we fit the training into the working day, for example with cover?',
      },
    ],
    pitfall: {
      da: 'At træningen kun bliver undervisning, så afprøvning og feedback glider ud.',
      en: 'Letting the training become teaching only, so trial and feedback drop out.',
    },
  },
  {
    key: 'everyday',
    number: 5,
    name: { da: 'Hverdag', en: 'Everyday' },
    purpose: {
      da: 'Hvordan bliver den nye måde at løse opgaven på en fast del af hverdagen?',
      en: 'How does the new way of doing the task become a settled part of everyday work?',
    },
    leaderTask: {
      da: 'Følg op, og gør det tydeligt, hvornår og hvordan hver enkelt forventes at løse opgaven på det nye niveau.',
      en: 'Follow up, and make it clear when and how each person is expected to do the task at the new level.',
    },
    prompts: [
      {
        da: 'Hvordan markerer vi, at træningen er slut, og at opgaven nu er ens eget ansvar?',
        en: "How do we mark that the training is over and the task is now one's own responsibility?",
      },
      {
        da: 'Hvem kan medarbejderne spørge til råds, når de har ansvaret – og hvordan gør vi det helt naturligt at spørge?',
        en: 'Whom can staff ask for advice once they carry the responsibility – and how do we make asking quite natural?',
      },
      {
        da: 'Hvad siger vi til hinanden om den nye opgave på møder og ved vagtskifte?',
        en: 'What do we say to each other about the new task at meetings and at shift changes?',
      },
      {
        da: 'Hvornår og hvordan ser vi efter, om vi nåede det, vi ville?',
        en: 'When and how do we check whether we achieved what we set out to?',
      },
    ],
    pitfall: {
      da: 'At gå videre til det næste projekt for tidligt – eller at sætte én fælles dato for skiftet uden at se på, hvem der er klar.',
      en: 'Moving on to the next project too soon – or setting one shared date for the move without looking at who is ready.',
    },
  },
];

/** What the guide means by a task: the unit a competence initiative is built around. */
export const TASK_DEFINITION: Localized = {
  da: 'En opgave er en situation, der kommer igen og igen, og som medarbejderen forventes at tage ansvar for og klare med faglig sikkerhed.',
  en: 'A task is a situation that comes up again and again, which staff are expected to take responsibility for and handle with professional confidence.',
};

export const TASK_TEST_KEYS = ['concrete', 'changeable', 'responsibility'] as const;
export type TaskTestKey = (typeof TASK_TEST_KEYS)[number];

export interface TaskTest {
  key: TaskTestKey;
  name: Localized;
  /** Asked of the leader when the task is written; a "no" means the task fails this test. */
  question: Localized;
  /** What failing the test looks like, so the leader can recognise it. */
  failing: Localized;
  /** A task that fails the test and a rewrite that passes it. */
  examples: { weak: Localized; better: Localized }[];
}

export const TASK_TESTS: readonly TaskTest[] = [
  {
    key: 'concrete',
    name: { da: 'Én konkret situation', en: 'One concrete situation' },
    question: {
      da: 'Er det én bestemt situation, som alle kan genkende fra deres hverdag?',
      en: 'Is it one particular situation that everyone recognises from their working day?',
    },
    failing: {
      da: 'Opgaven er et tema eller en værdi, ikke en situation. Den sker "hele tiden" eller består af flere situationer på én gang, så ingen kan se, hvornår den er i gang.',
      en: 'The task is a theme or a value, not a situation. It happens "all the time" or is several situations at once, so nobody can tell when it is going on.',
    },
    examples: [
      {
        weak: { da: 'Blive bedre til inklusion', en: 'Get better at inclusion' },
        better: {
          da: 'Tage imod et nyt barn og dets forældre de første tre dage i vuggestuen',
          en: 'Welcome a new child and their parents during the first three days at the nursery',
        },
      },
      {
        weak: { da: 'Højne kvaliteten i plejen', en: 'Raise the quality of care' },
        better: {
          da: 'Hjælpe en borger med morgenbadet, så borgeren selv gør mest muligt',
          en: 'Help a citizen with the morning shower so the citizen does as much as possible themselves',
        },
      },
    ],
  },
  {
    key: 'changeable',
    name: { da: 'Kan klares anderledes', en: 'Can be handled differently' },
    question: {
      da: 'Kan medarbejderne selv gøre noget anderledes, når situationen opstår?',
      en: 'Can staff themselves do something differently when the situation arises?',
    },
    failing: {
      da: 'Det, der skal ændres, ligger uden for medarbejdernes hænder – fx en regel, et budget eller en beslutning et andet sted. Eller målet er et resultat, ikke en måde at handle på.',
      en: 'What must change is out of the staff’s hands – a rule, a budget or a decision made elsewhere. Or the goal is a result, not a way of acting.',
    },
    examples: [
      {
        weak: { da: 'Færre klager fra pårørende', en: 'Fewer complaints from relatives' },
        better: {
          da: 'Ringe til de pårørende samme dag, når der er sket noget uventet med borgeren',
          en: 'Phone the relatives the same day when something unexpected has happened to the citizen',
        },
      },
      {
        weak: { da: 'Kortere ventetid på visitation', en: 'Shorter waiting time for needs assessment' },
        better: {
          da: 'Gøre sagen klar til visitation, inden borgeren går hjem fra første samtale',
          en: 'Get the case ready for assessment before the citizen leaves the first meeting',
        },
      },
    ],
  },
  {
    key: 'responsibility',
    name: { da: 'Tydeligt ansvar', en: 'Clear responsibility' },
    question: {
      da: 'Ved alle, hvem der har ansvaret for opgaven, og hvor langt det ansvar rækker?',
      en: 'Does everyone know who is responsible for the task, and how far that responsibility reaches?',
    },
    failing: {
      da: 'Alle og ingen har ansvaret. Det er uklart, om man skal gøre det selv, med støtte eller sammen med andre – og hvem man går til, når man er i tvivl.',
      en: 'Everyone and no one is responsible. It is unclear whether you do it yourself, with support or with others – and whom you turn to when in doubt.',
    },
    examples: [
      {
        weak: {
          da: 'Vi skal alle have øje for børn i mistrivsel',
          en: 'We must all keep an eye out for children who are not thriving',
        },
        better: {
          da: 'Barnets primærpædagog skriver en kort iagttagelse, når barnet har trukket sig i tre dage, og tager den med på stuemødet',
          en: "The child's key person writes a short observation when the child has withdrawn for three days and brings it to the room meeting",
        },
      },
    ],
  },
];
