import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

/** Speaker mention, actor and party of the claim whose text contains `content`. */
function speakerOf(text: string, content: string): { speaker: string | undefined; actor: string | null; party: string } {
  const claim = extractClaims(text, { language: 'de' }).claims.find((c) => c.text.includes(content));
  if (!claim) throw new Error(`no claim with ${content}`);
  return { speaker: claim.speaker?.text, actor: claim.actor, party: claim.party };
}

describe('speaker mentions resolved by resolveSpeakers', () => {
  it('resolves "Demnach" to the source of the attribution before it and keeps the word as the mention', () => {
    const text = 'US-Verteidigungsminister Mark Esper berichtete am Montag über die Lage der Flotte. Demnach sei die Lage im Golf ernst.';
    expect(speakerOf(text, 'Lage im Golf')).toEqual({ speaker: 'Demnach', actor: 'Mark Esper', party: 'Washington' });
  });

  it('resolves a quoted name by its words and keeps the marks in the mention', () => {
    expect(speakerOf('Laut „Reuters“ wurde der Botschafter einbestellt.', 'Botschafter')).toEqual({ speaker: '„Reuters“', actor: null, party: 'Reuters' });
  });

  it('completes a speaker cut short inside the cue with the name right after it, not with an object further on', () => {
    expect(speakerOf('Wie die Nachrichtenagentur Reuters berichtete, wurde der Botschafter einbestellt.', 'Botschafter'))
      .toMatchObject({ speaker: 'die Nachrichtenagentur Reuters', party: 'Reuters' });
    expect(speakerOf('Das Europäische Parlament hat die Regierung Frankreichs dazu aufgefordert, das Abkommen einzuhalten.', 'Abkommen'))
      .toMatchObject({ speaker: 'Das Europäische Parlament', party: 'unknown' });
  });

  it('takes the full name after an article and a noun of a person as the actor ("Die Vorsitzende Richterin Sabine Hofmann")', () => {
    expect(speakerOf('Die Vorsitzende Richterin Sabine Hofmann sagte, die Einlassung sei nicht glaubhaft.', 'Einlassung'))
      .toEqual({ speaker: 'Die Vorsitzende Richterin Sabine Hofmann', actor: 'Sabine Hofmann', party: 'unknown' });
    expect(speakerOf('Der Ernährungsmediziner Hans Möller von der Charité sagte, der Zusammenhang sei nicht belegt.', 'Zusammenhang'))
      .toMatchObject({ actor: 'Hans Möller', party: 'unknown' });
    // Not the name of a body after a noun of one.
    expect(speakerOf('Der Hersteller Lockheed Martin sagte, die Kosten seien gestiegen.', 'Kosten')).toMatchObject({ actor: null });
  });

  it('resolves a federal ministry named as one word to Berlin ("Das Bundesgesundheitsministerium kündigte an")', () => {
    expect(speakerOf('Das Bundesgesundheitsministerium kündigte an, die Ergebnisse prüfen zu lassen.', 'Ergebnisse'))
      .toEqual({ speaker: 'Das Bundesgesundheitsministerium', actor: 'German Health Ministry', party: 'Berlin' });
    expect(speakerOf('Nach Angaben des Bundesinnenministeriums gibt es keine Pläne für ein Verbot.', 'Pläne')).toMatchObject({ party: 'Berlin' });
  });

  it('reads no name in a phrase opened by an indefinite article or a quantifier ("Ein Sprecher", "Einige Experten"), but a name after its title ("Sein Stellvertreter Ottmar Edenhofer")', () => {
    expect(speakerOf('Ein Sprecher sagte, man nehme die Hinweise ernst.', 'Hinweise')).toEqual({ speaker: 'Ein Sprecher', actor: null, party: 'unknown' });
    expect(speakerOf('Einige Experten sagten, man nehme die Hinweise ernst.', 'Hinweise')).toMatchObject({ actor: null });
    expect(speakerOf('Sein Stellvertreter Ottmar Edenhofer sagte, man nehme die Hinweise ernst.', 'Hinweise')).toMatchObject({ actor: 'Ottmar Edenhofer' });
  });

  it('gives a spokesman named by his role alone the party of the institution named just before ("… Bundesgesundheitsministerium … Ein Sprecher sagte")', () => {
    const text = 'Das Bundesgesundheitsministerium kündigte an, die Ergebnisse prüfen zu lassen. Ein Sprecher sagte, man nehme die Hinweise ernst.';
    expect(speakerOf(text, 'Hinweise')).toEqual({ speaker: 'Ein Sprecher', actor: null, party: 'Berlin' });
    // Not after a party name inside a product's name.
    expect(speakerOf('Telefonica will die Tagesoption EU Day Pack anbieten. In einigen Tarifen fielen keine Gebühren an, sagte ein Sprecher.', 'Tarifen'))
      .toMatchObject({ party: 'unknown' });
  });
});
