import { defineMessages } from '../../../web/i18n/define';

/** What a team's goal says differently from a person's (namespace `goals.team`): "we", not "you". */
export const teamGoalMessages = defineMessages(
  {
    createTitle: 'Nyt mål for teamet',
    editTitle: 'Rediger teamets mål',
    created: 'Teamets mål er gemt og sat i fokus.',
    title: 'Teamets læringsmål',
    titleDescription: 'Hvad vil I blive bedre til sammen, og i hvilken situation?',
    titlePlaceholder: 'Fx Give hinanden sparring på, hvordan vi åbner samlingen',
    why: 'Hvorfor er det vigtigt for jer?',
    whyDescription: 'For børnene, borgerne og for teamet.',
    progressSigns: 'Hvad vil vise, at I er på vej?',
    progressSignsDescription: 'Tegn, I kan se eller høre i hverdagen.',
    of: 'Teamets mål: {team}',
    editors: 'Alle i teamet og enhedens ledere kan ændre målet og arbejde i dets læringscirkel.',
    achieveReason: 'Hvad viser, at I har nået det?',
    putAsideReason: 'Hvorfor lægger I det til side nu?',
    putAsideTitle: 'Teamet har allerede to mål i fokus',
    putAsideText:
      'Et team kan højst have to mål i fokus ad gangen. Hvilket af dem skal lægges til side? I kan altid sætte det i fokus igen senere.',
    putAsideReasonLabel: 'Hvorfor lægger I det til side?',
  },
  {
    createTitle: 'New goal for the team',
    editTitle: 'Edit the team’s goal',
    created: 'The team’s goal is saved and in focus.',
    title: 'The team’s learning goal',
    titleDescription: 'What do you want to get better at together, and in which situation?',
    titlePlaceholder: 'E.g. Give each other feedback on how we open circle time',
    why: 'Why does it matter to you?',
    whyDescription: 'For the children, the citizens and the team.',
    progressSigns: 'What would show that you are on your way?',
    progressSignsDescription: 'Signs you can see or hear in everyday work.',
    of: 'The team’s goal: {team}',
    editors:
      'Everyone on the team and the unit’s leaders can change the goal and work in its learning circle.',
    achieveReason: 'What shows that you have achieved it?',
    putAsideReason: 'Why are you putting it aside now?',
    putAsideTitle: 'The team already has two goals in focus',
    putAsideText:
      'A team can have at most two goals in focus at a time. Which one should be put aside? You can always bring it back into focus later.',
    putAsideReasonLabel: 'Why are you putting it aside?',
  },
);

/**
 * What a leaders' peer group's goal says differently again (namespace `goals.peer`): the group,
 * its members from different units, no unit leaders.
 */
export const peerGoalMessages = defineMessages(
  {
    createTitle: 'Nyt mål for gruppen',
    editTitle: 'Rediger gruppens mål',
    created: 'Gruppens mål er gemt og sat i fokus.',
    title: 'Gruppens læringsmål',
    of: 'Sparringsgruppens mål: {team}',
    editors: 'Alle i gruppen kan ændre målet og arbejde i dets læringscirkel.',
    putAsideTitle: 'Gruppen har allerede to mål i fokus',
    putAsideText:
      'En gruppe kan højst have to mål i fokus ad gangen. Hvilket af dem skal lægges til side? I kan altid sætte det i fokus igen senere.',
    source: 'Gruppens mål',
    whyDescription: 'For medarbejderne, børnene eller borgerne – og for jer som ledere.',
  },
  {
    createTitle: 'New goal for the group',
    editTitle: 'Edit the group’s goal',
    created: 'The group’s goal is saved and in focus.',
    title: 'The group’s learning goal',
    of: 'The peer group’s goal: {team}',
    editors: 'Everyone in the group can change the goal and work in its learning circle.',
    putAsideTitle: 'The group already has two goals in focus',
    putAsideText:
      'A group can have at most two goals in focus at a time. Which one should be put aside? You can always bring it back into focus later.',
    source: 'The group’s goal',
    whyDescription: 'For the staff, the children or the citizens – and for you as leaders.',
  },
);

type GroupKey = keyof (typeof peerGoalMessages)['da'] & keyof (typeof teamGoalMessages)['da'];
/** A team's goal text, or a peer group's where the two differ. */
export const groupGoalText = (team: { isPeerGroup?: boolean } | null | undefined, key: GroupKey) =>
  team?.isPeerGroup ? (`goals.peer.${key}` as const) : (`goals.team.${key}` as const);
