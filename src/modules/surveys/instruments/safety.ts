// Signs of psychological safety and learning behaviour (seeds/004, "have the courage to …"), exactly
// as the forums module's team safety check asks them today: the same keys, order and texts
// (forums/constants.ts and forums/web/messages.ts), so its users see no change.
import { ENDS_SCALE, type Instrument } from './types.js';

export const safetyInstrument = {
  key: 'safety',
  name: { da: 'Tryghedstjek', en: 'Safety check' },
  description: {
    da: 'Et anonymt selvtjek for teamet på tegn på tryghed og lærende adfærd.',
    en: 'An anonymous self-check for the team on signs of safety and learning behaviour.',
  },
  scale: ENDS_SCALE,
  items: [
    {
      key: 'askQuestions',
      text: {
        da: 'I teamet kan jeg stille spørgsmål – også dem, der kan lyde naive.',
        en: 'In the team I can ask questions – even ones that may sound naive.',
      },
      short: { da: 'Stille spørgsmål', en: 'Asking questions' },
      index: 'safety',
    },
    {
      key: 'admitMistakes',
      text: {
        da: 'Jeg kan fortælle om mine fejl og det, jeg er usikker på, uden at det bliver holdt imod mig.',
        en: 'I can talk about my mistakes and what I am unsure of without it being held against me.',
      },
      short: { da: 'Vise fejl', en: 'Showing mistakes' },
      index: 'safety',
    },
    {
      key: 'askForHelp',
      text: { da: 'Det er let at bede om hjælp her.', en: 'It is easy to ask for help here.' },
      short: { da: 'Bede om hjælp', en: 'Asking for help' },
      index: 'safety',
    },
    {
      key: 'available',
      text: {
        da: 'Mine kolleger er til at få fat i, når jeg har brug for sparring.',
        en: 'My colleagues are there when I need sparring.',
      },
      short: { da: 'Tilgængelighed', en: 'Being available' },
      index: 'safety',
    },
    {
      key: 'seekFeedback',
      text: {
        da: 'Vi beder hinanden om feedback på vores praksis.',
        en: 'We ask each other for feedback on our practice.',
      },
      short: { da: 'Søge feedback', en: 'Seeking feedback' },
      index: 'safety',
    },
    {
      key: 'experiment',
      text: {
        da: 'Vi prøver nye måder at gøre tingene på, også når vi ikke ved, om det lykkes.',
        en: 'We try new ways of doing things, even when we do not know whether they will work.',
      },
      short: { da: 'Eksperimentere', en: 'Experimenting' },
      index: 'safety',
    },
    {
      key: 'raiseDifficult',
      text: {
        da: 'Vi kan tage det svære op og bryde tavsheden om det.',
        en: 'We can raise what is difficult and break the silence about it.',
      },
      short: { da: 'Tage det svære op', en: 'Raising the difficult' },
      index: 'safety',
    },
    {
      key: 'heard',
      text: {
        da: 'På vores møder kommer alle stemmer i spil.',
        en: 'At our meetings every voice is heard.',
      },
      short: { da: 'Alle stemmer', en: 'Every voice' },
      index: 'safety',
    },
  ],
  indices: [{ key: 'safety', name: { da: 'Psykologisk tryghed', en: 'Psychological safety' } }],
  comment: true,
} as const satisfies Instrument;
