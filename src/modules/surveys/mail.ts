import type { Locale } from '../../shared/roles.js';

// The invitation and the reminder: the link carries the person's own participation token, and the
// text says what anonymity means, so no one hesitates for fear of being recognised.

export function surveyMail(
  kind: 'invitation' | 'reminder',
  locale: Locale,
  title: string,
  closesOn: string,
  link: string,
): { subject: string; text: string } {
  if (locale === 'en') {
    return {
      subject: kind === 'invitation' ? `Survey: ${title}` : `Reminder: ${title}`,
      text: [
        kind === 'invitation'
          ? `You are invited to answer "${title}". It takes about two minutes.`
          : `You have not yet answered "${title}". There is still time, until ${closesOn}.`,
        '',
        `Answer here: ${link}`,
        '',
        'Your answers are anonymous: results are only shown for groups large enough that no one can be recognised.',
      ].join('\n'),
    };
  }
  return {
    subject: kind === 'invitation' ? `Spørgeskema: ${title}` : `Påmindelse: ${title}`,
    text: [
      kind === 'invitation'
        ? `Du er inviteret til at svare på "${title}". Det tager omkring to minutter.`
        : `Du har endnu ikke svaret på "${title}". Der er stadig tid, til og med ${closesOn}.`,
      '',
      `Svar her: ${link}`,
      '',
      'Dine svar er anonyme: resultater vises kun for grupper, der er så store, at ingen kan genkendes.',
    ].join('\n'),
  };
}
