import { describe, expect, it } from 'vitest';
import { refineSpeakers } from '../../../src/extract/stages/refine-speakers.js';
import { attributionsOf, attributionWith } from '../stage-helpers.js';

/** The speaker span of the attribution holding `content`, after refineSpeakers. */
function speakerOf(text: string, content: string): string | undefined {
  return attributionWith(refineSpeakers(attributionsOf(text)), content).speaker?.text;
}

describe('speaker spans', () => {
  it('skips a focus or time particle after the verb before the subject ("So hat sich etwa die …")', () => {
    const text = 'So hat sich etwa die Landesvorsitzende des Verbands, Karin Broszat, gerade dieser Tage gegen die Konkurrenz ausgesprochen '
      + 'und behauptet, die Oberstufen kämen nur durch Trickserei zustande.';
    expect(speakerOf(text, 'Trickserei')).toMatch(/^die Landesvorsitzende des Verbands/);
  });

  it('takes the name in apposition between commas after a subject read after the verb, for a continuation', () => {
    const text = 'Am Rande einer Sitzung nahm jetzt auch der Ministerpräsident des Landes Niedersachsen, Christian Wulff (CDU), zu der Frage Stellung. '
      + 'Jeder Pädagoge könne „das Konto jetzt einlösen, er kann es später einlösen“.';
    expect(speakerOf(text, 'Jeder Pädagoge')).toBe('der Ministerpräsident des Landes Niedersachsen, Christian Wulff (CDU)');
  });
});
