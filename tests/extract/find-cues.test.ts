import { describe, expect, it } from 'vitest';
import type { CueCandidate } from '../../src/extract/types.js';
import { cuesOf, spanIsExact } from './stage-helpers.js';

function cueTexts(text: string, language: 'de' | 'en' = 'de'): Array<{ text: string; parts?: string[]; type: CueCandidate['type']; passive: boolean }> {
  const doc = cuesOf(text, language);
  for (const c of doc.cues) {
    expect(spanIsExact(text, c.cue)).toBe(true);
    for (const p of c.cue.parts ?? []) expect(spanIsExact(text, p)).toBe(true);
  }
  return doc.cues.map((c) => ({ text: c.cue.text, ...(c.cue.parts ? { parts: c.cue.parts.map((p) => p.text) } : {}), type: c.type, passive: c.passive }));
}

describe('findCues (German)', () => {
  it.each([
    ['Teheran wies die Anschuldigungen zurück.', ['wies', 'zurück']],
    ['Teheran deutete an, dass es sich um Operationen handelte.', null],
    ['Die Polizei teilte am Montag mit, dass niemand verletzt wurde.', ['teilte', 'mit']],
    ['Am Dienstag schloss sich Moskau der iranischen Sichtweise an.', ['schloss sich', 'an']],
    ['Der Minister rief die Verbündeten auf, an Patrouillen teilzunehmen.', ['rief', 'auf']],
  ])('finds the separable verb in "%s" as one cue with parts', (text, parts) => {
    const [cue] = cueTexts(text);
    expect(cue?.type).toBe('verb');
    if (parts) expect(cue?.parts).toEqual(parts);
    else expect(cue?.text).toBe('deutete an');
  });
  it('the finite "sein" of a pluperfect passive belongs to the cue ("war … berichtet worden")', () => {
    expect(cueTexts('Gestern war berichtet worden, dass es Streit gab.')[0]).toMatchObject({ text: 'war berichtet worden', passive: true });
    expect(cueTexts('Gestern war schon berichtet worden, dass es Streit gab.')[0]).toMatchObject({ parts: ['war', 'berichtet worden'] });
  });
  it('"sieht … als" / "sah es als … an" are cues in the active voice only', () => {
    expect(cueTexts('Der Verband sieht diese Maßnahme als Kapitulation.')[0]).toMatchObject({ parts: ['sieht', 'als'] });
    expect(cueTexts('Das Gericht sah es als erwiesen an, dass die Täter Anschläge planten.')[0]).toMatchObject({ text: 'sah es als erwiesen an' });
    expect(cueTexts('Die Anlage wird als durchschnittlich angesehen.')).toEqual([]);
    expect(cueTexts('Er sieht den Fluss.')).toEqual([]);
    // "sieht darin …": the view of what was just reported.
    expect(cueTexts('Der Verband sieht darin eine „Kapitulation“.')[0]).toMatchObject({ text: 'sieht darin' });
  });
  it('"bekannt werden" is a cue; "berichten" takes no preposition along', () => {
    expect(cueTexts('Allerdings wurde inzwischen auch bekannt, dass kein Radar vorhanden ist.')[0]).toMatchObject({ parts: ['wurde', 'bekannt'] });
    expect(cueTexts('Die Zeitung berichtete von einem Feuer.')[0]).toMatchObject({ text: 'berichtete' });
    expect(cueTexts('Die Ergebnisse wurden am Montag vorgestellt.')).toEqual([]);
  });
  it('a quoting phrase makes the verb of its clause a cue ("mit den Worten", "mit der Begründung")', () => {
    expect(cueTexts('Im Kongress warb Obama für das Gesetz mit den Worten: „Das bedeutet viel.“')[0])
      .toMatchObject({ parts: ['warb', 'mit den Worten'], type: 'verb' });
    expect(cueTexts('Damals hatte Österreich mit der Begründung abgelehnt, die Forderung sei unzulässig.')[0])
      .toMatchObject({ parts: ['hatte', 'mit der Begründung abgelehnt'], type: 'verb' });
    expect(cueTexts('Er fuhr mit dem Auto nach Hause.')).toEqual([]);
  });
  it('reads the clause over a short quote: a particle or companion beyond it belongs to the cue', () => {
    expect(cueTexts('Die Ministerin wies dies als „Unverschämtheit“ zurück.')[0]).toMatchObject({ parts: ['wies', 'als', 'zurück'], type: 'verb' });
    expect(cueTexts('Von einer „gezielten Indiskredition“ sprach der Politiker.')[0]).toMatchObject({ parts: ['Von', 'sprach'], type: 'verb' });
  });
  it('takes a separable particle that closes the clause after an apposition', () => {
    expect(cueTexts('Vor dem Start teilte der Direktor der Behörde, Bagus Puruhito, mit, es gebe keine Warnung.')[0])
      .toMatchObject({ parts: ['teilte', 'mit'], type: 'verb' });
    expect(cueTexts('Er teilte das Brot, die Suppe und den Wein.')).toEqual([]);
  });
  it('takes a separable particle that closes the clause after the comma of an enumeration', () => {
    expect(cueTexts('Zeller schlägt dem Minister für Verkehr, Infrastruktur und Tourismus Gilles de Robien vor, die Maut einzuführen.')[0])
      .toMatchObject({ parts: ['schlägt', 'vor'], type: 'verb' });
    expect(cueTexts('Er teilte dem Minister für Verkehr, Bau und Wohnen gestern mit, dass die Brücke marode sei.')[0])
      .toMatchObject({ parts: ['teilte', 'mit'], type: 'verb' });
    expect(cueTexts('Er teilte das Brot, die Suppe und den Wein mit Freunden.')).toEqual([]);
  });
  it('takes a separable particle that closes the clause after an adverbial clause', () => {
    expect(cueTexts('Die Kampagne warf Obama, nachdem dessen Entscheidung publik wurde, vor, er habe gelogen.')[0])
      .toMatchObject({ parts: ['warf', 'vor'], type: 'verb' });
    expect(cueTexts('Die Kampagne warf Obama, nachdem dessen Entscheidung publik wurde, vor die Tür.')).toEqual([]);
  });
  it.each([
    ['Volker Ratzmann wird von der Zeitung mit den Worten zitiert: „Er ist angeschlagen.“', ['wird', 'mit den Worten zitiert']],
    ['Er äußerte sich mit den Worten: „Das ist das Ende.“', ['äußerte sich mit den Worten']],
    ['Es wird vermutet, dass das Feuer gelegt wurde.', ['Es wird vermutet']],
    ['Der Minister hält es für möglich, dass die Wahl verschoben wird.', ['hält es für möglich']],
    ['Die Gewerkschaft forderte die Mitglieder dazu auf, zu streiken.', ['forderte', 'dazu auf']],
    ['Der Chef hatte die Auffassung vertreten, das sei korrekt.', ['hatte die Auffassung vertreten']],
    ['Der BGH begründete dies damit, dass die Band Lieder vertrieb.', ['begründete dies damit']],
    ['Frankreich hat sich bereit erklärt, Soldaten zu entsenden.', ['hat sich bereit erklärt']],
    ['Der Minister zeigte sich besorgt, dass die Lage kippe.', ['zeigte sich besorgt']],
    ['Die Aktivistin zeigte sich darüber besorgt, dass die Lage kippe.', ['zeigte sich darüber besorgt']],
    ['Internationale Medien klagten darüber, dass sie behindert würden.', ['klagten darüber']],
    ['Die Kanzlerin forderte von der Regierung Aufklärung darüber, ob die Wahl regulär verlaufen sei.', ['forderte', 'Aufklärung darüber']],
  ])('takes the companion words of the verb in "%s"', (text, parts) => {
    const [cue] = cueTexts(text);
    expect(cue?.parts ?? [cue?.text]).toEqual(parts);
  });
  it('reads a form after a demonstrative subject as the verb ("Das erklärte gestern ein Sprecher.")', () => {
    expect(cueTexts('Das erklärte gestern ein Sprecher.')[0]).toMatchObject({ text: 'erklärte', type: 'verb' });
  });
  it.each([
    ['Wie der Hersteller am Morgen bekannt gab, wird er übernommen.', ['Wie', 'bekannt gab']],
    ['Gestern wurde bekannt gegeben, dass der Chef geht.', ['wurde bekannt gegeben']],
    ['Dies geht aus einer Mitteilung der Polizei hervor.', ['geht', 'hervor']],
  ])('reads a long separable particle written apart or closing the clause in "%s"', (text, parts) => {
    const [cue] = cueTexts(text);
    expect(cue?.parts ?? [cue?.text]).toEqual(parts);
  });
  it('finds the auxiliary of a participle before an apposition ("hatte der Investor, Larry Silverstein, zugesagt")', () => {
    expect(cueTexts('Gestern hatte der Investor, Larry Silverstein, zugesagt, den Turm zu bauen.')[0]).toMatchObject({ parts: ['hatte', 'zugesagt'] });
  });
  it('takes no auxiliary across a clause that closes with a lower-case word (no apposition)', () => {
    const text = 'Trotz Anerkennung für die Medien, die es den Wählern ermöglicht hätten, eine Entscheidung zu treffen, kritisiert die OSZE die Berichterstattung.';
    expect(cueTexts(text).map((c) => c.text)).toEqual(['kritisiert']);
  });
  it('does not read "zu sagen" as "zusagen"', () => {
    expect(cueTexts('Er hatte nichts zu sagen.').map((c) => c.text)).not.toContain('zu sagen');
  });
  it('takes "es heißt" only at the start of a clause', () => {
    expect(cueTexts('Die Lage, es heißt, sei ernst.')[0]).toMatchObject({ text: 'es heißt' });
    expect(cueTexts('Wie es heißt Paul?')).toEqual([]);
  });
  it('finds a participle cue with its auxiliary and marks the passive', () => {
    expect(cueTexts('Esper wurde von Frankreich gewarnt, nichts zu tun.')[0]).toMatchObject({ parts: ['wurde', 'gewarnt'], passive: true });
    expect(cueTexts('Obama hat in einer Botschaft angekündigt, zu verzichten.')[0]).toMatchObject({ parts: ['hat', 'angekündigt'], passive: false });
  });
  it('ignores an attributive participle and a capitalized noun form', () => {
    expect(cueTexts('Die angekündigte Studie erschien.')).toEqual([]);
    expect(cueTexts('Das erklärte Ziel ist Frieden.')).toEqual([]);
    expect(cueTexts('Die Anklage wurde erhoben.')).toEqual([]);
  });
  it.each([
    ['Laut Trump wäre der Angriff unverhältnismäßig.', 'Laut', 'preposition'],
    ['Dem Bericht zufolge wurde niemand verletzt.', 'zufolge', 'preposition'],
    ['Nach Angaben der Polizei wurde niemand verletzt.', 'Nach', 'preposition'],
    ['Seiner Meinung nach ist das falsch.', 'nach', 'preposition'],
    ['Im See sind nach jüngsten Untersuchungen Chemikalien gefunden worden.', 'nach', 'preposition'],
    ['Es heißt, die Lage sei ernst.', 'Es heißt', 'impersonal'],
    ['Die Lage sei ernst, so der Minister.', 'so', 'so'],
    ['In dem Antrag heißt es, die Lage sei ernst.', 'heißt es', 'impersonal'],
    ['Demnach wurde niemand verletzt.', 'Demnach', 'demnach'],
    ['Mehr zum Thema - Lawrow: Es gibt Kräfte, die das wollen.', ':', 'colon'],
  ])('finds the cue in "%s"', (text, cue, type) => {
    expect(cueTexts(text)).toContainEqual(expect.objectContaining({ text: cue, type }));
  });
  it('does not take "nach" without a source noun', () => {
    expect(cueTexts('Nach dem Treffen reiste er ab.')).toEqual([]);
  });
  it('does not read "nach" after a noun in the nominative or before a direction as a postposed source', () => {
    expect(cueTexts('Bei einem Hubschrauber ist die Sicht nach oben eingeschränkt.')).toEqual([]);
    expect(cueTexts('Der Ansicht nach oben ist eingeschränkt.')).toEqual([]);
    expect(cueTexts('Der Ansicht der Experten nach ist das falsch.')).toContainEqual(expect.objectContaining({ text: 'nach', type: 'preposition' }));
  });
});

