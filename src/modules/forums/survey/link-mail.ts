import type { Locale } from '../../../shared/roles.js';

// The personal answer link's mail: it says the link is the person's own and opens one answer without
// signing in, so it is not passed on, and what anonymity means here.

/** A day (YYYY-MM-DD) as people write it: "3. december 2026", "3 December 2026". */
function spelled(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** `heldOn` and `closesOn` are Copenhagen days (YYYY-MM-DD). */
export function answerLinkMail(
  locale: Locale,
  forum: string,
  heldOn: string,
  closesOn: string,
  link: string,
): { subject: string; text: string } {
  heldOn = spelled(locale, heldOn);
  closesOn = spelled(locale, closesOn);
  if (locale === 'en') {
    return {
      subject: `Evaluate the meeting: ${forum}`,
      text: [
        `How was the meeting of ${forum} on ${heldOn}? Nine short questions, about a minute.`,
        '',
        `Answer here, without signing in: ${link}`,
        '',
        `The link is yours alone and can be used once, until ${closesOn}. Please do not pass it on.`,
        'Your answer is anonymous: the link is never stored with it, and results are only shown once enough people have answered.',
      ].join('\n'),
    };
  }
  return {
    subject: `Evaluér mødet: ${forum}`,
    text: [
      `Hvordan var mødet i ${forum} den ${heldOn}? Ni korte spørgsmål, omkring et minut.`,
      '',
      `Svar her, uden at logge ind: ${link}`,
      '',
      `Linket er kun dit og kan bruges én gang, til og med ${closesOn}. Send det ikke videre.`,
      'Dit svar er anonymt: linket gemmes aldrig sammen med svaret, og resultater vises først, når nok har svaret.',
    ].join('\n'),
  };
}
