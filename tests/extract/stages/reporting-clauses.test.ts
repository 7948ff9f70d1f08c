import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';
import type { Language } from '../../../src/extract/types.js';

/** The non-author claims of a text: content, kind, speaker, cue, party, via and the relays' source mentions. */
function claimsOf(text: string, language: Language) {
  return extractClaims(text, { language }).claims.filter((c) => c.kind !== 'author').map((c) => ({
    text: c.text, kind: c.kind, speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null, party: c.party, via: c.via,
    relays: (c.relays ?? []).map((r) => r.speaker?.text ?? null),
  }));
}

describe('a clause reported by a cue clause after it ("…, berichtete Reuters", "…, the White House said")', () => {
  it('German: an act relayed by an agency is the actor\'s claim with its own verb as cue, the agency in via', () => {
    const claims = claimsOf('Teheran wies den Vorwurf zurück, berichtete Reuters.', 'de');
    expect(claims).toEqual([{
      text: 'Teheran wies den Vorwurf zurück', kind: 'reported', speaker: 'Teheran', cue: 'wies den Vorwurf zurück',
      party: 'Tehran', via: ['Reuters'], relays: ['Reuters'],
    }]);
    // The passive agent of the demo article's sentence likewise keeps its own verb as cue.
    const warned = claimsOf('Während des Treffens wurde Esper von Frankreich gewarnt, die Allianz nicht zu verwickeln, berichtete Reuters.', 'de');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ speaker: 'Frankreich', party: 'Paris', via: ['Reuters'], cue: 'wurde Esper von Frankreich gewarnt' });
  });

  it('German: an unnamed reporter of an act keeps a claim of its own (it used to vanish)', () => {
    const claims = claimsOf('Teheran wies den Vorwurf zurück, sagte ein Sprecher.', 'de');
    expect(claims).toContainEqual(expect.objectContaining({ text: 'Teheran wies den Vorwurf zurück', speaker: 'ein Sprecher', cue: 'sagte', party: 'unknown' }));
    expect(claims).toContainEqual(expect.objectContaining({ speaker: 'Teheran', party: 'Tehran', kind: 'reported' }));
  });

  it('German: "…, sagte er vor Journalisten" after a clause with a verb of its own reports that clause', () => {
    expect(claimsOf('Geheimdienstinformationen ließen keinen anderen Schluss zu, sagte er vor Journalisten.', 'de')).toEqual([
      expect.objectContaining({ text: 'Geheimdienstinformationen ließen keinen anderen Schluss zu', speaker: 'er', cue: 'sagte' }),
    ]);
  });

  it('German: a closing "wie X mitteilte" is the attribution of the act before it, never the act\'s content', () => {
    const claims = claimsOf('Frankreich schloss sich dieser Forderung an, wie das Außenministerium in Paris mitteilte.', 'de');
    expect(claims.map((c) => c.text)).toEqual(['Frankreich schloss sich dieser Forderung an']);
    expect(claims[0]).toMatchObject({ party: 'Paris', cue: 'wie das Außenministerium in Paris mitteilte' });
  });

  it('German: a dateline of a single place and a dash opening a long line is no part of the first claim', () => {
    const claims = extractClaims('Berlin - Die Abstimmung über das umstrittene Heizungsgesetz ist kurzfristig von der Tagesordnung genommen worden.', { language: 'de' }).claims;
    expect(claims.map((c) => c.text)).toEqual(['Die Abstimmung über das umstrittene Heizungsgesetz ist kurzfristig von der Tagesordnung genommen worden']);
    // A short line with a name and a dash is no dateline (a heading).
    expect(extractClaims('Merz - der ewige Kandidat', { language: 'de' }).claims.map((c) => c.text)).toEqual(['Merz - der ewige Kandidat']);
  });

  it('German: a dateline with the agency in brackets is no part of the first claim', () => {
    expect(claimsOf('Teheran/Washington (Reuters) - Die iranische Regierung hat jede Beteiligung zurückgewiesen.', 'de')).toEqual([
      expect.objectContaining({ text: 'Die iranische Regierung hat jede Beteiligung zurückgewiesen.', party: 'Tehran' }),
    ]);
  });

  it('an act reported by another known party is one claim, the actor\'s, relayed by that party', () => {
    expect(claimsOf('Frankreich lehnte den Vorschlag ab, sagte Merkel.', 'de')).toEqual([{
      text: 'Frankreich lehnte den Vorschlag ab', kind: 'reported', speaker: 'Frankreich', cue: 'lehnte den Vorschlag ab',
      party: 'Paris', via: ['Berlin'], relays: ['Merkel'],
    }]);
    expect(claimsOf('Iran denied the accusation, the White House said.', 'en')).toEqual([{
      text: 'Iran denied the accusation', kind: 'reported', speaker: 'Iran', cue: 'denied', party: 'Tehran', via: ['Washington'], relays: ['the White House'],
    }]);
  });

  it('English: "state media" and a bare adjective before a plural source are speakers', () => {
    expect(claimsOf('Iranian forces seized a tanker on Friday, state media reported.', 'en')).toMatchObject([
      { text: 'Iranian forces seized a tanker on Friday', speaker: 'state media', cue: 'reported' },
    ]);
    expect(claimsOf('The ship was released, senior officials said.', 'en')).toMatchObject([
      { text: 'The ship was released', speaker: 'senior officials', cue: 'said' },
    ]);
  });

  it('English: a plural source without article after its verb, and the source an outlet cites, are speakers', () => {
    expect(claimsOf('The deal is dead, say officials.', 'en')).toEqual([expect.objectContaining({ text: 'The deal is dead', speaker: 'officials', cue: 'say' })]);
    // The outlet citing them is the relay: the article cites the Times, which cites the officials.
    expect(claimsOf('The New York Times reported, citing unnamed officials, that the White House was weighing new sanctions.', 'en')).toEqual([
      expect.objectContaining({ text: 'that the White House was weighing new sanctions', speaker: 'unnamed officials', via: ['New York Times'] }),
    ]);
  });

  it('English: "X said that …, state media reported" is X\'s claim; the reporting clause is not content', () => {
    const claims = claimsOf('Iran\'s supreme leader said on Wednesday that Tehran would never negotiate under pressure, state media reported.', 'en');
    expect(claims).toEqual([expect.objectContaining({
      text: 'that Tehran would never negotiate under pressure', speaker: 'Iran\'s supreme leader', cue: 'said', party: 'Tehran',
    })]);
  });
});

