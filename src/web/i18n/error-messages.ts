import { defineMessages } from './define';

/** The words of every API error: by code, and by the reason a service gives (namespace `common.errors`). */
export const errorMessages = defineMessages(
  {
    errors: {
      VALIDATION: 'Nogle felter er ikke udfyldt rigtigt.',
      UNAUTHENTICATED: 'Du skal logge ind igen.',
      FORBIDDEN: 'Du har ikke adgang til at gøre dette.',
      NOT_FOUND: 'Det findes ikke, eller du har ikke adgang til det.',
      CONFLICT: 'Det findes allerede eller er i brug.',
      GONE: 'Linket er ikke længere gyldigt.',
      PAYLOAD_TOO_LARGE: 'Filen eller teksten er for stor.',
      LOCKED: 'Kontoen er midlertidigt låst.',
      RATE_LIMITED: 'For mange forsøg. Vent et øjeblik, og prøv igen.',
      INTERNAL: 'Der skete en fejl hos os. Prøv igen om lidt.',
      network: 'Der er ingen forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
      reasons: {
        invalid_credentials: 'E-mailadressen eller adgangskoden er forkert.',
        account_locked:
          'For mange forkerte forsøg. Login med denne adresse er sat på pause et stykke tid – prøv igen senere, eller få en ny adgangskode.',
        account_inactive: 'Kontoen er deaktiveret. Kontakt HR.',
        token_invalid: 'Linket er ikke gyldigt. Bed om et nyt.',
        token_expired: 'Linket er udløbet. Bed om et nyt.',
        token_used: 'Linket er allerede brugt. Bed om et nyt, hvis du skal sætte en ny adgangskode.',
        email_taken: 'E-mailadressen bruges allerede af en anden person.',
        employee_number_taken: 'Medarbejdernummeret bruges allerede af en anden person.',
        unit_cycle: 'En enhed kan ikke flyttes ind under sig selv eller sine egne underenheder.',
        unit_has_children: 'Enheden har underenheder. Flyt eller slet dem først.',
        unit_has_members: 'Enheden har personer tilknyttet. Flyt dem først.',
        unit_has_teams: 'Enheden har teams. Slet dem først.',
        external_id_taken: 'Enhedskoden bruges allerede af en anden enhed.',
        csrf: 'Siden er forældet. Genindlæs siden, og prøv igen.',
        origin: 'Forespørgslen kom fra en anden side og blev afvist.',
        session_expired: 'Du er blevet logget ud. Log ind igen.',
        sso_not_configured: 'Organisationen har ikke sat single sign-on op.',
        sso_no_match: 'Vi kunne ikke finde dig i organisationen. Kontakt HR.',
        sso_failed: 'Log ind via organisationens login mislykkedes. Prøv igen.',
        password_sso_only: 'Du logger ind via organisationens login.',
        membership_exists: 'Personen har allerede den rolle i enheden.',
        team_member_exists: 'Personen er allerede med i teamet.',
        import_invalid: 'Filen har fejl. Ret linjerne, og prøv igen.',
        import_not_ready: 'Importen er allerede gennemført eller i gang.',
        file_too_large: 'Filen er for stor. Den må højst fylde 5 MB – del den op i flere filer.',
        too_many_rows:
          'Filen har for mange linjer. Den må højst have 100.000 linjer – del den op i flere filer.',
        last_admin: 'Organisationen skal have mindst én administrator.',
        stale_version: 'En anden har ændret dette imens. Hent den nye version, og prøv igen.',
        organisation_required:
          'E-mailadressen findes i flere organisationer. Brug din organisations login-side.',
        person_no_email: 'Personen har ingen e-mailadresse. Tilføj en, før du sender en invitation.',
        person_inactive: 'Personen er deaktiveret og kan ikke inviteres.',
        wrong_password: 'Den nuværende adgangskode er forkert.',
        too_many_in_focus: 'Du har allerede to mål i fokus. Vælg, hvilket af dem du vil lægge til side.',
        goal_share_exists: 'Målet er allerede delt med den person eller det team.',
        frame_empty: 'Rammen skal have mindst ét punkt, før den kan offentliggøres.',
        frame_item_unavailable: 'Punktet hører ikke til en ramme, der gælder for dig lige nu. Vælg et andet.',
        circle_open_exists: 'Målet har allerede en åben læringscirkel. Gør den færdig, før du starter en ny.',
        circle_not_finished: 'Læringscirklen er ikke færdig endnu. Markér læringsfasen som færdig først.',
        collaborator_exists: 'Personen arbejder allerede med på cirklen.',
        feedback_link_unavailable: 'Målet eller aftalen kan ikke vælges til denne feedback.',
        feedback_to_self: 'Du kan ikke give feedback til dig selv.',
        erase_self: 'Du kan ikke slette dine egne oplysninger her. Bed en anden administrator om det.',
        retention_preview_first: 'Se forhåndsvisningen af de gemte regler, før du slår sletning til.',
        survey_closed: 'Evalueringen er lukket, så der kan ikke længere svares.',
        survey_already_answered: 'Du har allerede svaret. Tak for det!',
        answer_link_unknown:
          'Linket kendes ikke. Det kan være erstattet af et nyere link i din mail – brug det nyeste, eller scan QR-koden og log ind.',
        answer_link_used: 'Linket er allerede brugt: der er svaret med det, og det kan kun bruges én gang.',
        survey_wrong_length: 'Svar på alle spørgsmål, én score til hvert.',
        survey_out_of_scale: 'Et svar ligger uden for skalaen.',
        survey_item_missing: 'Svar på alle spørgsmål, der ikke er valgfri.',
        survey_no_respondents: 'Der er ingen at spørge i de valgte enheder og teams.',
        survey_instrument_invalid: 'Spørgeskemaet hænger ikke sammen – se feltet, der er markeret.',
        lever_in_plan: 'Grebet er allerede med i planen.',
        lever_owner_outside: 'Den ansvarlige skal høre til enheden eller teamet.',
        cpr_number:
          'Teksten ser ud til at indeholde et CPR-nummer. Skriv om børn og borgere med et pseudonym eller som en gruppe.',
        possible_name:
          'Teksten ser ud til at indeholde et fornavn. Brug et pseudonym eller en gruppe – eller bekræft, at det ikke er et navn.',
        initiative_status_step: 'Forløbet kan ikke gå direkte til den status. Tag ét skridt ad gangen.',
        participant_exists: 'Personen deltager allerede i forløbet.',
        participant_outside: 'Personen hører ikke til forløbets enhed (eller deltager ikke i forløbet).',
        proposal_decided: 'Læringsmålet er allerede besvaret, så forslaget kan ikke ændres.',
        quality_day_taken:
          'Der er allerede en måling for denne dato. Se målet, og vælg en anden dato, hvis det var en anden dag.',
        not_task_reviewer:
          'Kun en ressourceperson eller leder for opgavens enhed kan holde praksisgennemgange og give kørekort til opgaven.',
        licence_person_outside: 'Personen skal høre til enheden, kørekortet er beskrevet for.',
        licence_exists:
          'Personen fik netop kørekortet af en anden i samme øjeblik. Se kørekorttavlen, og lav en ny gennemgang, hvis niveauet skal ændres.',
        review_decided: 'Gennemgangen er allerede afgjort.',
        below_required_level:
          'Personen har ikke et gyldigt kørekort på det niveau, opgaven kræver, og arbejdspladsen tillader ikke at sætte nogen på under niveauet.',
        below_required_confirm:
          'Personen har ikke et gyldigt kørekort på det niveau, opgaven kræver for at stå alene. Vil du sætte personen på alligevel?',
        idempotency_key_invalid:
          'Enheden sendte en ugyldig nøgle med det, du skrev. Genindlæs siden, og prøv igen.',
        idempotency_key_reused:
          'Enheden sendte det samme to gange med forskelligt indhold. Tjek det, du skrev, og send det igen.',
        conversation_closed: 'Samtalen er allerede holdt eller aflyst, så den kan ikke ændres på den måde.',
        conversation_not_started:
          'Samtalen er ikke begyndt endnu. Den kan først markeres som holdt, når den er gået i gang.',
        round_closed: 'Runden er allerede afsluttet. Se den runde, der kører nu.',
        invalid_character:
          'Teksten indeholder et usynligt tegn, der ikke kan gemmes. Skriv teksten igen i stedet for at indsætte den.',
        number_out_of_range: 'Et tal er for stort. Hent siden igen, og prøv igen.',
        body_too_complex:
          'Forespørgslen er for indviklet til at blive læst (for mange niveauer eller punkter).',
        date_out_of_range: 'En dato ligger uden for det mulige (årene 1900–2200). Ret datoen, og prøv igen.',
      },
    },
  },
  {
    errors: {
      VALIDATION: 'Some fields are not filled in correctly.',
      UNAUTHENTICATED: 'Please sign in again.',
      FORBIDDEN: 'You are not allowed to do this.',
      NOT_FOUND: 'It does not exist, or you do not have access to it.',
      CONFLICT: 'It already exists or is in use.',
      GONE: 'The link is no longer valid.',
      PAYLOAD_TOO_LARGE: 'The file or text is too large.',
      LOCKED: 'The account is temporarily locked.',
      RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
      INTERNAL: 'Something went wrong on our side. Try again shortly.',
      network: 'There is no connection to the server. Check your connection and try again.',
      reasons: {
        invalid_credentials: 'The email address or password is wrong.',
        account_locked:
          'Too many failed attempts. Signing in with this address is paused for a while – try again later, or get a new password.',
        account_inactive: 'The account has been deactivated. Contact HR.',
        token_invalid: 'The link is not valid. Ask for a new one.',
        token_expired: 'The link has expired. Ask for a new one.',
        token_used: 'The link has already been used. Ask for a new one if you need to set a new password.',
        email_taken: 'The email address is already used by someone else.',
        employee_number_taken: 'The employee number is already used by someone else.',
        unit_cycle: 'A unit cannot be moved under itself or one of its own sub-units.',
        unit_has_children: 'The unit has sub-units. Move or delete them first.',
        unit_has_members: 'The unit has people in it. Move them first.',
        unit_has_teams: 'The unit has teams. Delete them first.',
        external_id_taken: 'Another unit already uses that unit code.',
        csrf: 'The page is out of date. Reload it and try again.',
        origin: 'The request came from another site and was refused.',
        session_expired: 'You have been signed out. Please sign in again.',
        sso_not_configured: 'The organisation has not set up single sign-on.',
        sso_no_match: 'We could not find you in the organisation. Contact HR.',
        sso_failed: 'Signing in through your organisation failed. Try again.',
        password_sso_only: 'You sign in through your organisation.',
        membership_exists: 'The person already has that role in the unit.',
        team_member_exists: 'The person is already on the team.',
        import_invalid: 'The file has errors. Correct the lines and try again.',
        import_not_ready: 'The import has already been applied or is running.',
        file_too_large: 'The file is too large. It may be at most 5 MB – split it into several files.',
        too_many_rows:
          'The file has too many lines. It may have at most 100,000 lines – split it into several files.',
        last_admin: 'The organisation must keep at least one administrator.',
        stale_version: 'Someone else changed this meanwhile. Load the new version and try again.',
        organisation_required:
          'The email address exists in several organisations. Use your organisation’s sign-in page.',
        person_no_email: 'The person has no email address. Add one before sending an invitation.',
        person_inactive: 'The person is deactivated and cannot be invited.',
        wrong_password: 'The current password is wrong.',
        too_many_in_focus: 'You already have two goals in focus. Choose which one to put aside.',
        goal_share_exists: 'The goal is already shared with that person or team.',
        frame_empty: 'The frame needs at least one item before it can be published.',
        frame_item_unavailable:
          'That item is not part of a frame that applies to you right now. Choose another.',
        circle_open_exists:
          'The goal already has an open learning circle. Finish it before starting a new one.',
        circle_not_finished: 'The learning circle is not finished yet. Mark the learning phase done first.',
        collaborator_exists: 'The person is already working on the circle.',
        feedback_link_unavailable: 'That goal or agreement cannot be chosen for this feedback.',
        feedback_to_self: 'You cannot give feedback to yourself.',
        erase_self: 'You cannot erase your own data here. Ask another administrator.',
        retention_preview_first: 'Preview the saved rules before you switch deletion on.',
        survey_closed: 'The evaluation is closed, so answers are no longer taken.',
        survey_already_answered: 'You have already answered. Thank you!',
        answer_link_unknown:
          'This link is not known. A newer link in your mail may have replaced it – use the newest, or scan the QR code and sign in.',
        answer_link_used:
          'This link has already been used: an answer was given with it, and it works only once.',
        survey_wrong_length: 'Answer every question, one score each.',
        survey_out_of_scale: 'An answer lies outside the scale.',
        survey_item_missing: 'Answer every question that is not optional.',
        survey_no_respondents: 'There is no one to ask in the chosen units and teams.',
        survey_instrument_invalid: 'The survey does not hold together – see the marked field.',
        lever_in_plan: 'That lever is already in the plan.',
        lever_owner_outside: 'The person responsible must belong to the unit or team.',
        cpr_number:
          'The text seems to hold a CPR number. Write about children and citizens with a pseudonym or as a group.',
        possible_name:
          'The text seems to hold a first name. Use a pseudonym or a group – or confirm that it is not a name.',
        initiative_status_step:
          'The initiative cannot move straight to that status. Take one step at a time.',
        participant_exists: 'The person already takes part in the initiative.',
        participant_outside:
          'The person does not belong to the initiative’s unit (or does not take part in it).',
        proposal_decided: 'The learning goal has already been answered, so the proposal cannot change.',
        quality_day_taken:
          'There is already a measurement for this date. Open the measure and choose another date if it was another day.',
        not_task_reviewer:
          'Only a resource person or a leader for the task’s unit can hold practice reviews and grant licences for the task.',
        licence_person_outside: 'The person must belong to the unit the licence is described for.',
        licence_exists:
          'Someone else granted the person the licence at the same moment. See the licence board, and hold a new review if the level is to change.',
        review_decided: 'The review has already been decided.',
        below_required_level:
          'The person holds no valid licence at the level the task requires, and the workplace does not allow assigning anyone below it.',
        below_required_confirm:
          'The person holds no valid licence at the level the task requires to work alone. Do you want to assign them anyway?',
        idempotency_key_invalid:
          'Your device sent an invalid key with what you wrote. Reload the page and try again.',
        idempotency_key_reused:
          'Your device sent the same write twice with different contents. Check what you wrote and send it again.',
        conversation_closed:
          'The conversation has already been held or cancelled, so it cannot be changed that way.',
        conversation_not_started:
          'The conversation has not begun yet. It can be marked as held once it has started.',
        round_closed: 'The round has already been closed. Look at the round running now.',
        invalid_character:
          'The text holds an invisible character that cannot be saved. Type the text again instead of pasting it.',
        number_out_of_range: 'A number is too large. Reload the page and try again.',
        body_too_complex: 'The request is too complex to read (too many levels or items).',
        date_out_of_range:
          'A date is outside what is possible (the years 1900–2200). Correct it and try again.',
      },
    },
  },
);
