import { defineMessages } from '../../../web/i18n/define';

/** Texts of the frames screens (namespace `framing`). */
export const framingMessages = defineMessages(
  {
    nav: 'Rammer',
    page: {
      title: 'Rammer for læringsmål',
      intro:
        'Rammen viser, hvad enhedens læringsmål skal rette sig mod i en periode. Medarbejderne vælger deres egne mål inden for den.',
      managedTitle: 'Rammer du vedligeholder',
      managedEmpty: 'Der er ingen rammer endnu. Opret den første for en enhed, du leder.',
      currentTitle: 'Rammer der gælder for dig nu',
      currentEmpty: 'Der er ingen offentliggjort ramme for dine enheder lige nu.',
      create: 'Ny ramme',
    },
    status: { draft: 'Kladde', published: 'Offentliggjort' },
    kinds: { strategic_goal: 'Strategisk mål', curriculum_theme: 'Læreplanstema', focus_area: 'Fokusområde' },
    frame: {
      period: '{start} – {end}',
      unit: 'Enhed: {unit}',
      noItems: 'Rammen har ingen punkter endnu.',
      items: 'Punkter',
      edit: 'Rediger ramme',
      publish: 'Offentliggør',
      publishTitle: 'Offentliggør rammen?',
      publishText:
        'Når rammen er offentliggjort, kan medarbejderne i {unit} og enhederne under den se den og knytte deres mål til punkterne.',
      published: 'Rammen er offentliggjort.',
      saved: 'Rammen er gemt.',
      created: 'Rammen er oprettet som kladde.',
      addItem: 'Tilføj punkt',
      addThemes: 'Tilføj de seks læreplanstemaer',
      addThemesHint: 'Til dagtilbud: læreplanstemaerne fra den styrkede pædagogiske læreplan.',
      themesAdded: 'Læreplanstemaerne er tilføjet.',
      editItem: 'Rediger punktet {title}',
      deleteItem: 'Slet punktet {title}',
      deleteItemTitle: 'Slet punktet?',
      deleteItemText:
        'Mål, der er knyttet til “{title}”, beholder deres tekst, men mister koblingen til punktet.',
      itemDeleted: 'Punktet er slettet.',
      itemSaved: 'Punktet er gemt.',
    },
    form: {
      createTitle: 'Ny ramme',
      editTitle: 'Rediger ramme',
      unit: 'Enhed',
      title: 'Titel',
      titlePlaceholder: 'Fx Læringsmål 2026 – sprog og overgange',
      intro: 'Indledning',
      introDescription:
        'Hvorfor netop disse punkter nu? Skriv kort, hvad du gerne vil have, at målene bidrager til.',
      periodStart: 'Gælder fra',
      periodEnd: 'Gælder til',
      itemTitleCreate: 'Nyt punkt',
      itemTitleEdit: 'Rediger punkt',
      kind: 'Slags',
      itemTitle: 'Overskrift',
      itemDescription: 'Kort beskrivelse',
      suggestions: 'Forslag: læreplanstemaer',
    },
    themes: {
      personal: {
        title: 'Alsidig personlig udvikling',
        description:
          'Børnenes tro på sig selv, deres vedholdenhed og mod til at tage initiativ og prøve nyt.',
      },
      social: {
        title: 'Social udvikling',
        description:
          'At være en del af et fællesskab: venskaber, empati og at finde sin plads blandt de andre.',
      },
      language: {
        title: 'Kommunikation og sprog',
        description: 'Samtaler, fortællinger og ord i hverdagen, så alle børn udvikler et rigt sprog.',
      },
      body: {
        title: 'Krop, sanser og bevægelse',
        description: 'Leg og bevægelse, hvor børnene mærker og bruger kroppen og sanserne.',
      },
      nature: {
        title: 'Natur, udeliv og science',
        description:
          'Undring og undersøgelser ude i naturen: dyr, vejr, tal, former og hvordan ting hænger sammen.',
      },
      culture: {
        title: 'Kultur, æstetik og fællesskab',
        description:
          'Kunst, musik, traditioner og fælles oplevelser, hvor børnene både oplever og skaber selv.',
      },
    },
  },
  {
    nav: 'Frames',
    page: {
      title: 'Frames for learning goals',
      intro:
        'A frame shows what the unit’s learning goals should aim at for a period. Employees choose their own goals within it.',
      managedTitle: 'Frames you maintain',
      managedEmpty: 'There are no frames yet. Create the first one for a unit you lead.',
      currentTitle: 'Frames that apply to you now',
      currentEmpty: 'No published frame applies to your units right now.',
      create: 'New frame',
    },
    status: { draft: 'Draft', published: 'Published' },
    kinds: {
      strategic_goal: 'Strategic goal',
      curriculum_theme: 'Curriculum theme',
      focus_area: 'Focus area',
    },
    frame: {
      period: '{start} – {end}',
      unit: 'Unit: {unit}',
      noItems: 'The frame has no items yet.',
      items: 'Items',
      edit: 'Edit frame',
      publish: 'Publish',
      publishTitle: 'Publish the frame?',
      publishText:
        'Once the frame is published, the people of {unit} and the units below it can see it and link their goals to its items.',
      published: 'The frame is published.',
      saved: 'The frame is saved.',
      created: 'The frame is created as a draft.',
      addItem: 'Add item',
      addThemes: 'Add the six curriculum themes',
      addThemesHint: 'For daycare: the themes of the strengthened pedagogical curriculum.',
      themesAdded: 'The curriculum themes are added.',
      editItem: 'Edit the item {title}',
      deleteItem: 'Delete the item {title}',
      deleteItemTitle: 'Delete the item?',
      deleteItemText: 'Goals linked to “{title}” keep their text but lose the link to the item.',
      itemDeleted: 'The item is deleted.',
      itemSaved: 'The item is saved.',
    },
    form: {
      createTitle: 'New frame',
      editTitle: 'Edit frame',
      unit: 'Unit',
      title: 'Title',
      titlePlaceholder: 'E.g. Learning goals 2026 – language and transitions',
      intro: 'Introduction',
      introDescription: 'Why these items now? Say briefly what you would like the goals to contribute to.',
      periodStart: 'Applies from',
      periodEnd: 'Applies until',
      itemTitleCreate: 'New item',
      itemTitleEdit: 'Edit item',
      kind: 'Kind',
      itemTitle: 'Heading',
      itemDescription: 'Short description',
      suggestions: 'Suggestions: curriculum themes',
    },
    themes: {
      personal: {
        title: 'Versatile personal development',
        description:
          'Children’s belief in themselves, their persistence and the courage to take initiative and try new things.',
      },
      social: {
        title: 'Social development',
        description:
          'Being part of a community: friendships, empathy and finding one’s place among the others.',
      },
      language: {
        title: 'Communication and language',
        description:
          'Conversations, stories and words in everyday life, so every child develops a rich language.',
      },
      body: {
        title: 'Body, senses and movement',
        description: 'Play and movement where children feel and use their bodies and senses.',
      },
      nature: {
        title: 'Nature, outdoor life and science',
        description:
          'Wonder and investigation outdoors: animals, weather, numbers, shapes and how things connect.',
      },
      culture: {
        title: 'Culture, aesthetics and community',
        description:
          'Art, music, traditions and shared experiences where children both take part and create.',
      },
    },
  },
);

/** The six themes of the strengthened pedagogical curriculum, offered as quick items for daycare. */
export const CURRICULUM_THEMES = ['personal', 'social', 'language', 'body', 'nature', 'culture'] as const;
