import { defineMessages } from '../../../web/i18n/define';

/** Single sign-on with the organisation's own identity provider (a section of the organisation settings page). */
export const oidcMessages = defineMessages(
  {
    form: {
      required: 'Skal udfyldes.',
      tooLong: 'Må højst være {max} tegn.',
      checkFields: 'Nogle felter er ikke udfyldt rigtigt. Se markeringerne herunder.',
    },
    sso: {
      heading: 'Single sign-on (OpenID Connect)',
      intro:
        'Med single sign-on logger medarbejderne ind med den konto, de i forvejen bruger i organisationen – fx via Microsoft Entra ID, OS2faktor eller en anden identitetsudbyder, der understøtter OpenID Connect.',
      noCreate:
        'MUP opretter aldrig personer ud fra et login. Personen skal findes i MUP i forvejen (oprettet af HR eller via import) – ellers bliver login afvist.',
      status: { on: 'Slået til', off: 'Slået fra', none: 'Ikke sat op' },
      statusLabel: 'Status',
      stepsHeading: 'Sådan sætter du det op',
      step1:
        'Registrér MUP som en applikation (klient) hos jeres identitetsudbyder, og angiv redirect-URI’en herunder.',
      step2: 'Udfyld udsteder, klient-id og klienthemmelighed, som identitetsudbyderen giver jer.',
      step3: 'Vælg, hvordan brugeren fra identitetsudbyderen skal findes i MUP, slå login til, og gem.',
      redirectUri: 'Redirect-URI',
      redirectUriHelp:
        'Adressen, som identitetsudbyderen sender medarbejderen tilbage til efter login. Den skal registreres præcis sådan hos identitetsudbyderen.',
      loginPage: 'Organisationens login-side',
      loginPageHelp: 'Send medarbejderne hertil. Her vises knappen til jeres login.',
      copy: 'Kopiér',
      copyLabel: 'Kopiér {what}',
      copied: 'Kopieret',
      enabled: 'Vis login via identitetsudbyderen på login-siden',
      enabledNew: 'Slå login via identitetsudbyderen til, når indstillingerne er gemt',
      enabledNewHelp: 'Indtil du gemmer, er der intet at slå til: login-siden viser først knappen bagefter.',
      enabledHelp: 'Slår du det fra, forsvinder knappen fra login-siden, men indstillingerne bliver gemt.',
      displayName: 'Tekst på login-knappen',
      displayNameHelp: 'Det, medarbejderne ser på login-siden, fx “Log ind med din kommunekonto”.',
      displayNameDefault: 'Log ind med din arbejdskonto',
      issuer: 'Udsteder (issuer)',
      issuerHelp:
        'Identitetsudbyderens adresse, som den står i dens OpenID Connect-opsætning, fx https://login.microsoftonline.com/<tenant-id>/v2.0. MUP henter resten af opsætningen fra adressen med /.well-known/openid-configuration bagpå.',
      issuerError: 'Skriv identitetsudbyderens fulde adresse. Den skal begynde med https://',
      clientId: 'Klient-id',
      clientIdHelp:
        'Det id, identitetsudbyderen gav MUP, da I registrerede applikationen. I Entra ID hedder det “Application (client) ID”.',
      clientSecret: 'Klienthemmelighed',
      clientSecretHelp:
        'Den hemmelige nøgle, som MUP bruger til at bevise over for identitetsudbyderen, at det er MUP, der spørger. Den vises aldrig igen, når den er gemt.',
      clientSecretStored: 'Der er gemt en hemmelighed. Lad feltet stå tomt for at beholde den.',
      clientSecretMissing: 'Der er ikke gemt nogen hemmelighed.',
      removeSecret: 'Fjern den gemte hemmelighed',
      removeSecretHelp: 'Kun hvis identitetsudbyderen er sat op til en offentlig klient uden hemmelighed.',
      matchBy: 'Find personen i MUP ud fra',
      matchByHelp: 'Sådan kobles brugeren hos identitetsudbyderen sammen med en person i MUP.',
      matchByEmail: 'E-mailadresse',
      matchByEmailHelp:
        'Brugerens e-mailadresse fra identitetsudbyderen (claim “email”) skal være den samme som personens e-mailadresse i MUP. Store og små bogstaver er ligegyldige.',
      matchByEmployeeNumber: 'Medarbejdernummer',
      matchByEmployeeNumberHelp:
        'Et claim med brugerens medarbejdernummer skal være det samme som personens medarbejdernummer i MUP.',
      employeeNumberClaim: 'Claim med medarbejdernummer',
      employeeNumberClaimHelp:
        'Navnet på det claim i ID-tokenet eller userinfo, der indeholder medarbejdernummeret, fx employee_number eller employeeid.',
      claimError: 'Brug kun bogstaver, tal og tegnene _ . : / -',
      save: 'Gem indstillinger',
      saved: 'Indstillingerne for single sign-on er gemt.',
      remove: 'Fjern single sign-on',
      removeTitle: 'Fjern single sign-on?',
      removeText:
        'Indstillingerne bliver slettet, og medarbejderne kan ikke længere logge ind via identitetsudbyderen. Personer uden adgangskode kan ikke logge ind, før I sætter det op igen, eller de får en adgangskode.',
      removed: 'Single sign-on er fjernet.',
    },
  },
  {
    form: {
      required: 'Required.',
      tooLong: 'At most {max} characters.',
      checkFields: 'Some fields are not filled in correctly. See the marked fields below.',
    },
    sso: {
      heading: 'Single sign-on (OpenID Connect)',
      intro:
        'With single sign-on, staff sign in with the account they already use in the organisation – for example through Microsoft Entra ID, OS2faktor or another identity provider that supports OpenID Connect.',
      noCreate:
        'MUP never creates people from a sign-in. The person must already exist in MUP (added by HR or an import) – otherwise the sign-in is refused.',
      status: { on: 'On', off: 'Off', none: 'Not set up' },
      statusLabel: 'Status',
      stepsHeading: 'How to set it up',
      step1:
        'Register MUP as an application (client) with your identity provider, and enter the redirect URI below.',
      step2: 'Fill in the issuer, client ID and client secret your identity provider gives you.',
      step3: 'Choose how the identity provider’s user is found in MUP, switch sign-in on, and save.',
      redirectUri: 'Redirect URI',
      redirectUriHelp:
        'The address the identity provider sends people back to after signing in. Register it exactly like this with the identity provider.',
      loginPage: 'The organisation’s sign-in page',
      loginPageHelp: 'Send staff here. It shows the button for your sign-in.',
      copy: 'Copy',
      copyLabel: 'Copy {what}',
      copied: 'Copied',
      enabled: 'Offer sign-in through the identity provider on the sign-in page',
      enabledNew: 'Turn sign-in through the identity provider on once the settings are saved',
      enabledNewHelp:
        'Until you save there is nothing to turn on: the sign-in page shows the button only afterwards.',
      enabledHelp: 'When it is off, the button disappears from the sign-in page, but the settings are kept.',
      displayName: 'Sign-in button text',
      displayNameHelp: 'What staff see on the sign-in page, e.g. “Sign in with your council account”.',
      displayNameDefault: 'Sign in with your work account',
      issuer: 'Issuer',
      issuerHelp:
        'The identity provider’s address as given in its OpenID Connect settings, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0. MUP reads the rest of the settings from that address followed by /.well-known/openid-configuration.',
      issuerError: 'Enter the identity provider’s full address. It must start with https://',
      clientId: 'Client ID',
      clientIdHelp:
        'The ID the identity provider gave MUP when you registered the application. In Entra ID it is called “Application (client) ID”.',
      clientSecret: 'Client secret',
      clientSecretHelp:
        'The secret key MUP uses to prove to the identity provider that it is MUP asking. Once saved, it is never shown again.',
      clientSecretStored: 'A secret is saved. Leave the field empty to keep it.',
      clientSecretMissing: 'No secret is saved.',
      removeSecret: 'Remove the saved secret',
      removeSecretHelp: 'Only if the identity provider is set up for a public client without a secret.',
      matchBy: 'Find the person in MUP by',
      matchByHelp: 'How the user at the identity provider is linked to a person in MUP.',
      matchByEmail: 'Email address',
      matchByEmailHelp:
        'The user’s email address from the identity provider (claim “email”) must be the same as the person’s email address in MUP. Upper and lower case do not matter.',
      matchByEmployeeNumber: 'Employee number',
      matchByEmployeeNumberHelp:
        'A claim with the user’s employee number must be the same as the person’s employee number in MUP.',
      employeeNumberClaim: 'Claim holding the employee number',
      employeeNumberClaimHelp:
        'The name of the claim in the ID token or userinfo that holds the employee number, e.g. employee_number or employeeid.',
      claimError: 'Use only letters, digits and the characters _ . : / -',
      save: 'Save settings',
      saved: 'The single sign-on settings have been saved.',
      remove: 'Remove single sign-on',
      removeTitle: 'Remove single sign-on?',
      removeText:
        'The settings are deleted, and staff can no longer sign in through the identity provider. People without a password cannot sign in until you set it up again or they get a password.',
      removed: 'Single sign-on has been removed.',
    },
  },
);
