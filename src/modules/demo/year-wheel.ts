import type { Db } from '../../server/db/client.js';
import { forums } from '../forums/schema.js';
import { meetingDays } from '../forums/index.js';
import { yearWheelEntries } from '../year-wheel/schema.js';
import type { DemoUnitKey } from './data.js';

/*
 * The meeting structure and the data year-wheel of Børnehuset Mariehønen in the demo: its forums on
 * the three levels with a set rhythm (so the table and the wheel's meeting ticks are filled), and a
 * year of collecting data and discussing it in those forums, in the year the demo is created.
 */

type Level = 'citizen' | 'intervention' | 'organisation';

const FORUMS: {
  key: string;
  level: Level;
  name: string;
  purpose: string;
  form: string;
  every: number;
  unit: 'week' | 'month';
  minutes: number;
  /** Month and day of the first meeting of the year, and its time. */
  first: [number, number];
  time: string;
  participants: string;
  content: string;
  data: string;
}[] = [
  {
    key: 'child',
    level: 'citizen',
    name: 'Børnefokusmøde',
    purpose: 'At følge det enkelte barns trivsel og læring og aftale, hvad vi gør anderledes.',
    form: 'Kort runde, derefter ét barn i dybden efter en fast model',
    every: 2,
    unit: 'week',
    minutes: 45,
    first: [1, 7],
    time: '13:00',
    participants: 'Stuens pædagoger og medhjælpere, ved behov en tale-høre-konsulent',
    content: 'Observationer af barnet, hvad vi har prøvet, næste skridt',
    data: 'Observationer, sprogvurdering, samtaler med forældre',
  },
  {
    key: 'learning',
    level: 'intervention',
    name: 'Pædagogisk læringsforum',
    purpose: 'At se på data på tværs af børnegrupperne og lære af det, vi gør.',
    form: 'Data fremlægges kort, refleksion i grupper, fælles beslutning',
    every: 4,
    unit: 'week',
    minutes: 90,
    first: [1, 14],
    time: '14:00',
    participants: 'Alle pædagoger, lederen og den faglige fyrtårn',
    content: 'Data fra året, prøvehandlinger og deres resultater',
    data: 'Sprogvurderinger samlet, progressionsoverblik, måledata fra kvalitetsteamet',
  },
  {
    key: 'house',
    level: 'organisation',
    name: 'Personalemøde',
    purpose: 'At sætte retning for huset og prioritere indsatserne.',
    form: 'Dagsorden med oplæg og beslutninger',
    every: 1,
    unit: 'month',
    minutes: 120,
    first: [1, 28],
    time: '17:00',
    participants: 'Alle medarbejdere og lederen',
    content: 'Status på indsatser, fælles beslutninger, årshjulet',
    data: 'Børnemiljøvurdering, forældretilfredshed, trivselsmåling',
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

export async function seedDemoYearWheel(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
  now: Date,
) {
  const unitId = unitIds.get('daycare')!;
  const createdBy = personIds.get('Lone Mikkelsen') ?? null;
  const year = now.getUTCFullYear();
  const forumIds = new Map<string, string>();
  const meetings = new Map<string, string[]>();
  for (const f of FORUMS) {
    const firstMeetingOn = `${year}-${pad(f.first[0])}-${pad(f.first[1])}`;
    const [row] = await db
      .insert(forums)
      .values({
        orgId,
        unitId,
        level: f.level,
        name: f.name,
        purpose: f.purpose,
        form: f.form,
        cadenceEvery: f.every,
        cadenceUnit: f.unit,
        durationMinutes: f.minutes,
        firstMeetingOn,
        meetingTime: f.time,
        participants: f.participants,
        content: f.content,
        data: f.data,
        createdBy,
      })
      .returning({ id: forums.id });
    forumIds.set(f.key, row!.id);
    meetings.set(
      f.key,
      meetingDays({ every: f.every, unit: f.unit, anchor: firstMeetingOn }, firstMeetingOn, `${year}-12-31`),
    );
  }
  /** The forum's first meeting on or after the month and day. */
  const meetingAfter = (key: string, month: number, day: number) =>
    meetings.get(key)!.find((d) => d >= `${year}-${pad(month)}-${pad(day)}`) ?? `${year}-12-15`;
  const day = (month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

  await db.insert(yearWheelEntries).values(
    [
      {
        kind: 'collect' as const,
        title: 'Sprogvurderinger af 3-årige',
        data: 'Sprogvurdering 3-6 for alle børn, der er fyldt tre',
        startsOn: day(2, 2),
        endsOn: day(2, 27),
        remindDaysBefore: 7,
      },
      {
        kind: 'discuss' as const,
        title: 'Hvad viser sprogvurderingerne?',
        data: 'Sprogvurderinger samlet for huset',
        startsOn: meetingAfter('learning', 3, 1),
        forum: 'learning',
        remindDaysBefore: 3,
      },
      {
        kind: 'collect' as const,
        title: 'Børnemiljøvurdering',
        data: 'Børneinterview og observationer af børnenes hverdag',
        startsOn: day(4, 7),
        endsOn: day(4, 30),
        remindDaysBefore: 7,
      },
      {
        kind: 'discuss' as const,
        title: 'Børnemiljøet: hvad tager vi fat på?',
        data: 'Børnemiljøvurderingen',
        startsOn: meetingAfter('house', 5, 15),
        forum: 'house',
        remindDaysBefore: 3,
      },
      {
        kind: 'collect' as const,
        title: 'Forældretilfredshed',
        data: 'Kommunens forældretilfredshedsundersøgelse',
        startsOn: day(9, 1),
        endsOn: day(9, 30),
        remindDaysBefore: null,
      },
      {
        kind: 'collect' as const,
        title: 'Progressionsoverblik (rød, gul, grøn)',
        data: 'Stuernes vurderinger af sprog, social udvikling, motorik og trivsel',
        startsOn: day(10, 1),
        endsOn: day(10, 16),
        remindDaysBefore: 5,
      },
      {
        kind: 'discuss' as const,
        title: 'Progressionen i børnegrupperne',
        data: 'Progressionsoverblikket',
        startsOn: meetingAfter('learning', 10, 20),
        forum: 'learning',
        remindDaysBefore: 3,
      },
      {
        kind: 'discuss' as const,
        title: 'Børn, der har brug for mere',
        data: 'Observationer og progressionsoverblikket for stuen',
        startsOn: meetingAfter('child', 11, 1),
        forum: 'child',
        remindDaysBefore: null,
      },
    ].map(({ forum, ...e }) => ({
      ...e,
      orgId,
      unitId,
      forumId: forum ? forumIds.get(forum)! : null,
      createdBy,
    })),
  );
}
