/**
 * Small lists of common Danish names and job titles, and a seeded random source, so the
 * synthetic municipality looks plausible and is the same on every run.
 */
export const FIRST_NAMES = [
  'Anne',
  'Mette',
  'Hanne',
  'Susanne',
  'Lene',
  'Marianne',
  'Camilla',
  'Louise',
  'Charlotte',
  'Tina',
  'Pia',
  'Karen',
  'Gitte',
  'Helle',
  'Maria',
  'Julie',
  'Sofie',
  'Ida',
  'Emma',
  'Freja',
  'Dorthe',
  'Birgitte',
  'Rikke',
  'Malene',
  'Trine',
  'Signe',
  'Cecilie',
  'Line',
  'Nanna',
  'Frida',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Thomas',
  'Søren',
  'Jan',
  'Niels',
  'Anders',
  'Morten',
  'Jesper',
  'Martin',
  'Rasmus',
  'Mads',
  'Christian',
  'Kasper',
  'Mikkel',
  'Jonas',
  'Bo',
  'Erik',
  'Ole',
  'Torben',
  'Kim',
  'Frederik',
  'Emil',
  'Oliver',
  'Magnus',
  'Asger',
  'Bjørn',
];

export const MIDDLE_NAMES = [
  'Marie',
  'Louise',
  'Kristine',
  'Munk',
  'Bech',
  'Holm',
  'Kjær',
  'Lund',
  'Dahl',
  'Bak',
];

export const LAST_NAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Laursen',
  'Østergaard',
  'Henriksen',
  'Lund',
  'Schmidt',
  'Eriksen',
  'Holm',
  'Kristiansen',
  'Clausen',
  'Simonsen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Jeppesen',
  'Vestergaard',
  'Mogensen',
];

export const AREA_NAMES = [
  'Område Nord',
  'Område Syd',
  'Område Øst',
  'Område Vest',
  'Område Midt',
  'Dagtilbud Centrum',
  'Skoleområde Nord',
  'Skoleområde Syd',
  'Ældreområde Øst',
  'Ældreområde Vest',
];

export const INSTITUTION_WORDS = [
  'Solsikken',
  'Mælkebøtten',
  'Regnbuen',
  'Skovbrynet',
  'Bøgely',
  'Kastanjen',
  'Havbakken',
  'Engvang',
  'Lærkereden',
  'Troldehøjen',
  'Egebakken',
  'Fuglereden',
  'Kildegården',
  'Bakkehuset',
  'Søhuset',
  'Rønnebærhaven',
  'Vibereden',
  'Strandparken',
  'Lindegården',
  'Toftegården',
];
export const INSTITUTION_KINDS = ['Børnehuset', 'Vuggestuen', 'Skolen', 'Plejecentret', 'Bostedet'];

export const DEPARTMENT_WORDS = [
  'Rød stue',
  'Blå stue',
  'Grøn stue',
  'Gul stue',
  'Indskoling',
  'Mellemtrin',
  'Udskoling',
  'SFO',
  'Afdeling A',
  'Afdeling B',
  'Dagvagt',
  'Aftenvagt',
  'Køkkenet',
  'Værkstedet',
  'Musikhuset',
];

export const JOB_TITLES = [
  'Pædagog',
  'Pædagog',
  'Pædagog',
  'Pædagogmedhjælper',
  'Pædagogisk assistent',
  'Lærer',
  'Lærer',
  'Social- og sundhedshjælper',
  'Social- og sundhedsassistent',
  'Sygeplejerske',
  'Ergoterapeut',
  'Køkkenmedarbejder',
  'Administrativ medarbejder',
];

/** mulberry32: tiny, fast and good enough to make the same municipality every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

const ASCII: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u' };
export const emailSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[æøåéü]/g, (c) => ASCII[c] ?? c)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

export function personName(random: Random) {
  const first = random.pick(FIRST_NAMES);
  const middle = random.chance(0.25) ? ` ${random.pick(MIDDLE_NAMES)}` : '';
  return `${first}${middle} ${random.pick(LAST_NAMES)}`;
}