describe('a denial whose holder resolves to no party', () => {
  it('is the subject\'s claim (party unknown) and disputes the claim it points at, not the article\'s own voice', () => {
    const text = 'Der Pentagon-Chef sagte, Iran habe die Minen gelegt. Der japanische Reeder des Tankers „Kokuka Courageous“ widersprach der US-Darstellung.';
    const claims = extractClaims(text, { language: 'de' }).claims;
    const denial = claims.find((c) => c.text.startsWith('Der japanische Reeder'))!;
    expect(denial).toMatchObject({ kind: 'reported', party: 'unknown', speaker: { text: 'Der japanische Reeder des Tankers „Kokuka Courageous“' }, cue: { text: 'widersprach' } });
    expect(denial.disputes).toEqual([claims.find((c) => c.party === 'Washington')!.id]);
    // Without a pointer at a claim ("die Pläne") the sentence stays the author's: gold annotates few such denials.
    expect(claimsOf('Der Reeder lehnte die Pläne ab.', 'de')).toEqual([]);
  });
});

describe('a person introduced by title and name in a sentence that is no attribution', () => {
  it('is the antecedent of a later "Er" (actor set, party unknown when the actor table does not know the name)', () => {
    const claims = extractClaims('Oberbürgermeister Dieter Reiter (SPD) besuchte am Nachmittag die Unglücksstelle. Er kündigte eine schnelle Hilfe an.', { language: 'de' }).claims;
    expect(claims.find((c) => c.speaker?.text === 'Er')).toMatchObject({ actor: 'Dieter Reiter', party: 'unknown' });
    // Without a title the capitalized words are not read as a name ("Die Stadtwerke Dieter …" is no introduction).
    const plain = extractClaims('Die Feuerwehr rückte aus. Er kündigte eine schnelle Hilfe an.', { language: 'de' }).claims;
    expect(plain.find((c) => c.speaker?.text === 'Er')?.actor ?? null).toBeNull();
  });
});

describe('"danach" pointing back to a document named just before', () => {
  it('reports its sentence like "demnach", with the adverb as cue and speaker mention', () => {
    const claims = claimsOf('Die Großbank veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das Geldinstitut Verluste in Höhe von zwölf Milliarden Franken.', 'de');
    expect(claims).toEqual([expect.objectContaining({
      text: 'verzeichnet das Geldinstitut Verluste in Höhe von zwölf Milliarden Franken', kind: 'indirect', speaker: 'Danach', cue: 'Danach',
    })]);
    // After the finite verb ("stehen danach"), with the document two sentences before.
    const law = claimsOf('Der Minister will den Datenschutz stärken. Einen Gesetzentwurf stellte er heute vor. Die Rechte des Einzelnen stehen danach über dem Interesse der Presse.', 'de');
    expect(law).toContainEqual(expect.objectContaining({ text: 'Die Rechte des Einzelnen stehen danach über dem Interesse der Presse', speaker: 'danach', cue: 'danach' }));
  });

  it('tells the time elsewhere: no document before, or after a noun ("in den Stunden danach")', () => {
    expect(claimsOf('Der Mann verständigte die Behörden. Danach fand ein Treffen des Jungen mit seinen Eltern statt.', 'de')).toEqual([]);
    expect(claimsOf('Die Polizei holte ein Gutachten ein. In den Stunden danach wurde es ruhiger in der Stadt.', 'de')
      .filter((c) => c.cue?.toLowerCase() === 'danach')).toEqual([]);
  });

  it('a closing "wie" clause after a colon reports what follows the colon, not the sentence with its own attribution', () => {
    const claims = claimsOf('Scholz zeigte sich zuversichtlich: Man werde einen Haushalt vorlegen, wie ein Regierungssprecher bestätigte.', 'de');
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([['Scholz', 'Man werde einen Haushalt vorlegen, wie ein Regierungssprecher bestätigte.']]);
    // Without an attribution before the colon the "wie" clause is the source of what follows the colon.
    expect(claimsOf('Die Lage bleibt angespannt: 30 Kampfjets bombardierten Stellungen im Nordirak, wie türkische TV-Sender berichteten.', 'de')
      .map((c) => [c.speaker, c.text])).toEqual([['türkische TV-Sender', '30 Kampfjets bombardierten Stellungen im Nordirak']]);
  });
});
