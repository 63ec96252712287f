import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../web/i18n/catalogue';
import { learningCircle } from '../forms/learning-circle';
import { circleVoice, fieldHelp, fieldLabel, phaseIntro, phaseTitle, type CircleVoice } from './circle-texts';

function lookup(language: 'da' | 'en', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogue[language],
    );
}

function textsOf(voice: CircleVoice, language: 'da' | 'en'): string[] {
  return learningCircle.phases.flatMap((phase) => [
    lookup(language, phaseIntro(voice, phase.key)),
    ...phase.fields.flatMap((f) => [
      lookup(language, fieldLabel(voice, phase.key, f.key)),
      lookup(language, fieldHelp(voice, phase.key, f.key)),
    ]),
  ]) as string[];
}

describe('the learning circle in the person’s and the team’s voice', () => {
  it('picks the team voice for a team’s circle only', () => {
    expect(circleVoice({ team: { id: 't', name: 'Rød stue' } })).toBe('team_circle');
    expect(circleVoice({ team: null })).toBe('learning_circle');
    expect(circleVoice({})).toBe('learning_circle');
  });

  it('has a title, an intro, and a label and help for every field, in both voices and languages', () => {
    for (const language of ['da', 'en'] as const) {
      for (const phase of learningCircle.phases)
        expect(typeof lookup(language, phaseTitle(phase.key))).toBe('string');
      for (const voice of ['learning_circle', 'team_circle'] as const) {
        const texts = textsOf(voice, language);
        expect(texts.length).toBe(learningCircle.phases.reduce((n, p) => n + 1 + 2 * p.fields.length, 0));
        for (const text of texts) expect(typeof text === 'string' && text.length > 0).toBe(true);
      }
    }
  });

  it('speaks to the team as “I”, never to one person as “du”, in Danish', () => {
    const singular = /\b(du|dig|din|dit|dine)\b/i;
    const team = textsOf('team_circle', 'da');
    expect(team.filter((text) => singular.test(text))).toEqual([]);
    // The person's circle does address one person, so the check above can fail.
    expect(textsOf('learning_circle', 'da').some((text) => singular.test(text))).toBe(true);
    // It fits a team and a peer group of leaders alike: it never names "the team".
    expect(team.filter((text) => /\bteam/i.test(text))).toEqual([]);
    expect(textsOf('team_circle', 'en').filter((text) => /\bteam/i.test(text))).toEqual([]);
    // Not only the pronouns differ: the team's texts are its own where the person's speak of "du".
    expect(team).not.toEqual(textsOf('learning_circle', 'da'));
  });
});
