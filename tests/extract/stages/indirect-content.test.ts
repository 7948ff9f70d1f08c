import { describe, expect, it } from 'vitest';
import { attributionsOf, attributionWith } from '../stage-helpers.js';

function attribute(text: string, words: string) {
  const a = attributionWith(attributionsOf(text, 'de'), words);
  return { kind: a.kind, speaker: a.speaker?.text ?? null, cue: a.cue?.text ?? null, content: a.content.text };
}

describe('content boundaries of indirect speech (German)', () => {
  it('a cue inside a relative clause reports that clause only', () => {
    expect(attribute('Das Boot, auf dem sich nach Angaben der Küstenwache zwölf Menschen befunden haben sollen, ist gesunken.', 'zwölf'))
      .toMatchObject({ cue: 'nach', content: 'auf dem sich nach Angaben der Küstenwache zwölf Menschen befunden haben sollen' });
    expect(attribute('Der Koffer, der laut Polizei die Bombe enthalten sollte, wurde gesprengt.', 'Bombe').content)
      .toBe('der laut Polizei die Bombe enthalten sollte');
  });
  it('a relative clause in a list keeps its enumeration commas', () => {
    expect(attribute('Die Armee zerstörte das Netz, das nach israelischen Angaben der Planung, Finanzierung und Ausführung von Anschlägen diene, am Montag.', 'Planung').content)
      .toBe('das nach israelischen Angaben der Planung, Finanzierung und Ausführung von Anschlägen diene');
  });
  it('a relative clause on the source of "laut" belongs to the source, not the content', () => {
    expect(attribute('Laut einer Studie, die sich auf Daten der Weltbank stützt, leben dort acht Millionen Menschen.', 'Millionen'))
      .toMatchObject({ cue: 'Laut', content: 'leben dort acht Millionen Menschen' });
  });
  it('a verb-first clause with an elided subject continues the main clause, not the content', () => {
    const doc = attributionsOf('Der Minister räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess.');
    expect(attributionWith(doc, 'Stellen').content.text).toBe('es könnten Stellen wegfallen');
    expect(attributionWith(doc, 'Stellen').cue?.text).toBe('räumte ein');
  });
  it('a parenthetical "so X weiter" takes the whole sentence around it', () => {
    expect(attribute('Sein Gegner, so der Senator weiter, erhalte Spenden von Lobbygruppen.', 'Spenden'))
      .toMatchObject({ cue: 'so', speaker: 'der Senator' });
    expect(attribute('Sein Gegner, so der Senator weiter, erhalte Spenden von Lobbygruppen.', 'Spenden').content).toMatch(/^Sein Gegner.*Lobbygruppen$/);
  });
  it('a cue after a quote keeps its own content clause', () => {
    const doc = attributionsOf('Während die Sängerin erklärte, sehr aufgeregt zu sein, „mehr geht nicht“, räumte ihre Kollegin ein, lange davon geträumt zu haben.');
    expect(attributionWith(doc, 'lange davon').speaker?.text).toBe('ihre Kollegin');
    expect(attributionWith(doc, 'lange davon').content.text).toBe('lange davon geträumt zu haben');
  });
});
