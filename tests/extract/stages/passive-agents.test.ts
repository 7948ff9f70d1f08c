import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

/** The speaker mention of the claim whose content holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return extractClaims(text, { language: 'de' }).claims.find((c) => c.kind !== 'author' && c.text.includes(words))?.speaker?.text ?? null;
}

describe('passive agents', () => {
  it('takes the last agent after a noun with a "von" attribute ("die Gefahr von Waldbränden vom Deutschen Wetterdienst")', () => {
    expect(speakerOf('Derzeit wird die Gefahr von Waldbränden vom Deutschen Wetterdienst als „sehr hoch“ eingestuft.', 'sehr hoch')).toBe('Deutschen Wetterdienst');
    expect(speakerOf('Trotzdem wurde die Aktion von den Veranstaltern als Erfolg gewertet.', 'Erfolg')).toBe('den Veranstaltern');
  });

  it('reads no agent in a "von" attribute of the field before the auxiliary, and no accused or addressed subject as the speaker', () => {
    expect(speakerOf('Der Regierung der Türkei unter der Führung von Recep Tayyip Erdoğan wird vorgeworfen, Internetzugänge zu sperren.', 'Internetzugänge')).toBeNull();
    expect(speakerOf('Israel wurde aufgefordert, die Grenzübergänge zum Gazastreifen dauerhaft zu öffnen.', 'Grenzübergänge')).toBeNull();
    // An agent opening the field still is one; so is the agent of a verb-final passive.
    expect(speakerOf('Von der Opposition wurde die Art des Besuchs als unangemessen kritisiert.', 'unangemessen')).toBe('der Opposition');
    expect(speakerOf('Das ist so, während NPR von seinen Kritikern als linksliberal eingestuft wird.', 'linksliberal')).toBe('seinen Kritikern');
  });

  it('reads a source phrase headed by a source noun even when it names a year ("In einem Jahresbericht für 2005 … steht")', () => {
    expect(speakerOf('In einem Jahresbericht für 2005 des zuständigen Ministeriums steht, dass viele Fälle gelöst wurden.', 'viele Fälle')).toBe('einem Jahresbericht für 2005 des zuständigen Ministeriums');
    // A time is still no source: "Im März 2005 war der Versuch für gescheitert erklärt worden".
    expect(speakerOf('Im März 2005 wurde erklärt, der Versuch sei gescheitert.', 'Versuch')).toBeNull();
  });
});
