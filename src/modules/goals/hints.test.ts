import { describe, expect, it } from 'vitest';
import { goalHints } from './hints.js';

describe('goalHints', () => {
  it('has nothing to say about a concrete, demanding goal with signs of progress', () => {
    expect(
      goalHints(
        'Stille åbne spørgsmål til børnene i samlingen',
        'Børnene svarer kort, og jeg vil have dem til at fortælle mere om det, de har oplevet',
        'Flere børn svarer med hele sætninger og byder selv ind',
      ),
    ).toEqual([]);
    expect(
      goalHints(
        'Give hvert barn en tydelig besked ved overgangen fra leg til frokost',
        'Overgangene er urolige, og de yngste når ikke at følge med',
        'Vi kommer til bordet på under fem minutter, og ingen skal hentes to gange',
      ),
    ).toEqual([]);
    expect(
      goalHints(
        'Ask the children open questions at circle time',
        null,
        'More children answer in full sentences',
      ),
    ).toEqual([]);
  });

  it('names "do my best" goals', () => {
    expect(goalHints('Jeg vil gøre mit bedste på stuen', null, null)).toEqual([
      'do_your_best',
      'no_action_verb',
      'no_progress_signs',
    ]);
    expect(goalHints('Gøre det så godt jeg kan i hverdagen', 'Det er vigtigt', 'Det går godt')).toContain(
      'do_your_best',
    );
    expect(goalHints('I will do my best with the group', null, 'The children seem happy and calm')).toContain(
      'do_your_best',
    );
  });

  it('asks for a situation when a goal only says better, more or in general', () => {
    expect(goalHints('Blive bedre til sprog', null, '')).toEqual([
      'vague_without_situation',
      'no_action_verb',
      'no_progress_signs',
    ]);
    expect(
      goalHints('Være mere nærværende generelt', 'Det synes jeg selv', 'Jeg føler mig mere nærværende'),
    ).toEqual(['vague_without_situation', 'no_action_verb']);
    // The same wish tied to a moment of the day is fine on that count.
    expect(
      goalHints(
        'Være mere nærværende når børnene bliver afleveret om morgenen',
        null,
        'Jeg hilser på hvert barn ved døren',
      ),
    ).not.toContain('vague_without_situation');
  });

  it('flags a title too short to say what the goal is', () => {
    expect(goalHints('Sprog', null, null)).toEqual(['too_short', 'no_action_verb', 'no_progress_signs']);
    expect(goalHints('Læse højt', null, 'Børnene beder selv om bøger')).toEqual(['too_short']);
    expect(
      goalHints('Læse højt for de mindste børn efter frokost', null, 'Børnene beder selv om bøger'),
    ).toEqual([]);
  });

  it('asks what the person will do when no verb of action is there', () => {
    expect(
      goalHints('Nærvær og ro i garderoben om eftermiddagen', null, 'Færre konflikter i garderoben'),
    ).toEqual(['no_action_verb']);
    expect(
      goalHints(
        'Jeg vil guide børnene gennem konflikter på legepladsen',
        null,
        'Børnene løser flere konflikter selv',
      ),
    ).toEqual([]);
    expect(
      goalHints(
        'At inddrage forældrene i sprogarbejdet derhjemme',
        null,
        'Forældrene læser med hjemme hver uge',
      ),
    ).toEqual([]);
  });

  it('asks for signs of progress when there are none or only a word', () => {
    const goal = 'Planlægge samlingen sammen med børnene hver fredag';
    expect(goalHints(goal, null, null)).toEqual(['no_progress_signs']);
    expect(goalHints(goal, null, '   ')).toEqual(['no_progress_signs']);
    expect(goalHints(goal, null, 'Det virker')).toEqual(['no_progress_signs']);
    expect(goalHints(goal, null, 'Børnene foreslår selv lege til samlingen')).toEqual([]);
  });

  it('says nothing before a title is written and can be limited to one language', () => {
    expect(goalHints('', 'Fordi', null)).toEqual([]);
    expect(goalHints('   ', null, null)).toEqual([]);
    expect(
      goalHints('Ask the children open questions during circle time', null, 'More children answer', 'da'),
    ).toContain('no_action_verb');
    expect(
      goalHints('Ask the children open questions during circle time', null, 'More children answer', 'en'),
    ).toEqual([]);
  });
});