describe('findCues (English)', () => {
  it('finds verbs and "according to"', () => {
    expect(cueTexts('The minister said that the war was over.', 'en')).toContainEqual(expect.objectContaining({ text: 'said', type: 'verb' }));
    expect(cueTexts('According to Reuters, Paris rejected the plan.', 'en')).toContainEqual(expect.objectContaining({ text: 'According to', type: 'preposition' }));
  });

  it('a headline\'s topic label before its colon is no speaker when the clause has a verb cue of its own; a name before a pronoun or in a sentence is', () => {
    expect(cueTexts('Haushaltsstreit: Lindner lehnt neue Schulden ab\n\nBerlin - Der Text beginnt hier und geht noch lange weiter.').map((c) => c.type)).toEqual(['verb']);
    // A colon with a verb after it in a sentence, an interview line, or before a pronoun keeps its cue.
    expect(cueTexts('Lawrow: Wir lehnen das ab\n\nDer Text.').map((c) => c.type)).toContain('colon');
    expect(cueTexts('STANDARD: Sie fordern die Einführung von Studiengebühren.').map((c) => c.type)).toContain('colon');
    expect(cueTexts('Lawrow: Es gibt Kräfte, die den Konflikt wollen\n\nDer Text.').map((c) => c.type)).toEqual(['colon']);
  });
});
