import { defineMessages } from '../i18n/define';

/** The installable app, working offline and the writes that wait on the device. */
export const offlineMessages = defineMessages(
  {
    banner: {
      title: 'Du er offline',
      body: 'Det, du ser, blev hentet sidst, du havde forbindelse, og kan være forældet. Det, du skriver, gemmes på enheden og sendes, når der er forbindelse igen.',
    },
    queue: {
      title: 'Ikke sendt endnu',
      intro: 'Gemt på denne enhed. Det sendes i den rækkefølge, du skrev det, når der er forbindelse.',
      waiting: 'Venter på forbindelse',
      refused: 'Ikke modtaget',
      refusedIntro: 'Det blev ikke modtaget. Din tekst er her stadig:',
      writtenAt: 'Skrevet {when}',
      sendNow: 'Send nu',
      copy: 'Kopiér teksten',
      copied: 'Teksten er kopieret.',
      open: 'Gå til siden',
      remove: 'Fjern',
      sent: 'Det, du skrev uden forbindelse, er sendt.',
    },
    kinds: {
      feedback: 'Feedback',
      circleNote: 'Note i læringscirkel',
      agendaPoint: 'Punkt til dagsordenen',
      dataPoint: 'Datapunkt',
      evaluationAnswer: 'Svar på mødeevaluering',
    },
    savedOnDevice: 'Gemt på enheden. Det sendes, når der er forbindelse igen.',
    update: {
      text: 'Der er kommet en ny version af MUP.',
      action: 'Genindlæs',
    },
    install: {
      text: 'Læg MUP på hjemmeskærmen, så den åbner som en app og også virker uden forbindelse.',
      action: 'Installér',
      later: 'Ikke nu',
    },
    signOut: {
      title: 'Noget er ikke sendt endnu',
      body: '{count} ting, du har skrevet, er ikke sendt endnu. Logger du ud nu, slettes de fra enheden.',
      confirm: 'Log ud og slet',
    },
  },
  {
    banner: {
      title: 'You are offline',
      body: 'What you see was loaded when you last had a connection and may be out of date. What you write is kept on this device and sent when the connection is back.',
    },
    queue: {
      title: 'Not sent yet',
      intro: 'Kept on this device. It is sent in the order you wrote it once there is a connection.',
      waiting: 'Waiting for a connection',
      refused: 'Not accepted',
      refusedIntro: 'It was not accepted. Your text is still here:',
      writtenAt: 'Written {when}',
      sendNow: 'Send now',
      copy: 'Copy the text',
      copied: 'The text is copied.',
      open: 'Go to the page',
      remove: 'Remove',
      sent: 'What you wrote without a connection has been sent.',
    },
    kinds: {
      feedback: 'Feedback',
      circleNote: 'Note in a learning circle',
      agendaPoint: 'Agenda point',
      dataPoint: 'Data point',
      evaluationAnswer: 'Meeting evaluation answer',
    },
    savedOnDevice: 'Kept on this device. It is sent when the connection is back.',
    update: {
      text: 'A new version of MUP is ready.',
      action: 'Reload',
    },
    install: {
      text: 'Put MUP on your home screen, so it opens like an app and also works without a connection.',
      action: 'Install',
      later: 'Not now',
    },
    signOut: {
      title: 'Something is not sent yet',
      body: '{count} things you wrote are not sent yet. If you sign out now, they are deleted from this device.',
      confirm: 'Sign out and delete',
    },
  },
);
