// The four learning-community items (seeds/004, "questions on stronger learning communities in the
// social-capital survey"), reworded and widened from children and young people to children or
// citizens. Asked on their own, or inside the social-capital instrument so the two indices come from
// the same answers.
import { EXTENT_SCALE, type Instrument, type InstrumentItem } from './types.js';

export const LEARNING_COMMUNITY_INDEX = 'learningCommunity';

export const learningCommunityItems = [
  {
    key: 'learnFromEachOther',
    text: {
      da: 'I min gruppe lærer vi af hinandens erfaringer fra praksis – fx når vi giver feedback, reflekterer sammen eller ser på data.',
      en: "In my group we learn from each other's experience of practice – for example when we give feedback, reflect together or look at data.",
    },
    short: { da: 'Lærer af hinanden', en: 'Learning from each other' },
    index: LEARNING_COMMUNITY_INDEX,
  },
  {
    key: 'shareAcrossGroups',
    text: {
      da: 'Når vi arbejder sammen med andre grupper eller afdelinger, deler vi den viden, der hjælper os med kerneopgaven.',
      en: 'When we work with other groups or departments, we share the knowledge that helps us with the core task.',
    },
    short: { da: 'Deler på tværs', en: 'Sharing across groups' },
    index: LEARNING_COMMUNITY_INDEX,
  },
  {
    key: 'leaderCurious',
    text: {
      da: 'Min nærmeste leder vil gerne høre, hvad vi medarbejdere ser virker bedst for børnene eller borgerne.',
      en: 'My nearest leader wants to hear what we staff see working best for the children or citizens.',
    },
    short: { da: 'Nysgerrig leder', en: 'Curious leader' },
    index: LEARNING_COMMUNITY_INDEX,
  },
  {
    key: 'sharedConcern',
    text: {
      da: 'Både medarbejdere og ledelse ser børnenes eller borgernes læring, udvikling og trivsel som noget, vi står sammen om.',
      en: "Staff and management alike see the children's or citizens' learning, development and well-being as something we stand together on.",
    },
    short: { da: 'Fælles anliggende', en: 'A shared concern' },
    index: LEARNING_COMMUNITY_INDEX,
  },
] as const satisfies readonly InstrumentItem[];

export const learningCommunityIndex = {
  key: LEARNING_COMMUNITY_INDEX,
  name: { da: 'Stærkt læringsfællesskab', en: 'Strong learning community' },
} as const;

export const learningCommunityInstrument = {
  key: 'learning_community',
  name: { da: 'Læringsfællesskab', en: 'Learning community' },
  description: {
    da: 'Fire udsagn om, hvor meget I lærer af og med hinanden. Kan stilles alene eller sammen med målingen af social kapital.',
    en: 'Four statements on how much you learn from and with each other. Can be asked alone or together with the social-capital survey.',
  },
  scale: EXTENT_SCALE,
  items: learningCommunityItems,
  indices: [learningCommunityIndex],
  comment: false,
} as const satisfies Instrument;
