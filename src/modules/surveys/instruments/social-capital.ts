// Social capital: trust between management and staff (vertical) and between colleagues
// (horizontal), justice, and cooperation — the three parts the Danish social-capital surveys measure
// (seeds/004 reports on one). The items are the project's own. The four learning-community items
// are asked in the same round, so a department's two indices come from the same answers (004
// relates them: about +9 points learning community per +10 points social capital).
import { learningCommunityIndex, learningCommunityItems } from './learning-community.js';
import { EXTENT_SCALE, type Instrument } from './types.js';

export const socialCapitalInstrument = {
  key: 'social_capital',
  name: { da: 'Social kapital', en: 'Social capital' },
  description: {
    da: 'Tillid, retfærdighed og samarbejde på arbejdspladsen – og fire udsagn om jeres læringsfællesskab.',
    en: 'Trust, justice and cooperation at the workplace – and four statements on your learning community.',
  },
  scale: EXTENT_SCALE,
  items: [
    {
      key: 'managementReliable',
      text: {
        da: 'Det, ledelsen fortæller os, kan vi regne med.',
        en: 'What management tells us can be relied on.',
      },
      short: { da: 'Ledelsen er til at regne med', en: 'Management is reliable' },
      index: 'trustVertical',
    },
    {
      key: 'managementTrustsUs',
      text: {
        da: 'Ledelsen lader os selv tilrettelægge arbejdet, fordi den stoler på os.',
        en: 'Management lets us plan our own work because it trusts us.',
      },
      short: { da: 'Ledelsen stoler på os', en: 'Management trusts us' },
      index: 'trustVertical',
    },
    {
      key: 'speakFreely',
      text: {
        da: 'Vi kan sige vores ærlige mening til ledelsen uden at frygte følgerne.',
        en: 'We can give management our honest opinion without fearing the consequences.',
      },
      short: { da: 'Ærlig over for ledelsen', en: 'Honest with management' },
      index: 'trustVertical',
    },
    {
      key: 'informationHeldBack',
      text: {
        da: 'Vigtige oplysninger bliver holdt tilbage mellem ledelse og medarbejdere.',
        en: 'Important information is held back between management and staff.',
      },
      short: { da: 'Oplysninger holdes tilbage', en: 'Information held back' },
      index: 'trustVertical',
      reverse: true,
    },
    {
      key: 'relyOnColleagues',
      text: { da: 'I min gruppe kan vi regne med hinanden.', en: 'In my group we can count on each other.' },
      short: { da: 'Regne med kolleger', en: 'Counting on colleagues' },
      index: 'trustHorizontal',
    },
    {
      key: 'colleaguesShare',
      text: {
        da: 'Kolleger deler de oplysninger, andre har brug for i arbejdet.',
        en: 'Colleagues share the information others need for their work.',
      },
      short: { da: 'Kolleger deler', en: 'Colleagues share' },
      index: 'trustHorizontal',
    },
    {
      key: 'colleagueRespect',
      text: {
        da: 'Mine kolleger møder mig med respekt, også når vi er uenige.',
        en: 'My colleagues treat me with respect, even when we disagree.',
      },
      short: { da: 'Respekt mellem kolleger', en: 'Respect among colleagues' },
      index: 'trustHorizontal',
    },
    {
      key: 'fairDistribution',
      text: {
        da: 'Opgaverne bliver fordelt på en måde, de fleste kan se er rimelig.',
        en: 'Tasks are shared out in a way most of us can see is fair.',
      },
      short: { da: 'Rimelig fordeling', en: 'Fair distribution' },
      index: 'justice',
    },
    {
      key: 'fairDisagreements',
      text: {
        da: 'Uenigheder bliver løst på en måde, alle parter kan leve med.',
        en: 'Disagreements are settled in a way all sides can live with.',
      },
      short: { da: 'Fair løsning af uenighed', en: 'Fair settling of disagreement' },
      index: 'justice',
    },
    {
      key: 'goodWorkSeen',
      text: {
        da: 'Et godt stykke arbejde bliver set og sagt højt her.',
        en: 'Good work is noticed and said out loud here.',
      },
      short: { da: 'Godt arbejde bliver set', en: 'Good work noticed' },
      index: 'justice',
    },
    {
      key: 'suggestionsAnswered',
      text: {
        da: 'Når vi kommer med et forslag, får vi et ordentligt svar – også når svaret er nej.',
        en: 'When we make a suggestion, we get a proper answer – even when the answer is no.',
      },
      short: { da: 'Forslag får svar', en: 'Suggestions answered' },
      index: 'justice',
    },
    {
      key: 'helpWhenBusy',
      text: {
        da: 'Vi hjælper hinanden, når det brænder på.',
        en: 'We help each other when things get hectic.',
      },
      short: { da: 'Hjælp når det brænder på', en: 'Help when hectic' },
      index: 'cooperation',
    },
    {
      key: 'sharedPurpose',
      text: {
        da: 'Vi er enige om, hvad vi er her for, og hvad der er vigtigst i arbejdet.',
        en: 'We agree on what we are here for and what matters most in the work.',
      },
      short: { da: 'Fælles formål', en: 'Shared purpose' },
      index: 'cooperation',
    },
    {
      key: 'acrossGroups',
      text: {
        da: 'Samarbejdet med andre grupper og afdelinger fungerer godt.',
        en: 'Cooperation with other groups and departments works well.',
      },
      short: { da: 'Samarbejde på tværs', en: 'Cooperation across groups' },
      index: 'cooperation',
    },
    ...learningCommunityItems,
  ],
  indices: [
    { key: 'trustVertical', name: { da: 'Tillid til ledelsen', en: 'Trust in management' } },
    { key: 'trustHorizontal', name: { da: 'Tillid mellem kolleger', en: 'Trust between colleagues' } },
    { key: 'justice', name: { da: 'Retfærdighed', en: 'Justice' } },
    { key: 'cooperation', name: { da: 'Samarbejde', en: 'Cooperation' } },
    {
      key: 'socialCapital',
      name: { da: 'Social kapital i alt', en: 'Social capital overall' },
      of: ['trustVertical', 'trustHorizontal', 'justice', 'cooperation'],
    },
    learningCommunityIndex,
  ],
  comment: true,
} as const satisfies Instrument;
