import { defineMessages } from '../../../web/i18n/define';

/** The outbox page of the demo and development. */
export const mailMessages = defineMessages(
  {
    outbox: {
      title: 'Udbakke',
      intro:
        'De mails, MUP ville have sendt i organisationen. Siden findes kun i demo og udvikling, hvor der ikke sendes mails, og kun administratorer af organisationen ser den.',
      linkRemoved:
        'Linket i mailen logger modtageren ind, så det er taget ud her. Kun modtageren kan bruge det, fra sin egen indbakke.',
      empty: 'Der er ikke sendt nogen mails endnu.',
      to: 'Til: {to}',
      sent: 'Sendt',
      queued: 'I kø',
      calendar: 'Kalenderinvitation',
      listLabel: 'Mails, nyeste først',
    },
  },
  {
    outbox: {
      title: 'Outbox',
      intro:
        'The emails MUP would have sent in the organisation. This page exists only in the demo and in development, where no mail is sent, and only the organisation’s administrators see it.',
      linkRemoved:
        'The link in this email signs its recipient in, so it has been taken out here. Only the recipient can use it, from their own inbox.',
      empty: 'No emails have been sent yet.',
      to: 'To: {to}',
      sent: 'Sent',
      queued: 'Queued',
      calendar: 'Calendar invitation',
      listLabel: 'Emails, newest first',
    },
  },
);
