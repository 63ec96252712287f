import type { Locale } from '../../../shared/roles.js';
import type { FeedbackKind } from '../../feedback/index.js';
import type { DigestContent } from './gather.js';
import { formatDay, formatWhen } from './time.js';
import { licenceSection } from './licences.js';

/*
 * The digest mail, in the recipient's language: one mail gathering what to prepare, what is due
 * and what is new, each with a link — instead of one mail per event.
 */

const texts = {
  da: {
    subject: 'Dine påmindelser fra MUP',
    hello: (name: string) => `Hej ${name}`,
    intro: 'Her er det, der er værd at vide i dag.',
    oneToOnes: 'Forbered din 1:1-samtale',
    oneToOne: (when: string, who: string) =>
      `${when}${who ? ` med ${who}` : ''}. Skriv dine punkter på dagsordenen:`,
    teamConversations: 'Forbered teamets samtale',
    teamConversation: (when: string, team: string) =>
      `${when} i ${team}. Sæt gerne et punkt eller et af dine egne læringsmål på dagsordenen:`,
    circles: 'Læringscirkler med frist snart',
    circle: (title: string, day: string) => `${title} – frist ${day}:`,
    untitledCircle: 'Din læringscirkel',
    overdue: 'Aftaler, der er over tid',
    agreement: (text: string, day: string) => `${text} (skulle være klar ${day}):`,
    leverActions: 'Handlinger for læringsmiljøet, der er over tid',
    feedback: 'Ny feedback til dig',
    feedbackItem: (kind: string, from: string) => `${kind} fra ${from}`,
    feedbackLink: 'Læs og svar her:',
    packageUpdates: 'Nye versioner af læringspakker, du bruger',
    packageUpdate: (title: string, from: number, to: number) => `${title}: version ${from} → ${to}`,
    kinds: {
      recognition: 'Anerkendelse',
      evaluating: 'Evaluerende feedback',
      instructing: 'Instruerende feedback',
      reflecting: 'Reflekterende feedback',
      observation: 'Observation',
    },
    settings: 'Du kan vælge, hvor ofte du får denne mail, og hvad den skal indeholde:',
    bye: ['Venlig hilsen', 'MUP'],
  },
  en: {
    subject: 'Your reminders from MUP',
    hello: (name: string) => `Hello ${name}`,
    intro: 'Here is what is worth knowing today.',
    oneToOnes: 'Prepare your 1:1 conversation',
    oneToOne: (when: string, who: string) =>
      `${when}${who ? ` with ${who}` : ''}. Add your points to the agenda:`,
    teamConversations: 'Prepare your team’s conversation',
    teamConversation: (when: string, team: string) =>
      `${when} in ${team}. Add a point or one of your own learning goals to the agenda:`,
    circles: 'Learning circles due soon',
    circle: (title: string, day: string) => `${title} – due ${day}:`,
    untitledCircle: 'Your learning circle',
    overdue: 'Agreements past their date',
    agreement: (text: string, day: string) => `${text} (due ${day}):`,
    leverActions: 'Learning-environment actions past their date',
    feedback: 'New feedback for you',
    feedbackItem: (kind: string, from: string) => `${kind} from ${from}`,
    feedbackLink: 'Read and reply here:',
    packageUpdates: 'New versions of learning packages you use',
    packageUpdate: (title: string, from: number, to: number) => `${title}: version ${from} → ${to}`,
    kinds: {
      recognition: 'Recognition',
      evaluating: 'Evaluating feedback',
      instructing: 'Instructing feedback',
      reflecting: 'Reflecting feedback',
      observation: 'Observation',
    },
    settings: 'You can choose how often you get this mail and what it contains:',
    bye: ['Kind regards', 'MUP'],
  },
} satisfies Record<Locale, { kinds: Record<FeedbackKind, string> } & Record<string, unknown>>;

/** One line per item, a blank line between sections; agreement and feedback texts are the only content quoted. */
export function digestMail(
  locale: Locale,
  name: string,
  content: DigestContent,
  publicUrl: string,
): { subject: string; text: string } {
  const t = texts[locale];
  const link = (path: string) => `${publicUrl}${path}`;
  const lines: string[] = [t.hello(name), '', t.intro];
  const section = (title: string, items: string[][]) => {
    if (items.length === 0) return;
    lines.push('', title, '-'.repeat(title.length));
    for (const item of items) lines.push(...item, '');
    lines.pop();
  };
  section(
    t.oneToOnes,
    content.oneToOnes
      .filter((m) => !m.team)
      .map((m) => [
        `• ${t.oneToOne(formatWhen(locale, m.startsAt), m.with.join(', '))}`,
        `  ${link(`/conversations/${m.id}`)}`,
      ]),
  );
  section(
    t.teamConversations,
    content.oneToOnes.flatMap((m) =>
      m.team
        ? [
            [
              `• ${t.teamConversation(formatWhen(locale, m.startsAt), m.team)}`,
              `  ${link(`/conversations/${m.id}`)}`,
            ],
          ]
        : [],
    ),
  );
  section(
    t.circles,
    content.circles.map((c) => [
      `• ${t.circle(c.goalTitle ?? t.untitledCircle, formatDay(locale, c.deadline))}`,
      `  ${link(`/circles/${c.id}`)}`,
    ]),
  );
  section(
    t.overdue,
    content.overdueAgreements.map((a) => [
      `• ${t.agreement(a.text, formatDay(locale, a.dueDate))}`,
      `  ${link(a.conversationId ? `/conversations/${a.conversationId}` : '/conversations')}`,
    ]),
  );
  section(
    t.leverActions,
    content.overdueLeverActions.map((a) => [
      `• ${t.agreement(a.text, formatDay(locale, a.dueDate))}`,
      `  ${link(`/levers/plans/${a.planId}`)}`,
    ]),
  );
  section(...licenceSection(locale, content.expiringLicences, link));
  if (content.feedback.length > 0) {
    section(t.feedback, [
      content.feedback.map((f) => `• ${t.feedbackItem(t.kinds[f.kind], f.from)}`),
      [t.feedbackLink, link('/feedback')],
    ]);
  }
  section(
    t.packageUpdates,
    content.packageUpdates.map((u) => [
      `• ${t.packageUpdate(u.title, u.from, u.to)}`,
      ...(u.changeNote ? [`  ${u.changeNote}`] : []),
      `  ${link(u.path)}`,
    ]),
  );
  lines.push('', '--', t.settings, link('/reminders'), '', ...t.bye);
  return { subject: t.subject, text: lines.join('\n') };
}
