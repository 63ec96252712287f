// The one-minute meeting evaluation (seeds/001, "score the meeting"), exactly as the forums module
// asks it today: the same keys in the same order and the same texts (forums/constants.ts and
// forums/web/messages.ts), so moving it into the survey engine changes nothing for those who answer.
import { ENDS_SCALE, type Instrument } from './types.js';

export const meetingInstrument = {
  key: 'meeting',
  name: { da: 'Mødeevaluering', en: 'Meeting evaluation' },
  description: {
    da: 'Et minuts anonym evaluering af et møde: ni spørgsmål og en kommentar, hvis man vil.',
    en: 'A one-minute anonymous evaluation of a meeting: nine questions and a comment if you wish.',
  },
  scale: ENDS_SCALE,
  items: [
    {
      key: 'clarity',
      text: {
        da: 'Var formålet med mødet og med de enkelte punkter klart fra starten?',
        en: 'Were the purpose of the meeting and of each item clear from the start?',
      },
      short: { da: 'Klart formål', en: 'Clear purpose' },
    },
    {
      key: 'onTime',
      text: { da: 'Gik mødet i gang til tiden?', en: 'Did the meeting start on time?' },
      short: { da: 'Til tiden', en: 'On time' },
    },
    {
      key: 'timeKeeping',
      text: { da: 'Blev tiden styret godt undervejs?', en: 'Was time kept well during the meeting?' },
      short: { da: 'Tidsstyring', en: 'Time keeping' },
    },
    {
      key: 'prepared',
      text: { da: 'Havde deltagerne forberedt sig?', en: 'Had the participants prepared?' },
      short: { da: 'Forberedelse', en: 'Preparation' },
    },
    {
      key: 'purpose',
      text: {
        da: 'Var mødet meningsfuldt – nåede det det, det var til for?',
        en: 'Was the meeting worthwhile – did it achieve what it was for?',
      },
      short: { da: 'Meningsfuldt', en: 'Worthwhile' },
    },
    {
      key: 'nextSteps',
      text: {
        da: 'Stod det klart til sidst, hvad der skal ske, og hvem der gør hvad?',
        en: 'Was it clear at the end what happens next and who does what?',
      },
      short: { da: 'Næste skridt', en: 'Next steps' },
    },
    {
      key: 'energy',
      text: { da: 'Gav mødet dig energi?', en: 'Did the meeting give you energy?' },
      short: { da: 'Energi', en: 'Energy' },
    },
    {
      // The seed's eighth question is "other – what?": an open question, so it may be skipped. The
      // forums module asks a score for it today; the survey engine must accept it left blank.
      key: 'other',
      text: {
        da: 'Var der andet, der betød noget for mødet? (Skriv gerne hvad i kommentaren.)',
        en: 'Did anything else matter to the meeting? (Say what in the comment.)',
      },
      short: { da: 'Andet', en: 'Other' },
      optional: true,
    },
    {
      key: 'overall',
      text: { da: 'Alt i alt: hvor godt var mødet?', en: 'All in all: how good was the meeting?' },
      short: { da: 'Alt i alt', en: 'All in all' },
    },
  ],
  indices: [],
  comment: true,
} as const satisfies Instrument;
