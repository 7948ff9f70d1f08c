import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';
import { attributionsOf, attributionWith, cuesOf } from '../stage-helpers.js';

/** The cue words of the attribution whose content holds `words` (parts of a discontinuous cue joined by a space). */
function cueOf(text: string, words: string): string | null {
  const cue = attributionWith(attributionsOf(text), words).cue;
  if (!cue) return null;
  return (cue.parts ?? [cue]).map((p) => p.text).join(' ');
}

describe('nominal cues: a noun of saying or thinking with the light verb of its clause (German)', () => {
  it('"sein" with "der Meinung/Ansicht/Auffassung" is the cue, its subject the speaker', () => {
    const doc = attributionsOf('Die Verbraucherschützer sind der Meinung, dass die Preise zu hoch seien.');
    const a = attributionWith(doc, 'Preise');
    expect(a.cue?.text).toBe('sind der Meinung');
    expect(a.speaker?.text).toBe('Die Verbraucherschützer');
    expect(a.content.text).toBe('dass die Preise zu hoch seien');
    expect(cueOf('Viele Befragte sind der gegenteiligen Auffassung, dass die Demokratie schlecht funktioniere.', 'Demokratie'))
      .toBe('sind der gegenteiligen Auffassung');
  });
  it('a light verb with its particle and the noun phrase, words between them left out', () => {
    expect(cueOf('Wissenschaftler stellten schon vor 20 Jahren die Theorie auf, dass der Handel auf Gegenseitigkeit beruht.', 'Handel'))
      .toBe('stellten die Theorie auf');
    expect(cueOf('Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister habe Reisekosten falsch abgerechnet.', 'Reisekosten'))
      .toBe('hegt den Verdacht');
    expect(cueOf('Das Team kam nach langer Prüfung zu dem Schluss, dass die Infektionen vermeidbar gewesen seien.', 'Infektionen'))
      .toBe('kam zu dem Schluss');
  });
  it('nouns of deciding and demanding with their light verb ("kamen zu dem Ergebnis", "fassten den Beschluss", "erging die Aufforderung")', () => {
    expect(cueOf('Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.', 'Beweise')).toBe('kamen zu dem Ergebnis');
    expect(cueOf('Die Delegierten fassten am Donnerstag den Beschluss, Koalitionsgespräche zu führen.', 'Koalitionsgespräche')).toBe('fassten den Beschluss');
    expect(cueOf('An die Hamas erging die Aufforderung, die Angriffe sofort einzustellen.', 'Angriffe')).toBe('erging die Aufforderung');
  });
  it('in a subordinate clause the verb closing it joins the cue', () => {
    expect(cueOf('Sie schwiegen, weil sie der Überzeugung waren, der Bischof habe sie verraten.', 'Bischof')).toBe('der Überzeugung waren');
  });
  it('the verb after a conjunction is the light verb, not the cue of the first conjunct', () => {
    expect(cueOf('Die Ministerin äußerte Vorbehalte und wagte die Prognose, nicht alle Abgeordneten würden für sie stimmen.', 'Abgeordneten'))
      .toBe('wagte die Prognose');
  });
  it('after a fronted adverbial clause the finite verb opening the main clause is the light verb', () => {
    const text = 'Da die Lage ernst war, erteilten sie den Menschen an Bord den Befehl, das Flugzeug zu verlassen.';
    expect(cueOf(text, 'Flugzeug')).toBe('erteilten den Befehl');
    expect(attributionWith(attributionsOf(text), 'Flugzeug').speaker?.text).toBe('sie');
  });
  it('a reporting verb closing the clause takes the noun phrase along over a genitive, a prepositional phrase or its own preposition', () => {
    expect(cueOf('Die Ermittler gehen von dem Verdacht aus, eine Gruppe habe Millionen veruntreut.', 'Gruppe'))
      .toBe('gehen von dem Verdacht aus');
    expect(cueOf('Damals hatte das Gericht eine deutliche Mahnung an die Politik ausgesprochen, dieses Instrument nicht zu missbrauchen.', 'Instrument'))
      .toBe('hatte eine deutliche Mahnung ausgesprochen');
    expect(cueOf('Die Außenministerin hat heute die Bereitschaft ihres Landes erklärt, in direkte Gespräche einzutreten.', 'Gespräche'))
      .toBe('hat die Bereitschaft erklärt');
  });
  it('a subject noun phrase, or a declared attitude without a reporting verb, joins no cue', () => {
    const doc = attributionsOf('Laut einer Presseaussendung des Verbands hat sich der Verdacht über die Todesursache bestätigt: Die Vögel kamen durch Schrotmunition zu Tode.');
    const verbCues = doc.attributions.map((a) => a.cue).filter((c) => c?.text.endsWith('bestätigt'));
    expect(verbCues.length).toBeGreaterThan(0);
    for (const c of verbCues) expect((c!.parts ?? [c!]).map((p) => p.text).join(' ')).toBe('hat bestätigt');
    expect(attributionsOf('Kennedy hatte ihre Bereitschaft, für den Posten zur Verfügung zu stehen, überraschend zurückgezogen.').attributions).toHaveLength(0);
  });
  it('a noun of thinking without a content clause reports nothing', () => {
    const doc = attributionsOf('Die Verbraucherschützer sind der Meinung, die im Verband vorherrscht.');
    expect(doc.attributions).toHaveLength(0);
    expect(attributionsOf('Er teilte die Meinung seines Kollegen nicht.').attributions).toHaveLength(0);
  });
  it('a noun that does not close its clause, or has no verb in it, makes no cue', () => {
    const lemmas = (text: string) => cuesOf(text).cues.map((c) => c.lemma);
    expect(lemmas('Die Meinung des Ministers, dass die Steuern sinken sollen, wurde kritisiert.')).not.toContain('meinung');
    expect(lemmas('Die Regierung teilte die Meinung der Opposition in dieser Frage, die Steuern zu senken.')).not.toContain('meinung');
    expect(lemmas('Die Regierung teilte die Meinung, die Steuern zu senken.')).toContain('meinung');
  });
});

