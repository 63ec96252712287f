import { defineMessages } from '../../../web/i18n/define';

// The fields of a learning circle's phases, one question each with a few guiding questions as its
// help text (PRODUCT.md module 1, the thesis's appendix 3, in our own words): a person's circle
// speaks to them as "du", a team's or a peer group's circle (team_circle) to those working on it
// together as "I".
export const inquiryFormMessages = defineMessages(
  {
    learning_circle: {
      plan: {
        title: 'Plan',
        intro: 'Hvad vil du undersøge, og hvorfor netop nu?',
        theme: {
          label: 'Tema',
          help: 'Hvilket tema er værd at undersøge? Hvorfor er det vigtigt lige nu? Hvad har du lagt mærke til i praksis, og hvad vil du gerne forstå bedre?',
        },
        focus: {
          label: 'Fokus',
          help: 'Hvad vælger du at sætte fokus på? Formulér et konkret undersøgelsesspørgsmål. Hvad vil du blive dygtigere til at gøre?',
        },
        professionalLearning: {
          label: 'Professionel læring',
          help: 'Hvad skal du selv lære for at kunne støtte børnene eller borgerne i det, du har valgt? Skriv et mål for din egen læring.',
        },
        intendedChange: {
          label: 'Ønsket forandring',
          help: 'Hvilken forandring vil du se? Giv eksempler fra praksis. Hvilke tegn viser, at du er på rette vej?',
        },
      },
      action: {
        title: 'Handling',
        intro: 'Hvad vil du prøve af, og hvordan?',
        whatToTry: {
          label: 'Hvad vil du prøve?',
          help: 'Hvad giver mening at afprøve i forhold til dit fokus?',
        },
        howInPractice: {
          label: 'Hvordan i praksis?',
          help: 'Hvordan gør du det konkret i hverdagen – i hvilke situationer?',
        },
        firstStep: { label: 'Første skridt', help: 'Hvad gør du først?' },
        whoDoesWhat: { label: 'Hvem gør hvad?', help: 'Hvem er med, og hvem har ansvaret for hvad?' },
        startAndEnd: {
          label: 'Start og slut',
          help: 'Hvordan og hvornår starter I? Hvordan og hvornår slutter I?',
        },
        meetAgain: { label: 'Hvornår mødes I igen?', help: 'Aftal, hvornår I følger op.' },
      },
      inAction: {
        title: 'Undervejs',
        intro: 'Hvad skal du huske at holde øje med, mens du prøver det af?',
        watchFor: {
          label: 'Hvad holder du øje med?',
          help: 'Kig på planen: hvad vil du gerne se? Hvilke tegn viser, at I er på rette vej? Hvad er særligt interessant at følge i den kommende tid?',
        },
        whomToFollow: {
          label: 'Hvem følger du?',
          help: 'Hvilke børn, borgere eller kolleger er det særligt interessant at følge – og hvorfor?',
        },
        dataToCollect: {
          label: 'Hvilke data samler du?',
          help: 'Hvilke iagttagelser eller oplysninger er relevante at samle undervejs, og hvordan holder du fast i dem?',
        },
      },
      response: {
        title: 'Respons',
        intro: 'Hvad har du samlet, og hvad fortæller det?',
        dataCollected: {
          label: 'Hvad har du samlet?',
          help: 'Hvilke oplysninger har du samlet undervejs? Hvilken respons fik du – og fra hvem?',
        },
        example: { label: 'Et eksempel', help: 'Giv et konkret eksempel fra praksis.' },
        whatDataTells: {
          label: 'Hvad fortæller det dig?',
          help: 'Hvad viser dine iagttagelser og den respons, du har fået? Hvad har du fået øje på?',
        },
      },
      reflection: {
        title: 'Refleksion',
        intro: 'Hvad skete der, og hvad lærte du?',
        changeSeen: {
          label: 'Hvilken forandring så du?',
          help: 'Sammenlign med den forandring, du ønskede i planen.',
        },
        whatLearned: { label: 'Hvad lærte du selv?', help: 'Hvad lærte du af det, du gjorde?' },
        newKnowledge: {
          label: 'Hvilken ny viden har du fået?',
          help: 'Hvad ved du nu, som du ikke vidste før?',
        },
      },
      learning: {
        title: 'Læring',
        intro: 'Hvad betyder det for din praksis fremover?',
        meaningForPractice: {
          label: 'Hvad betyder det for praksis?',
          help: 'Hvad betyder det, du har lært, for den måde, du og dine kolleger arbejder på?',
        },
        nextSteps: {
          label: 'Hvad gør du nu?',
          help: 'Hvad bør du gøre fremover? Ofte er svaret temaet for den næste læringscirkel.',
        },
      },
    },
    team_circle: {
      plan: {
        intro: 'Hvad vil I undersøge sammen, og hvorfor netop nu?',
        theme: {
          label: 'Tema',
          help: 'Hvilket tema er værd at undersøge for jer? Hvorfor er det vigtigt lige nu? Hvad har I lagt mærke til i jeres praksis, og hvad vil I gerne forstå bedre?',
        },
        focus: {
          label: 'Fokus',
          help: 'Hvad vælger I at sætte fokus på? Formulér et fælles, konkret undersøgelsesspørgsmål. Hvad vil I blive dygtigere til at gøre sammen?',
        },
        professionalLearning: {
          label: 'Professionel læring',
          help: 'Hvad skal I lære sammen for at kunne støtte børnene, borgerne eller medarbejderne i det, I har valgt? Skriv et mål for jeres fælles læring.',
        },
        intendedChange: {
          label: 'Ønsket forandring',
          help: 'Hvilken forandring vil I se? Giv eksempler fra jeres praksis. Hvilke tegn viser, at I er på rette vej?',
        },
      },
      action: {
        intro: 'Hvad vil I prøve af, og hvordan fordeler I det?',
        whatToTry: {
          label: 'Hvad vil I prøve?',
          help: 'Hvad giver mening at afprøve i forhold til jeres fokus?',
        },
        howInPractice: {
          label: 'Hvordan i praksis?',
          help: 'Hvordan gør I det konkret i hverdagen – i hvilke situationer?',
        },
        firstStep: { label: 'Første skridt', help: 'Hvad gør I først, og hvem tager det?' },
        whoDoesWhat: {
          label: 'Hvem gør hvad?',
          help: 'Hvem af jer er med, og hvem har ansvaret for hvad?',
        },
        startAndEnd: {
          label: 'Start og slut',
          help: 'Hvordan og hvornår starter I? Hvordan og hvornår slutter I?',
        },
        meetAgain: {
          label: 'Hvornår mødes I igen?',
          help: 'Aftal, hvornår I følger op – gerne på jeres næste fælles samtale.',
        },
      },
      inAction: {
        intro: 'Hvad skal I huske at holde øje med, mens I prøver det af?',
        watchFor: {
          label: 'Hvad holder I øje med?',
          help: 'Kig på planen: hvad vil I gerne se? Hvilke tegn viser, at I er på rette vej? Hvad er særligt interessant at følge i den kommende tid?',
        },
        whomToFollow: {
          label: 'Hvem følger I?',
          help: 'Hvilke børn, borgere eller kolleger er det særligt interessant for jer at følge – og hvorfor?',
        },
        dataToCollect: {
          label: 'Hvilke data samler I?',
          help: 'Hvilke iagttagelser eller oplysninger samler I hver især undervejs, og hvordan samler I dem, så I alle kan se dem?',
        },
      },
      response: {
        intro: 'Hvad har I samlet, og hvad fortæller det jer?',
        dataCollected: {
          label: 'Hvad har I samlet?',
          help: 'Hvilke oplysninger har I samlet undervejs? Hvilken respons fik I – og fra hvem?',
        },
        example: { label: 'Et eksempel', help: 'Giv et konkret eksempel fra jeres praksis.' },
        whatDataTells: {
          label: 'Hvad fortæller det jer?',
          help: 'Hvad viser jeres iagttagelser og den respons, I har fået? Ser I det samme, eller ser I forskellige ting?',
        },
      },
      reflection: {
        intro: 'Hvad skete der, og hvad lærte I?',
        changeSeen: {
          label: 'Hvilken forandring så I?',
          help: 'Sammenlign med den forandring, I ønskede i planen.',
        },
        whatLearned: {
          label: 'Hvad lærte I sammen?',
          help: 'Hvad lærte I af det, I gjorde – hver for sig og sammen?',
        },
        newKnowledge: {
          label: 'Hvilken ny viden har I fået?',
          help: 'Hvad ved I nu, som I ikke vidste før?',
        },
      },
      learning: {
        intro: 'Hvad betyder det for jeres praksis fremover?',
        meaningForPractice: {
          label: 'Hvad betyder det for praksis?',
          help: 'Hvad betyder det, I har lært, for den måde, I og jeres kolleger arbejder på?',
        },
        nextSteps: {
          label: 'Hvad gør I nu?',
          help: 'Hvad bør I gøre fremover? Ofte er svaret temaet for jeres næste fælles læringscirkel.',
        },
      },
    },
  },
  {
    learning_circle: {
      plan: {
        title: 'Plan',
        intro: 'What do you want to investigate, and why now?',
        theme: {
          label: 'Theme',
          help: 'Which theme is worth investigating? Why does it matter right now? What have you noticed in practice, and what would you like to understand better?',
        },
        focus: {
          label: 'Focus',
          help: 'What do you choose to focus on? Phrase a concrete inquiry question. What do you want to get better at doing?',
        },
        professionalLearning: {
          label: 'Professional learning',
          help: 'What do you yourself need to learn to support the children or citizens in what you chose? Write a goal for your own learning.',
        },
        intendedChange: {
          label: 'Intended change',
          help: 'What change do you want to see? Give examples from practice. Which signs show you are on track?',
        },
      },
      action: {
        title: 'Action',
        intro: 'What will you try, and how?',
        whatToTry: { label: 'What will you try?', help: 'What makes sense to try out given your focus?' },
        howInPractice: {
          label: 'How in practice?',
          help: 'How will you do it in everyday work – in which situations?',
        },
        firstStep: { label: 'First step', help: 'What will you do first?' },
        whoDoesWhat: { label: 'Who does what?', help: 'Who takes part, and who is responsible for what?' },
        startAndEnd: {
          label: 'Start and end',
          help: 'How and when do you start? How and when do you end?',
        },
        meetAgain: { label: 'When do you meet again?', help: 'Agree when you follow up.' },
      },
      inAction: {
        title: 'In action',
        intro: 'What should you keep an eye on while you try it out?',
        watchFor: {
          label: 'What do you watch for?',
          help: 'Look at the plan: what do you hope to see? Which signs show you are on track? What is especially interesting to follow in the coming period?',
        },
        whomToFollow: {
          label: 'Whom do you follow?',
          help: 'Which children, citizens or colleagues are especially interesting to follow – and why?',
        },
        dataToCollect: {
          label: 'Which data do you collect?',
          help: 'Which observations or information are worth collecting along the way, and how will you keep hold of them?',
        },
      },
      response: {
        title: 'Response',
        intro: 'What have you collected, and what does it tell you?',
        dataCollected: {
          label: 'What have you collected?',
          help: 'Which information did you collect along the way? Which responses did you get – and from whom?',
        },
        example: { label: 'An example', help: 'Give a concrete example from practice.' },
        whatDataTells: {
          label: 'What does it tell you?',
          help: 'What do your observations and the responses show? What have you noticed?',
        },
      },
      reflection: {
        title: 'Reflection',
        intro: 'What happened, and what did you learn?',
        changeSeen: {
          label: 'What change did you see?',
          help: 'Compare with the change you wanted in the plan.',
        },
        whatLearned: {
          label: 'What did you learn yourself?',
          help: 'What did you learn from what you did?',
        },
        newKnowledge: {
          label: 'What new knowledge have you gained?',
          help: 'What do you know now that you did not know before?',
        },
      },
      learning: {
        title: 'Learning',
        intro: 'What does it mean for your practice from now on?',
        meaningForPractice: {
          label: 'What does it mean for practice?',
          help: 'What does what you learned mean for how you and your colleagues work?',
        },
        nextSteps: {
          label: 'What will you do now?',
          help: 'What should you do from here? Often the answer is the theme of the next learning circle.',
        },
      },
    },
    team_circle: {
      plan: {
        intro: 'What do you want to investigate together, and why now?',
        theme: {
          label: 'Theme',
          help: 'Which theme is worth investigating for you together? Why does it matter right now? What have you noticed in your practice, and what would you like to understand better?',
        },
        focus: {
          label: 'Focus',
          help: 'What do you choose to focus on together? Phrase one shared, concrete inquiry question. What do you want to get better at doing together?',
        },
        professionalLearning: {
          label: 'Professional learning',
          help: 'What do you need to learn together to support the children, citizens or staff in what you chose? Write a goal for your shared learning.',
        },
        intendedChange: {
          label: 'Intended change',
          help: 'What change do you want to see? Give examples from your practice. Which signs show you are on track?',
        },
      },
      action: {
        intro: 'What will you try, and how do you share it out?',
        whatToTry: {
          label: 'What will you try?',
          help: 'What makes sense to try out given your shared focus?',
        },
        howInPractice: {
          label: 'How in practice?',
          help: 'How will you do it in everyday work – in which situations?',
        },
        firstStep: { label: 'First step', help: 'What will you do first, and who takes it?' },
        whoDoesWhat: {
          label: 'Who does what?',
          help: 'Who of you takes part, and who is responsible for what?',
        },
        startAndEnd: {
          label: 'Start and end',
          help: 'How and when do you start? How and when do you end?',
        },
        meetAgain: {
          label: 'When do you meet again?',
          help: 'Agree when you follow up – preferably at your next conversation together.',
        },
      },
      inAction: {
        intro: 'What should you keep an eye on together while you try it out?',
        watchFor: {
          label: 'What do you watch for?',
          help: 'Look at the plan: what do you hope to see? Which signs show you are on track? What is especially interesting to follow in the coming period?',
        },
        whomToFollow: {
          label: 'Whom do you follow?',
          help: 'Which children, citizens or colleagues is it especially interesting for you to follow – and why?',
        },
        dataToCollect: {
          label: 'Which data do you collect?',
          help: 'Which observations or information does each of you collect along the way, and how do you gather them so all of you can see them?',
        },
      },
      response: {
        intro: 'What have you collected, and what does it tell you together?',
        dataCollected: {
          label: 'What have you collected?',
          help: 'Which information did you collect along the way? Which responses did you get – and from whom?',
        },
        example: { label: 'An example', help: 'Give a concrete example from your practice.' },
        whatDataTells: {
          label: 'What does it tell you?',
          help: 'What do your observations and the responses show? Do you see the same things, or different ones?',
        },
      },
      reflection: {
        intro: 'What happened, and what did you learn together?',
        changeSeen: {
          label: 'What change did you see?',
          help: 'Compare with the change you wanted in the plan.',
        },
        whatLearned: {
          label: 'What did you learn together?',
          help: 'What did you learn from what you did – each of you and together?',
        },
        newKnowledge: {
          label: 'What new knowledge have you gained?',
          help: 'What do you know now that you did not know before?',
        },
      },
      learning: {
        intro: 'What does it mean for your shared practice from now on?',
        meaningForPractice: {
          label: 'What does it mean for practice?',
          help: 'What does what you learned mean for how you and your colleagues work?',
        },
        nextSteps: {
          label: 'What will you do now, together?',
          help: 'What should you do from here? Often the answer is the theme of your next shared learning circle.',
        },
      },
    },
  },
);
