import { defineMessages } from '../../../web/i18n/define';

/** Provisioning from the organisation's directory (SCIM), a section of the organisation settings page. */
export const scimMessages = defineMessages(
  {
    panel: {
      heading: 'Automatisk brugeroprettelse (SCIM)',
      intro:
        'Med SCIM opretter, opdaterer og deaktiverer jeres brugerkatalog (fx Microsoft Entra ID) selv medarbejderne i MUP. Ingen bliver slettet: en medarbejder, der stopper, bliver deaktiveret, og deres udviklingsforløb følger organisationens regler for opbevaring.',
      status: { on: 'I brug', ready: 'Klar', expired: 'Tokenet er udløbet', none: 'Ikke sat op' },
      statusLabel: 'Status',
      baseUrl: 'SCIM-adresse (Tenant URL)',
      baseUrlHelp: 'Indsæt adressen i brugerkataloget som “Tenant URL”.',
      provisioned: '{users} personer er oprettet via SCIM, heraf {inactive} deaktiveret.',
    },
    token: {
      heading: 'Token',
      none: 'Der er ikke lavet noget token endnu.',
      created: 'Lavet {date}',
      expires: 'Udløber {date}',
      expired:
        'Tokenet udløb {date}. Brugerkataloget kan ikke længere opdatere MUP, før I laver et nyt token.',
      lastUsed: 'Senest brugt {date}',
      neverUsed: 'Endnu ikke brugt',
      validity: 'Gyldighed',
      validityHelp: 'Hvor længe tokenet virker. Lav et nyt, før det udløber.',
      days: '{days} dage',
      create: 'Lav token',
      rotate: 'Lav nyt token',
      rotateTitle: 'Lav et nyt token?',
      rotateText:
        'Det gamle token holder op med at virke med det samme. Indsæt det nye token i brugerkataloget lige bagefter, ellers stopper opdateringen.',
      shownOnce: 'Kopiér tokenet nu. Det vises kun denne ene gang – MUP gemmer det ikke.',
      tokenLabel: 'Det nye token (Secret Token)',
      tokenHelp: 'Indsæt det i brugerkataloget som “Secret Token”.',
      revoke: 'Tilbagekald token',
      revokeTitle: 'Tilbagekald tokenet?',
      revokeText:
        'Brugerkataloget kan ikke længere oprette eller ændre medarbejdere i MUP, før I laver et nyt token.',
      revoked: 'Tokenet er tilbagekaldt.',
      made: 'Tokenet er lavet.',
    },
    groups: {
      heading: 'Grupper',
      intro:
        'Grupper fra brugerkataloget giver ingenting, før I kobler dem til en enhed (med en rolle) eller et team. Fjernes en person fra gruppen, mister de kun det, gruppen gav – ikke roller, HR har givet i hånden.',
      none: 'Brugerkataloget har ikke sendt nogen grupper endnu.',
      members: '{count} medlemmer',
      target: 'Giver medlemmerne',
      targetFor: 'Hvad gruppen {name} giver medlemmerne',
      notMapped: 'Ingenting (ikke koblet)',
      asEmployee: 'Medarbejder i en enhed',
      asLeader: 'Leder af en enhed',
      team: 'Medlem af et team',
      saved: 'Koblingen af {name} er gemt.',
    },
  },
  {
    panel: {
      heading: 'Automatic user provisioning (SCIM)',
      intro:
        'With SCIM, your directory (such as Microsoft Entra ID) creates, updates and deactivates staff in MUP itself. No one is deleted: someone who leaves is deactivated, and their development record follows the organisation’s retention rules.',
      status: { on: 'In use', ready: 'Ready', expired: 'The token has expired', none: 'Not set up' },
      statusLabel: 'Status',
      baseUrl: 'SCIM address (Tenant URL)',
      baseUrlHelp: 'Paste this address into the directory as “Tenant URL”.',
      provisioned: '{users} people were created through SCIM, {inactive} of them deactivated.',
    },
    token: {
      heading: 'Token',
      none: 'No token has been made yet.',
      created: 'Made {date}',
      expires: 'Expires {date}',
      expired: 'The token expired {date}. The directory cannot update MUP until you make a new token.',
      lastUsed: 'Last used {date}',
      neverUsed: 'Not used yet',
      validity: 'Valid for',
      validityHelp: 'How long the token works. Make a new one before it expires.',
      days: '{days} days',
      create: 'Make token',
      rotate: 'Make new token',
      rotateTitle: 'Make a new token?',
      rotateText:
        'The old token stops working at once. Paste the new token into the directory straight after, or provisioning stops.',
      shownOnce: 'Copy the token now. It is shown this once only – MUP does not keep it.',
      tokenLabel: 'The new token (Secret Token)',
      tokenHelp: 'Paste it into the directory as “Secret Token”.',
      revoke: 'Revoke token',
      revokeTitle: 'Revoke the token?',
      revokeText: 'The directory can no longer create or change staff in MUP until you make a new token.',
      revoked: 'The token has been revoked.',
      made: 'The token has been made.',
    },
    groups: {
      heading: 'Groups',
      intro:
        'Groups from the directory give nothing until you map them to a unit (with a role) or a team. Someone removed from a group loses only what the group gave – not roles HR gave by hand.',
      none: 'The directory has not sent any groups yet.',
      members: '{count} members',
      target: 'Gives its members',
      targetFor: 'What the group {name} gives its members',
      notMapped: 'Nothing (not mapped)',
      asEmployee: 'Employee of a unit',
      asLeader: 'Leader of a unit',
      team: 'Member of a team',
      saved: 'The mapping of {name} has been saved.',
    },
  },
);
