import type { Locale } from '../../shared/roles.js';

/**
 * The texts of the mails the auth module sends, in Danish and English. They live on the server
 * because the mail goes out in the recipient's language, whatever the sender's screen shows.
 */
interface MailText {
  subject: string;
  text: string;
}

export interface ResetMailVars {
  name: string;
  organisation: string;
  link: string;
}

export interface InviteMailVars {
  name: string;
  organisation: string;
  inviter: string;
  link: string;
  days: number;
}

const reset: Record<Locale, (v: ResetMailVars) => MailText> = {
  da: (v) => ({
    subject: 'Ny adgangskode til MUP',
    text: [
      `Hej ${v.name}`,
      '',
      `Nogen har bedt om en ny adgangskode til din konto i MUP hos ${v.organisation}.`,
      '',
      'Klik på linket for at vælge en ny adgangskode:',
      v.link,
      '',
      'Linket virker i en time og kan kun bruges én gang.',
      '',
      'Var det ikke dig, kan du bare se bort fra mailen. Din nuværende adgangskode virker stadig.',
      '',
      'Venlig hilsen',
      'MUP',
    ].join('\n'),
  }),
  en: (v) => ({
    subject: 'New password for MUP',
    text: [
      `Hello ${v.name}`,
      '',
      `Someone asked for a new password for your MUP account at ${v.organisation}.`,
      '',
      'Follow the link to choose a new password:',
      v.link,
      '',
      'The link works for one hour and can be used only once.',
      '',
      'If it was not you, just ignore this mail. Your current password still works.',
      '',
      'Kind regards',
      'MUP',
    ].join('\n'),
  }),
};

const invite: Record<Locale, (v: InviteMailVars) => MailText> = {
  da: (v) => ({
    subject: `Du er inviteret til MUP hos ${v.organisation}`,
    text: [
      `Hej ${v.name}`,
      '',
      `${v.inviter} har inviteret dig til MUP hos ${v.organisation}.`,
      'I MUP arbejder du løbende med din egen udvikling: dine læringsmål, samtalerne med din leder',
      'og det, I lærer sammen i teamet.',
      '',
      'Klik på linket for at vælge en adgangskode og komme i gang:',
      v.link,
      '',
      `Linket virker i ${v.days} dage og kan kun bruges én gang. Er det udløbet, kan du bede HR om et nyt.`,
      '',
      'Venlig hilsen',
      'MUP',
    ].join('\n'),
  }),
  en: (v) => ({
    subject: `You are invited to MUP at ${v.organisation}`,
    text: [
      `Hello ${v.name}`,
      '',
      `${v.inviter} has invited you to MUP at ${v.organisation}.`,
      'In MUP you work on your own development all year: your learning goals, the conversations',
      'with your leader and what you learn together in your team.',
      '',
      'Follow the link to choose a password and get started:',
      v.link,
      '',
      `The link works for ${v.days} days and can be used only once. If it has expired, ask HR for a new one.`,
      '',
      'Kind regards',
      'MUP',
    ].join('\n'),
  }),
};

export const resetMail = (locale: Locale, vars: ResetMailVars) => reset[locale](vars);
export const inviteMail = (locale: Locale, vars: InviteMailVars) => invite[locale](vars);