describe('perfect with "sein" of reporting verbs (German)', () => {
  it('"war bekannt geworden", "nachdem bekannt geworden war" and "waren davon ausgegangen" are cues with their auxiliary', () => {
    expect(cueOf('Zuvor war bekannt geworden, dass in der Türkei Fälle aufgetreten waren.', 'Türkei')).toBe('war bekannt geworden');
    expect(cueOf('Er trat zurück, nachdem bekannt geworden war, dass er abgeschrieben hatte.', 'abgeschrieben')).toBe('bekannt geworden war');
    const claims = extractClaims('Bisher waren die Wissenschaftler davon ausgegangen, dass die Menschen sich von Fleisch ernährten.', { language: 'de' }).claims;
    expect(claims.find((c) => c.text.includes('Fleisch'))?.speaker?.text).toBe('die Wissenschaftler');
    expect(cueOf('Bisher waren die Wissenschaftler davon ausgegangen, dass die Menschen sich von Fleisch ernährten.', 'Fleisch')).toBe('waren davon ausgegangen');
  });
  it('"sein" makes no perfect of a verb that takes "haben" ("ist gesagt" is a state)', () => {
    expect(cuesOf('Damit ist gesagt, was zu sagen war.').cues.map((c) => c.lemma)).not.toContain('sagen');
  });
});

