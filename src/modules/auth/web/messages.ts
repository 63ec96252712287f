import { defineMessages } from '../../../web/i18n/define';

/** Sign-in, passwords and settings. */
export const authMessages = defineMessages(
  {
    fields: {
      email: 'E-mailadresse',
      password: 'Adgangskode',
      newPassword: 'Ny adgangskode',
      repeatPassword: 'Gentag adgangskoden',
      currentPassword: 'Nuværende adgangskode',
    },
    form: {
      tooShort: 'Adgangskoden skal være mindst {min} tegn.',
      mismatch: 'De to adgangskoder er ikke ens.',
      passwordHint: 'Mindst {min} tegn. En sætning af flere ord er let at huske og svær at gætte.',
    },
    login: {
      title: 'Log ind',
      titleAt: 'Log ind hos {name}',
      unknownOrganisation:
        'Vi kender ikke organisationen i linket. Du kan stadig logge ind med e-mail og adgangskode.',
      sso: 'Log ind med {name}',
      orWithPassword: 'eller med e-mail og adgangskode',
      submit: 'Log ind',
      submitting: 'Logger ind…',
      forgot: 'Glemt din adgangskode?',
      remember: 'Husk mig på denne enhed',
      rememberHelp:
        'Kun på din egen telefon eller computer: så er du stadig logget ind, når du scanner en mødeevaluering, indtil du logger ud.',
      lockedMinute:
        'For mange forkerte forsøg. Login med denne adresse er sat på pause her i 1 minut mere – prøv igen om lidt, eller få en ny adgangskode.',
      lockedMinutes:
        'For mange forkerte forsøg. Login med denne adresse er sat på pause her i {minutes} minutter mere – prøv igen derefter, eller få en ny adgangskode.',
      organisationRequired:
        'Din e-mailadresse findes i flere organisationer. Åbn login-linket fra din egen organisation, eller bed HR om det.',
      ssoProblem: 'Log ind via organisationen lykkedes ikke',
    },
    forgot: {
      title: 'Glemt adgangskode',
      intro:
        'Skriv den e-mailadresse, du bruger i MUP. Så sender vi dig et link, hvor du kan vælge en ny adgangskode.',
      submit: 'Send link',
      sending: 'Sender…',
      sentTitle: 'Tjek din mail',
      sent: 'Hvis {email} hører til en konto i MUP, har vi nu sendt en mail med et link. Linket virker i en time.',
      sentHint: 'Kommer der ingen mail inden for et par minutter, så tjek spam-mappen, eller spørg HR.',
      backToLogin: 'Tilbage til log ind',
    },
    setPassword: {
      inviteTitle: 'Velkommen til MUP',
      inviteIntro: 'Vælg en adgangskode for {person} hos {organisation}. Så er du klar til at gå i gang.',
      resetTitle: 'Vælg en ny adgangskode',
      resetIntro: 'Ny adgangskode for {person} hos {organisation}.',
      submit: 'Gem adgangskode og log ind',
      saving: 'Gemmer…',
      checking: 'Tjekker linket…',
      problemTitle: 'Linket kan ikke bruges',
      expired: 'Linket er udløbet. Et link til ny adgangskode virker i en time, en invitation i 7 dage.',
      used: 'Linket er allerede brugt. Har du glemt adgangskoden igen, kan du bede om et nyt link.',
      invalid:
        'Linket er ikke gyldigt. Måske er det blevet klippet over i mailen – prøv at kopiere hele linket.',
      requestNew: 'Bed om et nyt link',
      inviteHint: 'Er det en invitation, kan du også bede HR om at sende en ny.',
    },
    settings: {
      title: 'Indstillinger',
      signedInAs: 'Du er logget ind som {name}',
      languageTitle: 'Sprog',
      languageHint: 'Bruges på skærmen og i de mails, MUP sender til dig.',
      languageSaved: 'Sproget er gemt.',
      passwordTitle: 'Skift adgangskode',
      passwordSubmit: 'Skift adgangskode',
      passwordChanged: 'Din adgangskode er skiftet. Er du logget ind andre steder, er du nu logget ud der.',
    },
  },
  {
    fields: {
      email: 'Email address',
      password: 'Password',
      newPassword: 'New password',
      repeatPassword: 'Repeat the password',
      currentPassword: 'Current password',
    },
    form: {
      tooShort: 'The password must be at least {min} characters.',
      mismatch: 'The two passwords are not the same.',
      passwordHint:
        'At least {min} characters. A sentence of several words is easy to remember and hard to guess.',
    },
    login: {
      title: 'Sign in',
      titleAt: 'Sign in to {name}',
      unknownOrganisation:
        'We do not know the organisation in the link. You can still sign in with email and password.',
      sso: 'Sign in with {name}',
      orWithPassword: 'or with email and password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      forgot: 'Forgot your password?',
      remember: 'Remember me on this device',
      rememberHelp:
        'Only on your own phone or computer: you stay signed in, also when you scan a meeting evaluation, until you sign out.',
      lockedMinute:
        'Too many failed attempts. Signing in with this address is paused here for 1 more minute – try again shortly, or get a new password.',
      lockedMinutes:
        'Too many failed attempts. Signing in with this address is paused here for {minutes} more minutes – try again after that, or get a new password.',
      organisationRequired:
        'Your email address exists in several organisations. Open the sign-in link from your own organisation, or ask HR for it.',
      ssoProblem: 'Signing in through your organisation did not work',
    },
    forgot: {
      title: 'Forgot password',
      intro:
        'Enter the email address you use in MUP. We will send you a link where you can choose a new password.',
      submit: 'Send link',
      sending: 'Sending…',
      sentTitle: 'Check your email',
      sent: 'If {email} belongs to an account in MUP, we have now sent an email with a link. The link works for one hour.',
      sentHint: 'If no email arrives within a few minutes, check your spam folder or ask HR.',
      backToLogin: 'Back to sign in',
    },
    setPassword: {
      inviteTitle: 'Welcome to MUP',
      inviteIntro: 'Choose a password for {person} at {organisation}. Then you are ready to start.',
      resetTitle: 'Choose a new password',
      resetIntro: 'New password for {person} at {organisation}.',
      submit: 'Save password and sign in',
      saving: 'Saving…',
      checking: 'Checking the link…',
      problemTitle: 'The link cannot be used',
      expired: 'The link has expired. A password link works for one hour, an invitation for 7 days.',
      used: 'The link has already been used. If you have forgotten the password again, ask for a new link.',
      invalid:
        'The link is not valid. It may have been cut in two in the email – try copying the whole link.',
      requestNew: 'Ask for a new link',
      inviteHint: 'If it is an invitation, you can also ask HR to send a new one.',
    },
    settings: {
      title: 'Settings',
      signedInAs: 'You are signed in as {name}',
      languageTitle: 'Language',
      languageHint: 'Used on screen and in the emails MUP sends you.',
      languageSaved: 'The language has been saved.',
      passwordTitle: 'Change password',
      passwordSubmit: 'Change password',
      passwordChanged:
        'Your password has been changed. If you were signed in elsewhere, you are now signed out there.',
    },
  },
);
