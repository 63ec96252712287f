import type { ExampleInitiative } from '../cases.js';

export const careHomeScreens: ExampleInitiative = {
  key: 'care_home_screen_documentation',
  name: { da: 'Dokumentation hos beboeren', en: "Documentation in the resident's home" },
  workplace: { da: 'Plejecenter', en: 'Care home' },
  background: {
    da: 'Centret har fået nye interaktive skærme: Beboerne kan bruge dem til at holde kontakt med omverdenen, og medarbejderne dokumenterer på dem hos beboeren, lige når plejen er givet. Før var der sat en fast tid af til at dokumentere samlet, fx en time om eftermiddagen.',
    en: 'The home has new interactive screens: residents can use them to keep in touch with the world, and staff document on them with the resident right after giving care. Before, a set time was put aside to document everything at once, such as an hour in the afternoon.',
  },
  task: {
    da: 'Vi dokumenterer på beboerens skærm, mens vi er hos beboeren – lige efter plejen, ikke samlet senere.',
    en: "We document on the resident's screen while we are with the resident – right after the care, not all at once later.",
  },
  perspective: {
    coreTask: {
      da: 'Personalet er mere til stede i den time, der før gik med dokumentation, og der sker færre fejl, fordi mindre bliver glemt.',
      en: 'Staff are more present in the hour that used to go on documentation, and fewer mistakes happen because less is forgotten.',
    },
    workplace: {
      da: 'Det er mere effektivt og mindre stressende at dokumentere med det samme.',
      en: 'Documenting straight away is more efficient and less stressful.',
    },
  },
  learningGoals: {
    methods: {
      da: 'At kunne bruge det nye it-system og få faste rutiner i den nye måde at dokumentere på.',
      en: 'Being able to use the new IT system and building set routines in the new way of documenting.',
    },
    knowledge: null,
    role: {
      da: 'Især aftenvagterne skal se dokumentation som en del af kerneopgaven, der har værdi. Det er også et nyt møde med beboeren, når man dokumenterer sammen.',
      en: 'The evening shift in particular is to see documentation as a valuable part of the core task. Documenting together is also a new way of meeting the resident.',
    },
  },
  trainingTrack: {
    tempi: {
      knowledge_building: {
        da: 'Det, systemet kan, når man dokumenterer.',
        en: 'What the system can do when you document.',
      },
      trial: {
        da: 'At bruge systemet i praksis for at få erfaring.',
        en: 'Using the system in practice to build experience.',
      },
      feedback: {
        da: 'At vurdere, om det lykkes at få det vigtigste dokumenteret.',
        en: 'Judging whether the most important things get documented.',
      },
    },
    formats: ['training_workshop', 'side_by_side'],
    note: {
      da: 'Små workshops med fire til seks deltagere og sidemandsoplæring ved superbrugere. Det blev sagt tydeligt, at man først øver sig på skærmene og først får ansvaret, når man er tryg ved dem.',
      en: 'Small workshops of four to six people and side-by-side learning led by super users. It was said clearly that you first practise on the screens and take on the responsibility only once you are comfortable with them.',
    },
  },
  anchoring: {
    goal_follow_up: { da: 'Teamet følger op på målet.', en: 'The team follows up on the goal.' },
    organisation: {
      da: 'Alle skal kunne løse opgaven, så tiden om eftermiddagen kan bruges på andet.',
      en: 'Everyone must be able to do the task, so the afternoon time can be used for other things.',
    },
    support: { da: 'Superbrugerne støtter.', en: 'The super users give support.' },
    ongoing_follow_up: {
      da: 'Vi følger løbende op på, om dokumentationen sker i forlængelse af de andre opgaver.',
      en: 'We keep checking whether documentation happens as part of the other tasks.',
    },
  },
  participants: {
    who: { da: 'Alle medarbejdere', en: 'All staff' },
    target: 'independently',
  },
};