describe('verbs of stating, finding and agreeing (German lexicon)', () => {
  it('besagen, herausfinden, nachsagen, vereinbaren are cues with a content clause', () => {
    expect(cueOf('Die Klausel besagt, dass der Eigentümer seinen Anteil zurückgeben muss.', 'Eigentümer')).toBe('besagt');
    expect(cueOf('Die Wissenschaftler fanden heraus, dass es sich um Stein handelte.', 'Stein')).toBe('fanden heraus');
    expect(cueOf('Dem Orden wird nachgesagt, Terroristen nahe zu stehen.', 'Terroristen')).toBe('wird nachgesagt');
    expect(cueOf('Beide Seiten hatten vereinbart, alle Truppen zurückzuziehen.', 'Truppen')).toBe('hatten vereinbart');
  });
  it('"einigen" is a cue only as "sich einigen", taking "darauf" along', () => {
    expect(cueOf('Die Regierung und die Rebellen einigten sich darauf, dass die Bewohner die Städte verlassen können.', 'Bewohner'))
      .toBe('einigten sich darauf');
    expect(cuesOf('Die Parteien einigten die Fraktion, die zerstritten war.').cues.map((c) => c.lemma)).not.toContain('einigen');
  });
  it('"bestehen darauf" and "sich darauf berufen" are cues only with "darauf"', () => {
    expect(cueOf('Die Sender bestehen jedoch darauf, Programme für alle zu machen.', 'Programme')).toBe('bestehen darauf');
    expect(cueOf('Im ersten Satz beruft sich die Bank darauf, dass die Freigabe der Daten rechtens sei.', 'Freigabe')).toBe('beruft sich darauf');
    const lemmas = (text: string) => cuesOf(text).cues.map((c) => c.lemma);
    expect(lemmas('Das Gremium besteht aus sieben Mitgliedern, die gewählt werden.')).not.toContain('bestehen');
    expect(lemmas('Er berief sich auf einen Notstand.')).not.toContain('berufen');
  });
  it('a purpose infinitive ("um … zu") is no content clause', () => {
    const doc = attributionsOf('Seit 2005 haben sich die Konkurrenten auf Mindestpreise geeinigt, um ihre Gewinnmargen zu schützen.');
    expect(doc.attributions.some((a) => a.content.text.includes('Gewinnmargen'))).toBe(false);
  });
});

describe('nouns of saying with a content clause after their comma (German)', () => {
  it('the genitive after the noun is the speaker, the clause after the comma the content', () => {
    const doc = attributionsOf('Die Partei reagierte auf die Forderung des Vorsitzenden Edmund Stoiber, in der Gesundheitspolitik auf die SPD zuzugehen.');
    const a = attributionWith(doc, 'Gesundheitspolitik');
    expect(a.cue?.text).toBe('die Forderung');
    expect(doc.text.slice(a.speaker!.start, a.speaker!.end)).toBe('des Vorsitzenden Edmund Stoiber');
    expect(a.content.text).toBe('in der Gesundheitspolitik auf die SPD zuzugehen');
    const b = attributionWith(attributionsOf('Er trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, entschieden entgegen.'), 'Gericht');
    expect(b.cue?.text).toBe('dem Vorwurf');
    expect(b.content.text).toBe('das Gericht sei nicht legitim');
  });
  it('a zu-infinitive opening with a pronoun is content, a purpose infinitive is not', () => {
    expect(attributionWith(attributionsOf('Dem Appell der Polizei, sich zu stellen, folgte er nicht.'), 'stellen').cue?.text).toBe('Dem Appell');
    expect(cuesOf('Er nutzte die Warnung, um sich zu schützen.').cues.map((c) => c.lemma)).not.toContain('warnung');
  });
  it('a name in apposition to the genitive belongs to the speaker', () => {
    const a = attributionWith(attributionsOf('Trotz der Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit zu beenden, siegt die Mannschaft.'), 'Zusammenarbeit');
    expect(a.cue?.text).toBe('der Ankündigung');
    expect(a.content.text).toBe('die Zusammenarbeit zu beenden');
  });
  it('a relative clause or an indicative clause after the noun is no content', () => {
    expect(cuesOf('Die Forderung, die der Verband erhoben hatte, wurde abgelehnt.').cues.map((c) => c.lemma)).not.toContain('forderung');
    expect(cuesOf('Die Aussage des Zeugen, er habe nichts gesehen, überraschte.').cues.map((c) => c.lemma)).toContain('aussage');
    expect(cuesOf('Nach der Aussage des Zeugen, der lange schwieg, ging er.').cues.map((c) => c.lemma)).not.toContain('aussage');
  });
});
