import { defineMessages } from '../../../web/i18n/define';

export const remindersMessages = defineMessages(
  {
    nav: 'Påmindelser',
    title: 'Påmindelser',
    intro:
      'MUP samler dine påmindelser i én mail: samtaler, du skal forberede, cirkler med frist, aftaler over tid og ny feedback. Du får kun mailen, når der er noget at fortælle.',
    frequency: 'Hvor ofte',
    frequencies: { daily: 'Dagligt', weekly: 'Ugentligt (mandag)', off: 'Aldrig' },
    frequencyHelp: 'Mailen kommer om morgenen fra kl. 7.',
    prepareDaysBefore: 'Dage før en 1:1-samtale',
    prepareHelp: 'Hvor mange dage i forvejen du vil mindes om at forberede samtalen.',
    circleDaysBefore: 'Dage før en læringscirkels frist',
    circleHelp: 'Hvor mange dage før fristen du vil mindes om cirklen.',
    includeOverdue: 'Mind mig om aftaler, der er over tid',
    lastDigest: 'Sidste påmindelse blev sendt {when}.',
    neverSent: 'Du har ikke fået en påmindelse endnu.',
    saved: 'Dine indstillinger er gemt',
    now: {
      title: 'Vil du have oversigten nu?',
      text: 'Få en mail med det, der står på lige nu – uanset hvor ofte du ellers får påmindelser.',
      button: 'Send mig en oversigt nu',
      sent: 'Oversigten er sendt til din mail.',
      nothing: 'Der er ikke noget at minde dig om lige nu, så der er ikke sendt nogen mail.',
    },
  },
  {
    nav: 'Reminders',
    title: 'Reminders',
    intro:
      'MUP gathers your reminders into one mail: conversations to prepare, circles due, agreements past their date and new feedback. You only get the mail when there is something to tell.',
    frequency: 'How often',
    frequencies: { daily: 'Daily', weekly: 'Weekly (Monday)', off: 'Never' },
    frequencyHelp: 'The mail comes in the morning from 7 o’clock.',
    prepareDaysBefore: 'Days before a 1:1 conversation',
    prepareHelp: 'How many days ahead you want a reminder to prepare the conversation.',
    circleDaysBefore: 'Days before a learning circle’s deadline',
    circleHelp: 'How many days before the deadline you want a reminder about the circle.',
    includeOverdue: 'Remind me of agreements past their date',
    lastDigest: 'The last reminder was sent {when}.',
    neverSent: 'You have not had a reminder yet.',
    saved: 'Your settings are saved',
    now: {
      title: 'Want the digest now?',
      text: 'Get a mail with what is on right now – no matter how often you otherwise get reminders.',
      button: 'Send me a digest now',
      sent: 'The digest has been sent to your email.',
      nothing: 'There is nothing to remind you of right now, so no mail was sent.',
    },
  },
);
