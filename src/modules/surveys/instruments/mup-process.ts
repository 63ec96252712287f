// The ten check questions for a workplace's development-talk process (seeds/001, "10 check questions
// for your MUS process"), turned from open questions into statements one can score, and worded so
// they fit both the yearly MUS and the continuous MUP.
import { EXTENT_SCALE, type Instrument } from './types.js';

export const mupProcessInstrument = {
  key: 'mup_process',
  name: { da: 'Tjek af udviklingssamtalerne (MUS/MUP)', en: 'Check of the development talks (MUS/MUP)' },
  description: {
    da: 'Ti udsagn om, hvordan jeres udviklingssamtaler fungerer – fra formålet til opfølgningen. Brug resultatet i MED-udvalget.',
    en: 'Ten statements on how your development talks work – from their purpose to the follow-up. Use the result in the joint consultation committee.',
  },
  scale: EXTENT_SCALE,
  items: [
    {
      key: 'purposeAgreed',
      text: {
        da: 'MED- eller samarbejdsudvalget har talt om, hvad vi vil have ud af vores udviklingssamtaler.',
        en: 'The joint consultation committee has discussed what we want from our development talks.',
      },
      short: { da: 'Aftalt formål', en: 'Agreed purpose' },
      index: 'process',
    },
    {
      key: 'startClear',
      text: {
        da: 'Det er tydeligt for alle, hvordan og hvornår samtalerne bliver sat i gang.',
        en: 'It is clear to everyone how and when the talks are started.',
      },
      short: { da: 'Klar start', en: 'Clear start' },
      index: 'process',
    },
    {
      key: 'conceptWorks',
      text: {
        da: 'Den måde, vi holder samtalerne på, giver os det, vi gerne vil have ud af dem.',
        en: 'The way we hold the talks gives us what we want from them.',
      },
      short: { da: 'Formen virker', en: 'The format works' },
      index: 'process',
    },
    {
      key: 'linkedToStrategy',
      text: {
        da: 'Det, vi taler om i samtalerne, hænger tydeligt sammen med arbejdspladsens mål og opgaver.',
        en: "What we talk about in the talks is clearly linked to the workplace's goals and tasks.",
      },
      short: { da: 'Sammenhæng med mål', en: 'Linked to goals' },
      index: 'process',
    },
    {
      key: 'timing',
      text: {
        da: 'Samtalerne ligger på tidspunkter, der passer med arbejdspladsens andre aktiviteter.',
        en: "The talks are timed to fit with the workplace's other activities.",
      },
      short: { da: 'God timing', en: 'Good timing' },
      index: 'process',
    },
    {
      key: 'prepared',
      text: {
        da: 'Både leder og medarbejder bliver godt klædt på til samtalerne.',
        en: 'Both leader and employee are well prepared for the talks.',
      },
      short: { da: 'Klædt på', en: 'Well prepared' },
      index: 'process',
    },
    {
      key: 'colleaguesPrepare',
      text: {
        da: 'Vi bruger hinanden som kolleger, når vi forbereder os.',
        en: 'We use each other as colleagues when we prepare.',
      },
      short: { da: 'Forberedelse med kolleger', en: 'Preparing with colleagues' },
      index: 'process',
    },
    {
      key: 'ambassador',
      text: {
        da: 'Jeg taler selv godt om vores udviklingssamtaler og viser, at de betyder noget.',
        en: 'I speak well of our development talks myself and show that they matter.',
      },
      short: { da: 'Ambassadør', en: 'Ambassador' },
      index: 'process',
    },
    {
      key: 'followUp',
      text: {
        da: 'Der bliver fulgt op på det, vi aftaler i samtalerne.',
        en: 'What we agree in the talks is followed up.',
      },
      short: { da: 'Opfølgning', en: 'Follow-up' },
      index: 'process',
    },
    {
      key: 'evaluated',
      text: {
        da: 'Vi ser jævnligt på, hvordan vi bruger udviklingssamtalerne, og justerer dem.',
        en: 'We regularly look at how we use the development talks and adjust them.',
      },
      short: { da: 'Evalueret', en: 'Evaluated' },
      index: 'process',
    },
  ],
  indices: [{ key: 'process', name: { da: 'Udviklingsprocessen', en: 'The development process' } }],
  comment: true,
} as const satisfies Instrument;
