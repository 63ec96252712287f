import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import type { ConversationDetail } from '../answers';
import { agreementOwners, isTeamView } from './api';
import { applyConversationError } from './form-errors';

const da: Translate = (key, vars) => translate('da', key, vars);

function collect() {
  const set: Record<string, string> = {};
  const setError = ((name: string, error: { message?: string }) => {
    set[name] = error.message ?? '';
  }) as never;
  return { set, setError };
}

describe('conversation form errors', () => {
  it('puts the API’s time issues on the local time field in plain Danish', () => {
    const { set, setError } = collect();
    const err = new ApiError(400, 'VALIDATION', undefined, 'bad', [
      { path: 'startsAt', message: 'In the past' },
    ]);
    expect(applyConversationError(err, da, setError, ['startsAtLocal'])).toBeNull();
    expect(set).toEqual({ startsAtLocal: 'Tidspunktet er allerede passeret. Vælg et senere.' });
  });

  it('words a form’s own issues on their fields and leaves the rest to the shared placement', () => {
    const { set, setError } = collect();
    const err = new ApiError(400, 'VALIDATION', undefined, 'bad', [
      { path: 'participantIds.2', message: 'Not on the team' },
      { path: 'elsewhere', message: 'Bad' },
    ]);
    const alert = applyConversationError(
      err,
      da,
      setError,
      ['participantIds'],
      [{ path: 'participantIds', field: 'participantIds', message: () => 'Kun teamets folk' }],
    );
    expect(set).toEqual({ participantIds: 'Kun teamets folk' });
    expect(alert).toBe('Nogle felter er ikke udfyldt rigtigt.');
  });
});

describe('one conversation model for the web', () => {
  const person = (id: string) => ({ id, name: id });
  const shared = {
    conversation: {} as never,
    agenda: [],
    agreements: [],
    previousAgreements: [],
    goalsInFocus: [],
  };

  it('a 1:1’s agreements are owned by its two people; a team’s by anyone on it, its leaders and participants', () => {
    const oneToOne = {
      ...shared,
      leader: person('leder'),
      subject: person('sofie'),
    } as unknown as ConversationDetail;
    expect(isTeamView(oneToOne)).toBe(false);
    expect(agreementOwners(oneToOne).map((p) => p.id)).toEqual(['sofie', 'leder']);
    const team = {
      ...shared,
      team: { id: 't', name: 'T', kind: 'subject' },
      participants: [
        { ...person('karen'), role: 'facilitator' },
        { ...person('gæst'), role: 'participant' },
      ],
      people: { members: [person('karen'), person('lene')], leaders: [person('thomas')] },
    } as unknown as ConversationDetail;
    expect(isTeamView(team)).toBe(true);
    expect(agreementOwners(team).map((p) => p.id)).toEqual(['karen', 'lene', 'thomas', 'gæst']);
  });
});
