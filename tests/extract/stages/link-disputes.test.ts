import { describe, expect, it } from 'vitest';
import { getDefaultKnowledge } from '../../../src/knowledge/index.js';
import { addAuthorClaims } from '../../../src/extract/stages/add-author-claims.js';
import { chainRelays } from '../../../src/extract/stages/chain-relays.js';
import { linkDisputes } from '../../../src/extract/stages/link-disputes.js';
import { resolveSpeakers } from '../../../src/extract/stages/resolve-speakers.js';
import { extractClaims } from '../../../src/extract/index.js';
import { makeStageDoc, type ClaimSpec } from './make-stage-doc.js';

const knowledge = getDefaultKnowledge();
const link = (text: string, specs: ClaimSpec[], language: 'de' | 'en' = 'de') => {
  const result = linkDisputes(addAuthorClaims(chainRelays(resolveSpeakers(makeStageDoc(text, language, specs), knowledge))));
  const label = (id: string) => result.claims.find((c) => c.id === id)!.text;
  return { result, links: result.relations.map((r) => [label(r.from), r.type, label(r.to)]) };
};

describe('linkDisputes', () => {
  it('links a denial through its anaphor ("die Anschuldigungen") to the accusation, not to a nearer claim', () => {
    const text = 'Washington beschuldigt den Iran, Tanker beschädigt zu haben. Paris forderte Gespräche. Teheran wies die Anschuldigungen zurück.';
    const { links, result } = link(text, [
      { content: 'Tanker beschädigt zu haben', speaker: 'Washington', cue: 'beschuldigt', kind: 'reported' },
      { content: 'Gespräche', speaker: 'Paris', cue: 'forderte', kind: 'reported' },
    ]);
    expect(links).toContainEqual(['Teheran wies die Anschuldigungen zurück', 'denies', 'Tanker beschädigt zu haben']);
    expect(links.filter((l) => l[0] === 'Teheran wies die Anschuldigungen zurück')).toHaveLength(1);
    expect(result.claims.find((c) => c.party === 'Tehran')!.disputes).toEqual(['c1']);
  });

  it('links a claim called baseless ("die Vorwürfe der USA seien haltlos", "the allegations were baseless") to the named party\'s claim', () => {
    const de = 'Die USA warfen Iran vor, die Tanker angegriffen zu haben. Paris forderte Gespräche. Ein Sprecher in Teheran sagte, die Vorwürfe der USA seien haltlos.';
    expect(link(de, [
      { content: 'die Tanker angegriffen zu haben', speaker: 'Die USA', cue: 'warfen', kind: 'reported' },
      { content: 'Gespräche', speaker: 'Paris', cue: 'forderte', kind: 'reported' },
      { content: 'die Vorwürfe der USA seien haltlos', speaker: 'Teheran', cue: 'sagte' },
    ]).links).toEqual([['die Vorwürfe der USA seien haltlos', 'denies', 'die Tanker angegriffen zu haben']]);
    const en = 'The United States accused Iran of attacking the tankers. Tehran said the allegations were baseless.';
    expect(link(en, [
      { content: 'attacking the tankers', speaker: 'The United States', cue: 'accused', kind: 'reported' },
      { content: 'the allegations were baseless', speaker: 'Tehran', cue: 'said' },
    ], 'en').links).toEqual([['the allegations were baseless', 'denies', 'attacking the tankers']]);
    // Without a pointer at a claim, "falsch" judges no claim: "Die Entscheidung sei falsch".
    expect(link('Die USA warfen Iran vor, die Tanker angegriffen zu haben. Teheran sagte, die Entscheidung sei falsch.', [
      { content: 'die Tanker angegriffen zu haben', speaker: 'Die USA', cue: 'warfen', kind: 'reported' },
      { content: 'die Entscheidung sei falsch', speaker: 'Teheran', cue: 'sagte' },
    ]).links).toEqual([]);
  });

  it('"wies die Kritik zurück" denies the critic\'s claim before it', () => {
    const text = 'Der Eigentümerverband warnte, das Gesetz überfordere die Menschen. Die Bundesregierung wies die Kritik zurück.';
    const { result } = link(text, [{ content: 'das Gesetz überfordere die Menschen', speaker: 'Der Eigentümerverband', cue: 'warnte' }]);
    expect(result.claims.find((c) => c.party === 'Berlin')!.disputes).toEqual(['c1']);
  });

  it('links doubt and support in English ("cast doubt", "agreed")', () => {
    const text = 'The Pentagon said Iran had attacked the tanker. Russia cast doubt on the US account. Britain agreed with the US assessment.';
    const { links } = link(text, [{ content: 'Iran had attacked the tanker', speaker: 'The Pentagon', cue: 'said' }], 'en');
    expect(links).toEqual(expect.arrayContaining([
      ['Russia cast doubt on the US account', 'doubts', 'Iran had attacked the tanker'],
      ['Britain agreed with the US assessment', 'supports', 'Iran had attacked the tanker'],
    ]));
  });

  it('finds a contradiction from opposed content and support of a denial', () => {
    const text = 'Washington behauptet, dass die Drohne über internationalen Gewässern abgeschossen wurde, was von Teheran bestritten wird. '
      + 'Moskau schloss sich der iranischen Sichtweise an und erklärte, die Drohne sei in iranisches Hoheitsgebiet eingedrungen.';
    const { links } = link(text, [
      { content: 'dass die Drohne über internationalen Gewässern abgeschossen wurde', speaker: 'Washington', cue: 'behauptet' },
      { content: 'die Drohne sei in iranisches Hoheitsgebiet eingedrungen', speaker: 'Moskau', cue: 'erklärte' },
    ]);
    expect(links).toEqual(expect.arrayContaining([
      ['was von Teheran bestritten wird', 'denies', 'dass die Drohne über internationalen Gewässern abgeschossen wurde'],
      ['Moskau schloss sich der iranischen Sichtweise an', 'supports', 'was von Teheran bestritten wird'],
      ['die Drohne sei in iranisches Hoheitsgebiet eingedrungen', 'contradicts', 'dass die Drohne über internationalen Gewässern abgeschossen wurde'],
    ]));
  });

  it('does not link claims for word overlap alone', () => {
    const text = 'Berlin erklärte, die Drohne sei über dem Meer abgeschossen worden. Paris erklärte, die Drohne sei über dem Meer abgeschossen worden.';
    const { links } = link(text, [
      { content: 'die Drohne sei über dem Meer abgeschossen worden', speaker: 'Berlin', cue: 'erklärte' },
      { content: 'die Drohne sei über dem Meer abgeschossen worden', speaker: 'Paris', cue: 'erklärte', after: 'Paris' },
    ]);
    expect(links).toEqual([]);
  });

  it('treats a negated restatement as a contradiction only with strong overlap (polarity is its own feature)', () => {
    const text = 'Kiew erklärte, russische Panzer hätten die Grenze überquert. Moskau erklärte, russische Panzer hätten die Grenze nicht überquert.';
    const { links } = link(text, [
      { content: 'russische Panzer hätten die Grenze überquert', speaker: 'Kiew', cue: 'erklärte' },
      { content: 'russische Panzer hätten die Grenze nicht überquert', speaker: 'Moskau', cue: 'erklärte', after: 'Moskau' },
    ]);
    expect(links).toEqual([['russische Panzer hätten die Grenze nicht überquert', 'contradicts', 'russische Panzer hätten die Grenze überquert']]);
  });

  it('a title repeated with its article ("widersprach dem Finanzminister") points at the person it introduced', () => {
    const text = 'Finanzminister Christian Lindner sagte, neue Schulden seien ausgeschlossen. Paris forderte mehr Investitionen. '
      + 'SPD-Fraktionschef Rolf Mützenich widersprach dem Finanzminister.';
    const { claims } = extractClaims(text, { language: 'de' });
    const denial = claims.find((c) => c.cue?.text === 'widersprach')!;
    const target = claims.find((c) => c.actor === 'Christian Lindner')!;
    expect(target.text).toBe('neue Schulden seien ausgeschlossen');
    expect(denial.disputes).toEqual([target.id]);
  });

  it('support that is not given links nothing ("noch nicht bestätigt", "konnte niemand bestätigen")', () => {
    const spec = [{ content: 'der Minister sei zurückgetreten', speaker: 'Paris', cue: 'erklärte' }];
    const given = link('Paris erklärte, der Minister sei zurückgetreten. Berlin bestätigte diese Angaben.', spec).links;
    expect(given).toEqual([['Berlin bestätigte diese Angaben', 'supports', 'der Minister sei zurückgetreten']]);
    expect(link('Paris erklärte, der Minister sei zurückgetreten. Berlin hat diese Angaben noch nicht bestätigt.', spec).links).toEqual([]);
    expect(link('Paris erklärte, der Minister sei zurückgetreten. Diese Angaben konnte niemand bestätigen.', spec).links).toEqual([]);
  });

  it('a stance word inside what a source says is the content\'s, not the source\'s stance ("würde dem Vertrag widersprechen, sagte")', () => {
    const text = 'Berlin erklärte, der Plan sei beschlossen. Paris sagte, der Plan würde dem Vertrag widersprechen.';
    expect(link(text, [
      { content: 'der Plan sei beschlossen', speaker: 'Berlin', cue: 'erklärte' },
      { content: 'der Plan würde dem Vertrag widersprechen', speaker: 'Paris', cue: 'sagte' },
    ]).links).toEqual([]);
  });

  it('a claim naming both sides of a contrast pair takes neither ("bezeichnete den Angriff als Verteidigung")', () => {
    const text = 'Washington bezeichnete den Angriff als Verteidigung. London berichtete, der Angriff sei mit drei Raketen geführt worden.';
    expect(link(text, [
      { content: 'den Angriff als Verteidigung', speaker: 'Washington', cue: 'bezeichnete', kind: 'reported' },
      { content: 'der Angriff sei mit drei Raketen geführt worden', speaker: 'London', cue: 'berichtete' },
    ]).links).toEqual([]);
  });

  it('"Dies bestätigte X" after the confirmed sentence: the claim is that sentence, no other claim is supported', () => {
    const text = 'Berlin erklärte, die Wahl sei entschieden. Die Liberalen schließen eine Koalition aus. Dies bestätigte Paris am Abend.';
    expect(link(text, [
      { content: 'die Wahl sei entschieden', speaker: 'Berlin', cue: 'erklärte' },
      { content: 'Die Liberalen schließen eine Koalition aus', speaker: 'Paris', cue: 'bestätigte' },
    ]).links).toEqual([]);
  });

  it('a warning\'s addressee is no party after a preposition ("warnte vor einem Bürgerkrieg in Polen")', () => {
    const spec = [{ content: 'die Lage sei ruhig', speaker: 'Warschau', cue: 'erklärte' }];
    expect(link('Warschau erklärte, die Lage sei ruhig. Paris warnte vor einem Bürgerkrieg in Polen.', spec).links).toEqual([]);
    expect(link('Warschau erklärte, die Lage sei ruhig. Paris warnte Polen vor einem Bürgerkrieg.', spec).links)
      .toEqual([['Paris warnte Polen vor einem Bürgerkrieg', 'denies', 'die Lage sei ruhig']]);
  });

  it('a headline\'s "Verband weist Vorwürfe zurück" and the body\'s "Der Verband weist die Vorwürfe zurück" are one source, no dispute', () => {
    const text = 'Verband weist Vorwürfe zurück. Der Bürgermeister kritisierte die Reportage. Der Verband weist die Vorwürfe zurück.';
    expect(link(text, [
      { content: 'Verband weist Vorwürfe zurück', speaker: 'Verband', cue: 'weist Vorwürfe zurück', kind: 'reported' },
      { content: 'Der Verband weist die Vorwürfe zurück', speaker: 'Der Verband', cue: 'weist die Vorwürfe zurück', kind: 'reported' },
    ]).links).toEqual([]);
  });

  it('a claim that itself speaks of the pointed-at report ("hatte den Bericht … zurückgewiesen") is not the report', () => {
    const text = 'London berichtete, die Armee habe den Krieg geplant. Paris hatte den Bericht umgehend als falsch zurückgewiesen. '
      + 'Rom zweifelte am Wahrheitsgehalt der Berichte.';
    const { links } = link(text, [
      { content: 'die Armee habe den Krieg geplant', speaker: 'London', cue: 'berichtete' },
      { content: 'Paris hatte den Bericht umgehend als falsch zurückgewiesen', speaker: 'Paris', cue: 'hatte den Bericht umgehend als falsch zurückgewiesen', kind: 'reported' },
    ]);
    expect(links.filter((l) => l[0]?.startsWith('Rom'))).toEqual([['Rom zweifelte am Wahrheitsgehalt der Berichte', 'doubts', 'die Armee habe den Krieg geplant']]);
  });

  it('a relative "was" points at its own sentence: with no claim there, an earlier claim is no target', () => {
    const text = 'Die Warnung ist die jüngste in einer Reihe von Drohungen, die Nordkorea zuletzt gegen Südkorea ausgestoßen hat. '
      + 'Nordkorea unterstellt den USA, mit ihren Manövern einen Angriff vorzubereiten, was Washington und Seoul bestreiten.';
    const { claims } = extractClaims(text, { language: 'de' });
    const denial = claims.find((c) => c.text === 'was Washington und Seoul bestreiten')!;
    expect(denial.disputes).toEqual([]);
    // With the accusation a claim of its own, the relative pronoun finds it.
    const accused = extractClaims('Peking erklärte, die Lage sei ernst. Die USA warfen Nordkorea vor, einen Angriff vorzubereiten, was Pjöngjang bestreitet.', { language: 'de' }).claims;
    const accusation = accused.find((c) => c.text === 'einen Angriff vorzubereiten')!;
    expect(accused.find((c) => c.text.includes('was Pjöngjang bestreitet'))!.disputes).toEqual([accusation.id]);
  });

  it('an anaphor whose antecedent stands earlier in its own sentence and in no other claim links nothing ("ist … beschuldigt; er bestreitet den Vorwurf")', () => {
    const text = 'Paris erklärte, das Verfahren laufe. Der Anwalt ist der Fälschung beschuldigt; er bestreitet den Vorwurf.';
    const spec = [{ content: 'das Verfahren laufe', speaker: 'Paris', cue: 'erklärte' }];
    expect(link(text, spec).links).toEqual([]);
    // An accusation that is a claim of its own in the same sentence is still the target.
    const own = 'Paris erklärte, das Verfahren laufe. Washington beschuldigt Teheran, Tanker beschädigt zu haben, doch Teheran weist den Vorwurf zurück.';
    expect(link(own, [...spec, { content: 'Tanker beschädigt zu haben', speaker: 'Washington', cue: 'beschuldigt', kind: 'reported' }]).links)
      .toContainEqual(['doch Teheran weist den Vorwurf zurück', 'denies', 'Tanker beschädigt zu haben']);
  });
});
