// The learning-format catalogue (seeds/002, "choice of learning format" and its overview of the
// formats): fifteen formats, each with what it suits. The first suit is where the guide places the
// format; the others are where its own description says it also works. Organisations can edit the
// catalogue; this is the built-in default.
import type { FormatSuit, Localized } from './types.js';

export const FORMAT_IDS = [
  'training_workshop',
  'development_workshop',
  'side_by_side',
  'e_learning',
  'tool_course',
  'multi_day_course',
  'theme_day',
  'seminar',
  'mentoring',
  'action_learning',
  'coaching',
  'resource_person_role',
  'learning_network',
  'project_work',
  'long_education',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface LearningFormat {
  id: FormatId;
  name: Localized;
  /** Two sentences: what happens, and what it is good for. */
  description: Localized;
  /** What it suits, the primary one first. */
  suits: readonly [FormatSuit, ...FormatSuit[]];
  /** Group size or what it costs, where the guide says. */
  note?: Localized;
}

export interface FormatSuitText {
  key: FormatSuit;
  name: Localized;
  /** What the formats for this kind of goal have in common. */
  description: Localized;
}

export const FORMAT_SUIT_TEXTS: readonly FormatSuitText[] = [
  {
    key: 'methods',
    name: { da: 'Metoder og teknikker', en: 'Methods and techniques' },
    description: {
      da: 'Konkrete, praksisnære former, der bygger nye rutiner op. Afprøvning og feedback tæt på er det vigtigste.',
      en: 'Concrete formats close to practice that build new routines. Trial and close feedback matter most.',
    },
  },
  {
    key: 'knowledge',
    name: { da: 'Faglig viden', en: 'Professional knowledge' },
    description: {
      da: 'Mere krævende former, hvor vidensopbygningen fylder mest. Husk at aftale træning og feedback bagefter.',
      en: 'More demanding formats where knowledge building takes up most room. Remember to agree on training and feedback afterwards.',
    },
  },
  {
    key: 'role',
    name: { da: 'Rolle', en: 'Role' },
    description: {
      da: 'Undersøgende former, der bruger refleksion og giver et blik udefra på ens egen praksis. De åbner for nye spørgsmål og nye måder at se opgaven på.',
      en: "Inquiring formats that use reflection and give an outside view of one's own practice. They open up new questions and new ways of seeing the task.",
    },
  },
  {
    key: 'complex',
    name: { da: 'Komplekse behov', en: 'Complex needs' },
    description: {
      da: 'Længere forløb på tværs af metoder, viden og rolle, når adfærden skal ændres meget og over lang tid.',
      en: 'Longer courses across methods, knowledge and role, when behaviour is to change a lot and over a long time.',
    },
  },
];

export const FORMATS: readonly LearningFormat[] = [
  {
    id: 'training_workshop',
    name: { da: 'Træningsworkshop', en: 'Training workshop' },
    description: {
      da: 'En lille gruppe arbejder med en opgave tæt på praksis gennem øvelser og korte oplæg, ledet af en facilitator. Godt til at introducere et emne og skabe en fælles forståelse af opgaven, og det lærte er let at tage med hjem.',
      en: 'A small group works on a task close to practice through exercises and short talks, led by a facilitator. Good for introducing a subject and building a shared understanding of the task, and what is learned is easy to take home.',
    },
    suits: ['methods'],
    note: { da: 'En mindre gruppe og en facilitator.', en: 'A small group and a facilitator.' },
  },
  {
    id: 'development_workshop',
    name: { da: 'Udviklende workshop', en: 'Development workshop' },
    description: {
      da: 'Gruppen udvikler noget håndgribeligt sammen, fx en fremgangsmåde eller et fælles fagligt grundlag, og lærer undervejs. En facilitator holder fremdriften og sørger for, at I løbende taler om, hvad I lærer.',
      en: 'The group develops something tangible together, such as a procedure or a shared professional foundation, and learns along the way. A facilitator keeps it moving and makes sure you keep talking about what you are learning.',
    },
    suits: ['methods', 'knowledge'],
    note: {
      da: 'Til medarbejdere med god erfaring i opgaven. Kræver en facilitator.',
      en: 'For staff with solid experience of the task. Needs a facilitator.',
    },
  },
  {
    id: 'side_by_side',
    name: { da: 'Sidemandsoplæring', en: 'Learning side by side' },
    description: {
      da: 'Man følger en mere erfaren kollega i arbejdet, ser på, prøver selv og overtager efterhånden dele af opgaven. Feedbacken kommer med det samme, så man hurtigt klarer sig selv – bedst til konkret og ret enkel viden i en kendt sammenhæng.',
      en: 'You follow a more experienced colleague at work, watch, try yourself and gradually take over parts of the task. Feedback comes at once, so you soon manage on your own – best for concrete, fairly simple knowledge in a familiar setting.',
    },
    suits: ['methods'],
    note: {
      da: 'Ressourcekrævende: højst to personer pr. erfaren kollega.',
      en: 'Demanding on resources: at most two people per experienced colleague.',
    },
  },
  {
    id: 'e_learning',
    name: { da: 'Digital læring (e-læring)', en: 'Digital learning (e-learning)' },
    description: {
      da: 'Den enkelte gennemgår et fastlagt forløb på en digital platform, når og hvor det passer. Stoffet er forenklet, så formen er god, når man skal introduceres til et nyt område, fx regler eller anden formel viden.',
      en: 'Each person works through a set course on a digital platform when and where it suits them. The material is simplified, so it suits an introduction to a new area, such as rules or other formal knowledge.',
    },
    suits: ['methods', 'knowledge'],
    note: { da: 'Individuelt og fleksibelt.', en: 'Individual and flexible.' },
  },
  {
    id: 'tool_course',
    name: { da: 'Værktøjskursus', en: 'Tool course' },
    description: {
      da: 'Et kursus i en bestemt metode, som kan bruges i mange opgaver og ikke er bundet til én sammenhæng. Læg gerne dagene med pauser imellem, så deltagerne kan træne det lærte på arbejdet.',
      en: 'A course in a particular method that can be used across many tasks and is not tied to one setting. Spread the days out if you can, so participants can practise what they learned at work in between.',
    },
    suits: ['methods'],
    note: {
      da: 'Helst mere end én dag, med arbejdsperioder imellem.',
      en: 'Preferably more than one day, with work periods in between.',
    },
  },
  {
    id: 'multi_day_course',
    name: { da: 'Flerdageskursus', en: 'Multi-day course' },
    description: {
      da: 'Et kursus over nogle dage, hvor der er tid til teori og mere komplekse problemstillinger. Hold temaet snævert og målet klart.',
      en: 'A course over a few days with time for theory and more complex questions. Keep the theme narrow and the goal clear.',
    },
    suits: ['knowledge'],
    note: {
      da: 'Typisk to til tre dage, gerne med perioder på arbejdet imellem.',
      en: 'Typically two to three days, preferably with periods at work in between.',
    },
  },
  {
    id: 'theme_day',
    name: { da: 'Temadag', en: 'Theme day' },
    description: {
      da: 'En dag, hvor en hel personale- eller faggruppe får fælles viden om et afgrænset tema, fx en ny opgave. Den kan tænde lysten og gøre folk åbne for nye idéer, og den tager ikke meget tid.',
      en: 'A day on which a whole staff or professional group gains shared knowledge about a clearly bounded theme, such as a new task. It can spark enthusiasm and open people up to new ideas, and it does not take much time.',
    },
    suits: ['knowledge'],
    note: { da: 'Hele gruppen på én gang.', en: 'The whole group at once.' },
  },
  {
    id: 'seminar',
    name: { da: 'Seminar', en: 'Seminar' },
    description: {
      da: 'Som en temadag, men med flere oplægsholdere, tungere stof og ofte over flere dage. Godt til spørgsmål, der er bredere end én opgave – men deltagerne skal selv sørge for træning og feedback bagefter.',
      en: 'Like a theme day, but with several speakers, heavier material and often over several days. Good for questions wider than one task – but participants must arrange training and feedback themselves afterwards.',
    },
    suits: ['knowledge', 'complex'],
    note: { da: 'Ofte flere dage.', en: 'Often several days.' },
  },
  {
    id: 'mentoring',
    name: { da: 'Mentorforløb', en: 'Mentoring' },
    description: {
      da: 'En mentor følger en mindre erfaren kollega over længere tid og støtter tæt på praksis. Det er den, der bliver fulgt, der stiller spørgsmålene, mens mentoren lytter, udfordrer og deler sin erfaring.',
      en: 'A mentor follows a less experienced colleague over a longer time and gives support close to practice. The person being mentored asks the questions, while the mentor listens, challenges and shares experience.',
    },
    suits: ['role', 'methods'],
  },
  {
    id: 'action_learning',
    name: { da: 'Aktionslæring', en: 'Action learning' },
    description: {
      da: 'En lille gruppe eksperimenterer med en konkret del af hverdagen, reflekterer sammen og skriver erfaringerne ned. Særligt godt, når vaner og rutiner skal brydes.',
      en: 'A small group experiments with a concrete part of their working day, reflects together and writes the experience down. Especially good when habits and routines need breaking.',
    },
    suits: ['role', 'methods'],
    note: { da: 'Grupper på tre til seks.', en: 'Groups of three to six.' },
  },
  {
    id: 'coaching',
    name: { da: 'Coaching', en: 'Coaching' },
    description: {
      da: 'Coachen stiller spørgsmål, der hjælper den anden med at se nye muligheder i opgaven og nå sine mål. Den, der bliver coachet, sætter selv målene – godt, når der er mange rigtige måder at løse opgaven på.',
      en: 'The coach asks questions that help the other person see new possibilities in the task and reach their goals. The person coached sets the goals themselves – good when there are many right ways to do the task.',
    },
    suits: ['role', 'knowledge'],
  },
  {
    id: 'resource_person_role',
    name: { da: 'Rollen som ressourceperson', en: 'The resource-person role' },
    description: {
      da: 'En erfaren medarbejder bliver den, kolleger går til i en bestemt opgave. For at kunne give det videre må man gentænke sin egen erfaring, og det lærer man ofte mere af end af et godt kursus.',
      en: 'An experienced employee becomes the person colleagues turn to for a particular task. To pass it on you must rethink your own experience, and that often teaches more than a good course.',
    },
    suits: ['role', 'knowledge'],
  },
  {
    id: 'learning_network',
    name: { da: 'Lærende netværk', en: 'Learning network' },
    description: {
      da: 'Fagpersoner med forskellig erfaring mødes fast og udveksler erfaringer om hverdagens praktiske spørgsmål. Værdien viser sig over tid, og netværket kommer ikke af sig selv.',
      en: 'Professionals with different experience meet regularly and exchange experience on everyday practical questions. The value shows over time, and the network does not happen by itself.',
    },
    suits: ['complex', 'methods'],
    note: {
      da: 'Ressourcekrævende og kræver en facilitator.',
      en: 'Demanding on resources and needs a facilitator.',
    },
  },
  {
    id: 'project_work',
    name: { da: 'Selvkørende projektarbejde', en: 'Self-run project work' },
    description: {
      da: 'Medarbejderne indgår i et projekt, hvor deres indsigt i en bestemt praksis eller et afgrænset problem skal bruges. Godt, når I vil gentænke, hvordan opgaven løses på arbejdspladsen.',
      en: 'Staff take part in a project that draws on their insight into a particular practice or a bounded problem. Good when you want to rethink how the task is done at the workplace.',
    },
    suits: ['complex'],
  },
  {
    id: 'long_education',
    name: { da: 'Længere uddannelsesforløb', en: 'Longer education' },
    description: {
      da: 'Et forløb over lang tid, ofte formelt kompetencegivende. Kun relevant, når ændringen er stor, fx når en medarbejder eller faggruppe får en helt ny funktion.',
      en: 'A course over a long time, often giving a formal qualification. Only relevant when the change is large, such as when an employee or professional group takes on a wholly new function.',
    },
    suits: ['complex', 'knowledge'],
  },
];

/** The formats that suit a level, those where it is primary first; used to suggest formats for a goal. */
export function formatsFor(suit: FormatSuit): LearningFormat[] {
  const matching = FORMATS.filter((f) => f.suits.includes(suit));
  return [...matching.filter((f) => f.suits[0] === suit), ...matching.filter((f) => f.suits[0] !== suit)];
}
