import type { ExampleInitiative } from '../cases.js';

export const maternityWard: ExampleInitiative = {
  key: 'maternity_ward_advice',
  name: {
    da: 'Samme gode råd om amning og ernæring',
    en: 'The same sound advice on breastfeeding and nutrition',
  },
  workplace: { da: 'Barselsafsnit på et hospital', en: 'Maternity ward at a hospital' },
  background: {
    da: 'Omkring 35 medarbejdere, mest sygeplejersker, bruger kompetenceudvikling til at styrke både kvalitet og kapacitet – især ved at uddanne nøglepersoner til bestemte opgaver. Behovet kom frem i en runde udviklingssamtaler, hvor medarbejderne var bekymrede for, hvor forskellige råd mødrene fik.',
    en: 'About 35 staff, mostly nurses, use competence development to strengthen both quality and capacity – above all by training key persons for particular tasks. The need came up in a round of development talks, where staff worried about how differently the mothers were advised.',
  },
  task: {
    da: 'Alle mødre får de samme, fagligt velbegrundede råd om amning og ernæring, uanset hvem af os de taler med.',
    en: 'Every mother gets the same professionally sound advice on breastfeeding and nutrition, whoever of us she talks to.',
  },
  perspective: {
    coreTask: {
      da: 'Mødrene får bedre og mere ensartede råd. Det var ikke det første perspektiv, men det skal fylde mere fremover.',
      en: 'The mothers get better and more consistent advice. This was not the first perspective, but it is to weigh more from now on.',
    },
    workplace: {
      da: 'Flere kan rådgive, og afsnittet bliver bedre på det, ledelsen måler det på.',
      en: 'More staff can advise, and the ward does better on what management measures it by.',
    },
  },
  learningGoals: {
    methods: null,
    knowledge: {
      da: 'Viden om amning og ernæring, der bygger på forskning – frem for vaner og husråd.',
      en: 'Knowledge of breastfeeding and nutrition based on research – rather than habits and folk wisdom.',
    },
    role: {
      da: 'At blive i rollen som fagperson, selv om situationen er personlig – og rådgive uden at belære eller presse noget ned over moderen.',
      en: 'Staying in the professional role even when the situation is personal – and advising without lecturing the mother or pressing anything on her.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: {
        da: 'Undervisning i det, medarbejderne konkret har brug for at vide, og korte videoer, der viser god rådgivning.',
        en: 'Teaching in what staff concretely need to know, and short videos showing good advice.',
      },
      trial: { da: 'At prøve det af i praksis med støtte.', en: 'Trying it out in practice with support.' },
      feedback: {
        da: 'Løbende sparring med en ressourceperson, som er til rådighed på faste tidspunkter.',
        en: 'Ongoing sparring with a resource person who is available at set times.',
      },
    },
    formats: ['theme_day', 'resource_person_role'],
    note: {
      da: 'Undervisningen var på to til tre timer. Først blev to nøglepersoner uddannet, og de blev derefter ressourcepersoner for de andre.',
      en: 'The teaching lasted two to three hours. First two key persons were trained, and they then became resource persons for the others.',
    },
  },
  anchoring: {
    goal_follow_up: null,
    organisation: {
      da: 'Rådgivningen bliver nu dokumenteret, og de kliniske retningslinjer er opdateret.',
      en: 'The advice is now documented, and the clinical guidelines have been updated.',
    },
    support: {
      da: 'Kollegerne deler åbent deres erfaringer i hverdagen.',
      en: 'Colleagues share their experience openly day to day.',
    },
    ongoing_follow_up: { da: 'På personalemøderne.', en: 'At the staff meetings.' },
  },
  participants: {
    who: {
      da: 'Sygeplejerskerne på afsnittet – først to nøglepersoner',
      en: 'The nurses on the ward – two key persons first',
    },
    target: 'independently',
  },
};
