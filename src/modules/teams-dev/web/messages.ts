import { defineMessages } from '../../../web/i18n/define';

export const teamsDevMessages = defineMessages(
  {
    link: 'Udvikling',
    page: {
      title: '{team}: udvikling',
      crumbs: 'Brødkrummer',
      intro: 'Teamets læringsmål og læringscirkler, teamsamtalerne og de aftaler, I har lavet.',
      goals: 'Teamets mål i fokus',
      inFocusCount: '{count} af 2 i fokus',
      goalsEmpty: 'Teamet har ingen mål i fokus endnu. Skriv et, I vil arbejde med sammen de næste måneder.',
      phase: 'Fase: {phase}',
      circleDone: 'Læringscirklen er færdig',
      openCircle: 'Se læringscirklen',
      noCircle: 'Ingen læringscirkel endnu – start den på målets side.',
      newGoal: 'Nyt mål for teamet',
      earlier: 'Tidligere mål',
      conversations: 'Teamsamtaler',
      conversationsIntro:
        'Mindst hvert halve år – gerne oftere. En mødeleder styrer samtalen med runder, så alle kommer til orde.',
      upcoming: 'Planlagt',
      upcomingEmpty: 'Der er ingen planlagt teamsamtale.',
      past: 'Tidligere samtaler',
      conversationTitle: 'Teamsamtale {when}',
      peerTitle: 'Sparring {when}',
      last: 'Sidst holdt: {when}',
      neverHeld: 'Teamet har ikke holdt en teamsamtale i MUP endnu.',
      overdue:
        'Det er længere end teamets rytme ({weeks} uger) siden sidste teamsamtale. Foreslået dato: {when}.',
      firstProposal: 'Planlæg teamets første samtale. Foreslået dato: {when}.',
      plan: 'Planlæg teamsamtale',
      agreements: 'Åbne aftaler',
      agreementsEmpty: 'Der er ingen åbne aftaler.',
      fromConversation: 'Se samtalen',
      shared: 'Mål, som medlemmerne har delt med teamet',
      sharedEmpty: 'Ingen har delt et mål med teamet endnu. Et mål kan tages med ind i en teamsamtale.',
      finishedCircle: 'Færdig læringscirkel',
    },
    /** A peer group of leaders from different units says "gruppe" and "sparring", not "team" and "teamsamtale". */
    peer: {
      intro:
        'Gruppens læringsmål og læringscirkler, jeres sparringsmøder og de aftaler, I har lavet. I kommer fra hver jeres enhed og giver hinanden sparring på ledelse.',
      goals: 'Gruppens mål i fokus',
      goalsEmpty:
        'Gruppen har ingen fælles mål i fokus endnu. Skriv et, I vil arbejde med sammen – eller del jeres egne mål med gruppen.',
      conversations: 'Sparringsmøder',
      conversationsIntro:
        'Mød jer jævnligt. Hver tager sit mål eller en aktuel ledelsesudfordring med, og de andre giver sparring i runder.',
      upcomingEmpty: 'Der er intet planlagt sparringsmøde.',
      neverHeld: 'Gruppen har ikke holdt et sparringsmøde i MUP endnu.',
      overdue:
        'Det er længere end gruppens rytme ({weeks} uger) siden sidste sparringsmøde. Foreslået dato: {when}.',
      firstProposal: 'Planlæg gruppens første sparringsmøde. Foreslået dato: {when}.',
      shared: 'Mål, som lederne har delt med gruppen',
      sharedEmpty:
        'Ingen har delt et mål med gruppen endnu. Del dit eget mål fra målets side, så de andre kan give sparring på det.',
    },
    peerCadence: {
      label: 'Sparringsmøde hver … uge',
      current: 'Gruppen mødes til sparring hver {weeks}. uge.',
      saved: 'Gruppens rytme er gemt.',
    },
    cadence: {
      label: 'Teamsamtale hver … uge',
      current: 'Teamet holder teamsamtale hver {weeks}. uge.',
      defaultNote: 'Det er standarden (halvårligt). I kan vælge at mødes oftere.',
      save: 'Gem rytme',
      saved: 'Teamets rytme er gemt.',
    },
    plan: {
      agenda: 'Første punkt på dagsordenen',
      agendaHelp: 'Det, samtalen tager udgangspunkt i. Du kan skrive det om.',
      title: 'Planlæg teamsamtale',
      titlePeer: 'Planlæg sparring i gruppen',
      facilitator: 'Mødeleder',
      facilitatorHelp:
        'En leder eller en ressourceperson på teamet – fx et fagligt fyrtårn eller en vejleder.',
      facilitatorHelpPeer: 'Valgfrit: I kan også skiftes til at styre runderne.',
      facilitatorPlaceholder: 'Vælg mødeleder',
      facilitatorRequired: 'Vælg, hvem der leder samtalen.',
      facilitatorOutside: 'Mødelederen skal høre til teamet og være leder eller ressourceperson.',
      startsAtHelp: 'Foreslået ud fra teamets rytme (hver {weeks}. uge). Dansk tid.',
      participants: 'Hvem er inviteret?',
      participantsHelp: 'Mødelederen og du selv er altid med. Alle inviterede får en kalenderinvitation.',
      participantsRequired: 'Invitér mindst én.',
      participantOutside: 'Kun teamets medlemmer og enhedens ledere kan inviteres.',
      members: 'Teamet',
      leaders: 'Ledere',
      submit: 'Planlæg og send invitationer',
      created: 'Samtalen er planlagt, og alle inviterede har fået en kalenderinvitation.',
    },
  },
  {
    link: 'Development',
    page: {
      title: '{team}: development',
      crumbs: 'Breadcrumbs',
      intro:
        'The team’s learning goals and learning circles, its team conversations and the agreements you made.',
      goals: 'The team’s goals in focus',
      inFocusCount: '{count} of 2 in focus',
      goalsEmpty:
        'The team has no goals in focus yet. Write one you want to work on together in the coming months.',
      phase: 'Phase: {phase}',
      circleDone: 'The learning circle is finished',
      openCircle: 'See the learning circle',
      noCircle: 'No learning circle yet – start it on the goal’s page.',
      newGoal: 'New goal for the team',
      earlier: 'Earlier goals',
      conversations: 'Team conversations',
      conversationsIntro:
        'At least every six months – more often is better. A facilitator runs it with rounds so every voice is heard.',
      upcoming: 'Planned',
      upcomingEmpty: 'No team conversation is planned.',
      past: 'Earlier conversations',
      conversationTitle: 'Team conversation {when}',
      peerTitle: 'Sparring {when}',
      last: 'Last held: {when}',
      neverHeld: 'The team has not held a team conversation in MUP yet.',
      overdue:
        'It is longer than the team’s rhythm ({weeks} weeks) since the last team conversation. Proposed date: {when}.',
      firstProposal: 'Plan the team’s first conversation. Proposed date: {when}.',
      plan: 'Plan a team conversation',
      agreements: 'Open agreements',
      agreementsEmpty: 'There are no open agreements.',
      fromConversation: 'See the conversation',
      shared: 'Goals members shared with the team',
      sharedEmpty:
        'Nobody has shared a goal with the team yet. A goal can be brought into a team conversation.',
      finishedCircle: 'Finished learning circle',
    },
    peer: {
      intro:
        'The group’s learning goals and learning circles, your sparring meetings and the agreements you made. You come from different units and give each other sparring on leadership.',
      goals: 'The group’s goals in focus',
      goalsEmpty:
        'The group has no shared goals in focus yet. Write one to work on together – or share your own goals with the group.',
      conversations: 'Sparring meetings',
      conversationsIntro:
        'Meet regularly. Each of you brings your goal or a current leadership challenge, and the others give sparring in rounds.',
      upcomingEmpty: 'No sparring meeting is planned.',
      neverHeld: 'The group has not held a sparring meeting in MUP yet.',
      overdue:
        'It is longer than the group’s rhythm ({weeks} weeks) since the last sparring meeting. Proposed date: {when}.',
      firstProposal: 'Plan the group’s first sparring meeting. Proposed date: {when}.',
      shared: 'Goals the leaders shared with the group',
      sharedEmpty:
        'Nobody has shared a goal with the group yet. Share your own goal from its page so the others can give sparring on it.',
    },
    peerCadence: {
      label: 'A sparring meeting every … weeks',
      current: 'The group meets for sparring every {weeks} weeks.',
      saved: 'The group’s rhythm is saved.',
    },
    cadence: {
      label: 'A team conversation every … weeks',
      current: 'The team holds a team conversation every {weeks} weeks.',
      defaultNote: 'That is the default (every six months). You can choose to meet more often.',
      save: 'Save rhythm',
      saved: 'The team’s rhythm is saved.',
    },
    plan: {
      agenda: 'First point on the agenda',
      agendaHelp: 'What the conversation starts from. You may reword it.',
      title: 'Plan a team conversation',
      titlePeer: 'Plan the group’s sparring',
      facilitator: 'Facilitator',
      facilitatorHelp:
        'A leader or a resource person on the team – e.g. a professional lighthouse or a supervisor.',
      facilitatorHelpPeer: 'Optional: you can also take turns running the rounds.',
      facilitatorPlaceholder: 'Choose the facilitator',
      facilitatorRequired: 'Choose who leads the conversation.',
      facilitatorOutside: 'The facilitator must belong to the team and be a leader or a resource person.',
      startsAtHelp: 'Proposed from the team’s rhythm (every {weeks} weeks). Danish time.',
      participants: 'Who is invited?',
      participantsHelp:
        'The facilitator and you are always included. Everyone invited gets a calendar invitation.',
      participantsRequired: 'Invite at least one person.',
      participantOutside: 'Only the team’s members and the unit’s leaders can be invited.',
      members: 'The team',
      leaders: 'Leaders',
      submit: 'Plan and send invitations',
      created: 'The conversation is planned, and everyone invited has a calendar invitation.',
    },
  },
);
