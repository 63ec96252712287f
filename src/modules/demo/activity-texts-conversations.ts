/**
 * The Danish texts of the demo organisation's 1:1 conversations (activity.ts): agreements per
 * kind of workplace, the "big and small" agenda items, notes and summaries.
 */

import type { Sector } from './activity-texts-frames.js';

export const DEMO_AGREEMENTS: Record<Sector, string[]> = {
  daycare: [
    'Læse om dialogisk læsning og tage en pointe med til stuemødet',
    'Aftale en observation med en kollega i næste måned',
    'Prøve de nye overgangslege i to uger og skrive ned, hvad der virker',
    'Tale med forældrene om det nye samtalespørgsmål',
    'Skrive tre observationer fra samlingen ned til næste stuemøde',
    'Spørge Camilla, hvordan hun får de mindste med i legen',
    'Prøve billedstøtten ved garderoben og se, om ventetiden bliver kortere',
    'Vælge én ting fra kurset at afprøve på stuen',
  ],
  school: [
    'Dele exit-ticket-skabelonen på teammødet',
    'Aftale en kollegaobservation i matematik',
    'Skrive tre gode spørgsmål til næste forløb',
    'Finde et kursus i klasseledelse til foråret',
    'Prøve makkerlæsning i 3.a i fire uger',
    'Samle elevernes svar på exit-tickets i et skema',
    'Tale med AKT-vejlederen om en elev, der trækker sig',
    'Planlægge et forløb sammen med dansklæreren',
  ],
  care: [
    'Tale med ergoterapeuten om hjælpemidler til morgenplejen',
    'Prøve skabelonen til notater i en uge',
    'Tage emnet om måltider med til kvalitetsteamet',
    'Følge op med beboerens pårørende',
    'Bruge livshistorien i samtalen med en ny beboer',
    'Tage tre ugers vægt på de beboere, der spiser mindst',
    'Skrive en kort vejledning til afløsere om morgenplejen',
    'Øve den nye forflytning med fysioterapeuten',
  ],
  admin: [
    'Lave en tjekliste til nye lederes første måned',
    'Samle spørgsmål fra lederne til næste nyhedsbrev',
    'Afprøve den nye skabelon med to ledere',
    'Tale med MED om næste undersøgelse',
  ],
  leader: [
    'Sende rammen for næste år til kommentering',
    'Planlægge alle 1:1-samtaler for foråret',
    'Tage en case med til ledersparringen',
    'Aftale observationsdage med lederne',
    'Forberede læringssamtalen med området',
    'Skrive en status på kvalitetsteamets afprøvninger',
    'Samle erfaringer fra 1:1-rytmen til ledermødet',
    'Lave en plan for introduktion af nye kolleger',
  ],
};

/** What the leader takes on in a 1:1: the leader's half of the agreements. */
export const DEMO_LEADER_AGREEMENTS = [
  'Finde dækning, så der er tid til observationen',
  'Sætte punktet på dagsordenen til næste personalemøde',
  'Undersøge, om kurset kan betales af kompetencemidlerne',
  'Sende artiklen, vi talte om, inden næste samtale',
  'Spørge ressourcepersonen, om hun kan være med i næste fase',
  'Tale med teamet om fordelingen af opgaverne i overlappet',
  'Give feedback efter næste forældremøde, som aftalt',
  'Finde en dag til at følge vagten og se arbejdet i praksis',
  'Skaffe materialerne til afprøvningen',
  'Koble dig med en kollega, der har prøvet det før',
  'Følge op på vikarplanen, så målet ikke går i stå',
  'Læse din cirkel igennem og skrive et par spørgsmål til den',
];

export const DEMO_BIG_AND_SMALL = [
  'Vagtplanen i december',
  'Hvordan går det med den nye kollega på stuen?',
  'Ønske om kursus i konflikthåndtering',
  'Travlhed i overlappet om eftermiddagen',
  'Ferieplanlægning',
];

export const DEMO_NOTES: Record<Sector, string[]> = {
  daycare: [
    'Vi talte om målet og om, hvad der er lykkedes siden sidst. Overgangen før frokost er blevet roligere.',
    'Første fase af cirklen er skrevet. Vi aftalte at se på, hvilke data der er realistiske at samle.',
    'God samtale om samarbejdet på stuen. Der er brug for en fælles aftale om garderoben.',
  ],
  school: [
    'Gennemgang af cirklen: eleverne bruger sedlerne, og mønstrene er tydelige.',
    'Vi drøftede klasseledelse og arbejdsro i 5.b. Der er kommet mere ro.',
    'Snak om balancen mellem forberedelse og undervisning i en travl periode.',
  ],
  care: [
    'Målet om morgenplejen går godt; beboerne er glade for at blive inddraget.',
    'Vi talte om notater og overlap. Skabelonen bliver taget godt imod.',
    'Snak om travlheden i weekenderne og om at bede om hjælp i tide.',
  ],
  admin: [
    'Vi talte om introduktionen af nye ledere og om, hvad der virker.',
    'Status på undersøgelserne og møderne med lederne.',
  ],
  leader: [
    'Vi talte om ledelse af læring og om, hvordan rammen bliver modtaget i huset.',
    'Status på 1:1-samtalerne; rytmen holder, men nogle samtaler er flyttet.',
    'Drøftelse af personalemøderne og den faglige del.',
  ],
};

export const DEMO_SUMMARIES = [
  'Vi fortsætter med målet og følger op på aftalerne næste gang.',
  'Cirklen er godt i gang. Næste skridt er at samle data i to uger.',
  'Målet er nået, og vi aftalte at finde et nyt fokus til næste samtale.',
  'En god samtale. Aftalerne står nedenfor.',
];
