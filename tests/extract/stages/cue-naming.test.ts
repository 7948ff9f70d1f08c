import { describe, expect, it } from 'vitest';
import { cuesOf } from '../stage-helpers.js';

/** The lemmas of the cues found in a text. */
function lemmas(text: string): string[] {
  return cuesOf(text).cues.map((c) => c.lemma);
}

describe('"lauten" giving a name', () => {
  it('is no cue after "so" nor over a long quote when a naming noun is its subject', () => {
    expect(lemmas('„Gewalt gegen Kinder“, so lautet der Titel einer Studie, die heute vorgestellt wurde.')).toEqual([]);
    expect(lemmas('Die neue Bezeichnung wird Ende des Jahres „Fresenius S.E. (Societas Europaea)“ lauten.')).not.toContain('lauten');
    expect(lemmas('Der Text lautete: „Wir sehen keine andere Lösung.“')).toContain('lauten');
  });
});

describe('an infinitive cue after a modal', () => {
  it('only announces speech, in any person or number of the modal', () => {
    expect(lemmas('Was würdest du sagen, welche deiner Arbeiten hast du am meisten genossen?')).not.toContain('sagen');
    expect(lemmas('Die Minister wollen nicht bestätigen, dass die Verhandlungen gescheitert sind.')).not.toContain('bestätigen');
    expect(lemmas('Die Minister bestätigen, dass die Verhandlungen gescheitert sind.')).toContain('bestätigen');
  });
});
