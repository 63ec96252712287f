// Beacons for a learning culture (seeds/003, "set clear beacons for your learning culture"): the
// example beacons other leaders wrote, in seven themes, turned into statements a staff group can
// score as it is today. The themes are the indices; together they make the learning-culture index.
import { EXTENT_SCALE, type Instrument } from './types.js';

export const learningCultureInstrument = {
  key: 'learning_culture',
  name: { da: 'Pejlemærker for læringskultur', en: 'Learning-culture beacons' },
  description: {
    da: 'Hvordan ser vores læringskultur ud lige nu? Tolv udsagn i syv temaer, som I kan tale videre ud fra – om det, I vil bevare, og det, I vil ændre.',
    en: 'What does our learning culture look like right now? Twelve statements in seven themes to talk on from – about what you want to keep and what you want to change.',
  },
  scale: EXTENT_SCALE,
  items: [
    {
      key: 'userViews',
      text: {
        da: 'Vi spørger systematisk børnene, borgerne eller de pårørende om deres syn og skriver det ned.',
        en: 'We systematically ask the children, citizens or relatives for their views and write them down.',
      },
      short: { da: 'Brugernes syn', en: "Users' views" },
      index: 'userFocus',
    },
    {
      key: 'growthValued',
      text: {
        da: 'Det bliver set som noget godt, når nogen udvikler sig – fagligt eller personligt.',
        en: 'It is seen as a good thing when someone develops – professionally or personally.',
      },
      short: { da: 'Udvikling værdsat', en: 'Development valued' },
      index: 'growth',
    },
    {
      key: 'learnFromMistakes',
      text: {
        da: 'Går noget galt, spørger vi, hvad vi kan lære – ikke hvem der har skylden.',
        en: 'If something goes wrong, we ask what we can learn – not who is to blame.',
      },
      short: { da: 'Lære af fejl', en: 'Learning from mistakes' },
      index: 'improvement',
    },
    {
      key: 'shareLearning',
      text: {
        da: 'På personalemøderne fortæller vi, hvad vi har lært, og hvad vi vil lære næste gang.',
        en: 'At staff meetings we tell each other what we have learned and what we want to learn next.',
      },
      short: { da: 'Dele læring', en: 'Sharing learning' },
      index: 'improvement',
    },
    {
      key: 'influence',
      text: {
        da: 'Jeg kan påvirke, hvad vi som gruppe får ud af vores arbejde.',
        en: 'I can influence what we as a group get out of our work.',
      },
      short: { da: 'Indflydelse', en: 'Having a say' },
      index: 'improvement',
    },
    {
      key: 'ownResponsibility',
      text: {
        da: 'Når der er et problem, spørger vi os selv: Hvad kan jeg gøre ved det?',
        en: 'When there is a problem, we ask ourselves: what can I do about it?',
      },
      short: { da: 'Eget ansvar', en: 'Own responsibility' },
      index: 'improvement',
    },
    {
      key: 'shareIdeas',
      text: {
        da: 'På vores møder er der tid til at fortælle om ny viden og idéer til praksis.',
        en: 'At our meetings there is time to talk about new knowledge and ideas for practice.',
      },
      short: { da: 'Dele idéer', en: 'Sharing ideas' },
      index: 'knowledge',
    },
    {
      key: 'exploreDisagreement',
      text: {
        da: 'Når vi er fagligt uenige, undersøger vi spørgsmålet sammen.',
        en: 'When we disagree professionally, we look into the question together.',
      },
      short: { da: 'Undersøge uenighed', en: 'Exploring disagreement' },
      index: 'knowledge',
    },
    {
      key: 'teamOverIndividual',
      text: {
        da: 'Vi kan mere sammen, end hver af os kan alene.',
        en: 'Together we can do more than each of us can alone.',
      },
      short: { da: 'Stærkere sammen', en: 'Stronger together' },
      index: 'teamwork',
    },
    {
      key: 'colleagueSupport',
      text: {
        da: 'Når jeg har brug for det, bakker mine kolleger mig op.',
        en: 'When I need it, my colleagues back me up.',
      },
      short: { da: 'Støtte fra kolleger', en: 'Support from colleagues' },
      index: 'teamwork',
    },
    {
      key: 'informed',
      text: {
        da: 'Vi bliver holdt orienteret – også om baggrunden for beslutningerne.',
        en: 'We are kept informed – including about the reasons behind decisions.',
      },
      short: { da: 'Vi ved hvorfor', en: 'We know why' },
      index: 'communication',
    },
    {
      key: 'openToChange',
      text: {
        da: 'Her er der plads til at tage initiativ og lave tingene om.',
        en: 'There is room here to take the initiative and change things.',
      },
      short: { da: 'Plads til initiativ', en: 'Room for initiative' },
      index: 'trust',
    },
  ],
  indices: [
    { key: 'userFocus', name: { da: 'Borgeren i centrum', en: 'The citizen at the centre' } },
    { key: 'growth', name: { da: 'Blik for udvikling', en: 'An eye for development' } },
    { key: 'improvement', name: { da: 'Lyst til at forbedre', en: 'Drive to improve' } },
    { key: 'knowledge', name: { da: 'Viden og læring værdsat', en: 'Knowledge and learning valued' } },
    { key: 'teamwork', name: { da: 'Godt teamsamarbejde', en: 'Good teamwork' } },
    { key: 'communication', name: { da: 'God kommunikation', en: 'Good communication' } },
    { key: 'trust', name: { da: 'Ærlighed og tillid', en: 'Honesty and trust' } },
    {
      key: 'learningCulture',
      name: { da: 'Læringskultur i alt', en: 'Learning culture overall' },
      of: ['userFocus', 'growth', 'improvement', 'knowledge', 'teamwork', 'communication', 'trust'],
    },
  ],
  comment: true,
} as const satisfies Instrument;
