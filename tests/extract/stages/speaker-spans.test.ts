import { describe, expect, it } from 'vitest';
import { refineSpeakers } from '../../../src/extract/stages/refine-speakers.js';
import { attributionsOf, attributionWith } from '../stage-helpers.js';

/** The speaker span of the attribution holding `content`, after refineSpeakers. */
function speakerOf(text: string, content: string): string | undefined {
  return attributionWith(refineSpeakers(attributionsOf(text)), content).speaker?.text;
}

describe('speaker spans', () => {
  it('takes a list with "aber auch" from the sentence start as the subject, without a focus particle before it', () => {
    expect(speakerOf('Die Polizei, aber auch die Feuerwehr hatten dazu aufgerufen, den Strom abzuschalten.', 'Strom')).toBe('Die Polizei, aber auch die Feuerwehr');
    expect(speakerOf('Insbesondere die französische „Alliance“, aber auch andere Umweltschutzorganisationen hatten dazu aufgerufen, den Strom abzuschalten.', 'Strom'))
      .toBe('die französische „Alliance“, aber auch andere Umweltschutzorganisationen');
    // Not a main clause of its own before the comma.
    expect(speakerOf('Die Polizei schwieg, aber auch die Feuerwehr hatte dazu aufgerufen, den Strom abzuschalten.', 'Strom')).toBe('die Feuerwehr');
  });

  it('leaves trailing particles of the subject field out ("Die Opposition ihrerseits", "Die Polizei selber dagegen")', () => {
    expect(speakerOf('Die Opposition ihrerseits erklärte, der Mann sei geflohen.', 'Mann sei')).toBe('Die Opposition');
    expect(speakerOf('Die Polizei selber dagegen sagte, der Mann sei geflohen.', 'Mann sei')).toBe('Die Polizei');
  });

  it('ends the speaker before an apposition of a predicative adjective with its object ("…, zuständig für das US-Geschäft,")', () => {
    expect(speakerOf('Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte angekündigt, sein Geschäft stärken zu wollen.', 'Geschäft stärken'))
      .toBe('Vorstand Erich Stamminger');
    expect(speakerOf('Die Ministerin, verantwortlich für die Bahn, sagte, der Plan sei gescheitert.', 'Plan sei')).toBe('Die Ministerin');
    // An inflected adjective before its noun is a nominal apposition and stays.
    expect(speakerOf('Charles Bouchard, kanadischer General und Kommandeur des Einsatzes, sagte, der Plan sei gescheitert.', 'Plan sei'))
      .toBe('Charles Bouchard, kanadischer General und Kommandeur des Einsatzes');
  });

  it('reads a comma between coordinated attributes before a noun as part of the apposition ("ein prominentes, dem … zugehöriges Mitglied")', () => {
    const text = 'Jim DeMint, ein prominentes, dem konservativen Flügel der Republikaner zugehöriges Mitglied des Repräsentantenhauses aus South Carolina, '
      + 'wollte sich nicht festlegen, sagte aber, die Republikaner müssten sich besinnen.';
    expect(speakerOf(text, 'müssten sich')).toBe('Jim DeMint, ein prominentes, dem konservativen Flügel der Republikaner zugehöriges Mitglied des Repräsentantenhauses aus South Carolina');
  });

  it('takes a correlative coordination before the verb as the subject ("Sowohl … als auch … kündigten … an")', () => {
    const text = 'Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär kündigten an, den Fall zu untersuchen.';
    expect(speakerOf(text, 'Fall zu untersuchen')).toBe('Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär');
  });

  it('reads an apposition with an extended attribute after a subject read after the verb, which is no content', () => {
    const text = 'In einer Pressemitteilung erklärte der Eigentümer, das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus Lensing, dass das Blatt stecke.';
    const a = attributionWith(refineSpeakers(attributionsOf(text)), 'Blatt');
    expect(a.speaker?.text).toBe('der Eigentümer, das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus Lensing');
    expect(a.content.text).toBe('dass das Blatt stecke');
    // A relative clause with a participle before its verb stays one: "der vom Kanal Rossija befragt wurde".
    expect(speakerOf('Nach der Einschätzung eines Experten, der vom staatlichen Kanal Rossija befragt wurde, würde dies dafür sprechen.', 'dafür sprechen'))
      .toBe('der Einschätzung eines Experten');
  });

  it('reads a sentence subject over an extended attribute, which holds no verb ("der als gemäßigt geltende …")', () => {
    const text = 'Auch der als gemäßigt geltende frühere Präsident Irans unterstützte den Protest und erklärte, die Wahl sei ungerecht.';
    expect(speakerOf(text, 'Wahl sei')).toBe('der als gemäßigt geltende frühere Präsident Irans');
  });

  it('reads the years of an office after its noun ("Präsident Irans zwischen 1997 und 2005, …"), also for a shared subject', () => {
    const text = 'Auch der frühere Präsident Irans zwischen 1997 und 2005, Mohammad Chatami, unterstützte den Protest und erklärte, die Wahl sei ungerecht.';
    expect(speakerOf(text, 'Wahl sei')).toBe('der frühere Präsident Irans zwischen 1997 und 2005, Mohammad Chatami');
    expect(speakerOf('Der Bürgermeister der Stadt zwischen 1990 und 2002, Hans Meier, sagte am Montag, die Stadt sei arm und die Schulden seien hoch.', 'Stadt sei')).toBe('Der Bürgermeister der Stadt zwischen 1990 und 2002, Hans Meier');
  });

  it('ends a subject with apposition before the finite verb of its main clause, which a later elliptic verb shares', () => {
    const text = 'Jim DeMint, ein Mitglied des Repräsentantenhauses aus South Carolina, wollte sich noch nicht festlegen, sagte aber, die Republikaner müssten schauen.';
    expect(speakerOf(text, 'Republikaner müssten')).toBe('Jim DeMint, ein Mitglied des Repräsentantenhauses aus South Carolina');
  });

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

  it('reads a stance adjective opening the sentence as no subject: the subject follows the verb ("Besorgt äußerte sich …")', () => {
    const text = 'Besorgt äußerte sich Kofi Annan über die Zunahme der Gewalt gegen Mädchen. '
      + 'Auch gebe es Berichte über systematische Entführungen von Kindern in dieser Region.';
    expect(speakerOf(text, 'Entführungen')).toBe('Kofi Annan');
  });

  it('ends a subject before the verb at an addressee or adverbial preposition ("der Innenminister gegenüber Medien versichere")', () => {
    const text = 'Neu sei, dass der Bürgermeister anordne, Graffitis zu entfernen, und der Innenminister gegenüber Medien versichere, '
      + 'dass sich keiner eingeschüchtert fühlen solle.';
    expect(speakerOf(text, 'eingeschüchtert')).toBe('der Innenminister');
    // A prepositional attribute stays: "Das Team um Anita Zaidi kam zu dem Schluss, …".
    expect(speakerOf('Das Team um Anita Zaidi kam zu dem Schluss, dass die Infektionen vermeidbar seien.', 'Infektionen')).toBe('Das Team um Anita Zaidi');
  });

  it('takes the apposition after the head of a "wie" clause into its subject, also without its closing comma', () => {
    const closedByVerb = 'Wie Philip Aguer Panynag, ein Sprecher der Befreiungsarmee, mitteilte, seien neun Dörfer bombardiert worden.';
    expect(speakerOf(closedByVerb, 'Dörfer')).toBe('Philip Aguer Panynag, ein Sprecher der Befreiungsarmee');
    const unclosed = 'Wie ein Vertreter des Mutterkonzerns von Airbus, EADS heute mitteilte, wurde das Joint-Venture ausgewählt.';
    expect(speakerOf(unclosed, 'Joint-Venture')).toBe('ein Vertreter des Mutterkonzerns von Airbus, EADS');
  });

  it('gives a verb coordinated by "und" the subject opening the first conjunct, never the field up to "und"', () => {
    const text = 'Andere Formen des Protestes: Zuschauer standen am Rand der Straße und forderten auf Spruchbändern dazu auf, chinesische Waren zu boykottieren.';
    expect(speakerOf(text, 'boykottieren')).toBe('Zuschauer');
  });

  it('takes as the agent of a passive cue not a "von" attribute of the noun before it when another agent follows', () => {
    const text = 'Angehörige von Hilfsorganisationen wurden gestern von den Behörden angewiesen, die Stadt bis Montag zu verlassen.';
    expect(speakerOf(text, 'die Stadt')).toBe('den Behörden');
    expect(speakerOf('Die Angehörigen wurden gestern von den Behörden angewiesen, die Stadt zu verlassen.', 'die Stadt')).toBe('den Behörden');
  });

  it('leaves the article of a later noun out of a possessive source before "nach" ("Die seiner Ansicht nach fragwürdige Rolle")', () => {
    const text = 'Die seiner Ansicht nach fragwürdige Rolle der Notenbank veranlasste den Senator, einen Gesetzentwurf einzubringen.';
    expect(speakerOf(text, 'fragwürdige')).toBe('seiner Ansicht');
  });

  it('reads a subject with an apposition left unclosed before the verb over adverbs of an attribute ("erst kürzlich ernannte")', () => {
    const text = 'Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner hat den Papst gebeten, seine Ernennung zurückzunehmen.';
    expect(speakerOf(text, 'Ernennung')).toBe('Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner');
    // Not an adverb of the clause: "Der Minister, Hans Meier erst gestern, …" stays out.
    const clause = 'Der Weihbischof erst kürzlich, Gerhard Maria Wagner hat den Papst gebeten, seine Ernennung zurückzunehmen.';
    expect(speakerOf(clause, 'Ernennung')).toBe('Gerhard Maria Wagner');
  });

  it('fills the field of a sentence-opening prepositional source with its time attribute ("im Juni 2007")', () => {
    const text = 'Nach Angaben des Flughafens im Juni 2007 betrug die Zahl der Passagiere 220.853.';
    expect(speakerOf(text, 'Passagiere')).toBe('Angaben des Flughafens im Juni 2007');
    // Not a time after the verb: it belongs to the clause.
    expect(speakerOf('Nach Angaben des Flughafens betrug im Juni 2007 die Zahl der Passagiere 220.853.', 'Passagiere')).toBe('Angaben des Flughafens');
  });

  it('reads no source of a trailing "heißt es" inside the content before it, but one after it', () => {
    expect(speakerOf('Drei Viertel dieser Todesfälle entfallen auf Südasien und Schwarzafrika, heißt es.', 'Todesfälle')).toBeUndefined();
    expect(speakerOf('Die Zahl der Toten sei auf 300 gestiegen, hieß es in einem Bericht der BBC.', 'Toten')).toBe('einem Bericht der BBC');
  });

  it('takes an apposition with its article left unclosed before an adverbial after an inverted subject, not a content clause', () => {
    const text = '„Wir haben vier Punkte“, zeigte sich Milovan Rajevac, der Trainer Ghanas nach dem Spiel zufrieden.';
    expect(speakerOf(text, 'vier Punkte')).toBe('Milovan Rajevac, der Trainer Ghanas');
    expect(speakerOf('Am Montag sagte Milovan Rajevac, der Trainer habe nach dem Spiel gejubelt.', 'gejubelt')).toBe('Milovan Rajevac');
    // Nor the object of the zu-infinitive the cue reports: "zu" before an infinitive is no adverbial.
    expect(speakerOf('Gestern versprach er, die Schule zu sanieren.', 'sanieren')).toBe('er');
    expect(speakerOf('Serbiens Außenminister Ivica Dačić drohte, die Grenzen zu schließen.', 'schließen')).toBe('Serbiens Außenminister Ivica Dačić');
    expect(speakerOf('Am Montag beschloss die Regierung, dem Wunsch Frankreichs zu folgen.', 'folgen')).toBe('die Regierung');
  });

  it('leaves a relative clause right after the head out of a sentence subject', () => {
    const text = 'Der Ermittler, der als wichtiger Zeuge gilt, will seine Ermittlungen einstellen: „Was Größeres kommt nicht nach!“';
    expect(speakerOf(text, 'Größeres')).toBe('Der Ermittler');
  });

  it('takes no lone article of the cue noun for the speaker ("herrschte die Meinung vor")', () => {
    const text = 'Zur Frage der Gefährlichkeit herrschte die Meinung vor, dass Cannabis „in 95 Prozent der Fälle nicht wirklich schadet“.';
    expect(speakerOf(text, '95 Prozent')).toBeUndefined();
    // A relative pronoun after its comma still is one.
    expect(speakerOf('Ein neuer Vorschlag kam von Ägypten, das vorschlug, im Nahen Osten eine Zone einzurichten.', 'Zone')).toBe('das');
  });

  it('reads the subject field before the verb over a comma from the sentence start: a list, an apposition left open', () => {
    expect(speakerOf('Die Außenminister Frankreichs, Italiens und Österreich erklärten, dass sie es begrüßen.', 'begrüßen'))
      .toBe('Die Außenminister Frankreichs, Italiens und Österreich');
    expect(speakerOf('Ein Sprecher der Polizei, Commander Randy Henderson sagte, das Flugzeug sei tief geflogen.', 'Flugzeug'))
      .toBe('Ein Sprecher der Polizei, Commander Randy Henderson');
    // Not over a main clause of its own before the comma.
    const text = 'Miroslav Klose, der Gelb-Rot sah, nannte den Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“.';
    expect(speakerOf(text, 'übertrieben')).toBe('Bundestrainer Joachim Löw');
  });

  it('takes "letztere"/"ersterer" after "so" as the speaker of a quote', () => {
    const text = 'Die Aktivistin verteilte Informationen. „Das Elend der Tiere geht ohne Unterbrechung weiter“, so letztere.';
    expect(speakerOf(text, 'Elend der Tiere')).toBe('letztere');
  });

  it('leaves the object a verb needs out of a subject of article, noun and a bare word when no other object is in the clause', () => {
    expect(speakerOf('Außerdem warf die Staatsanwaltschaft Ertel vor, seit 2014 Vorschriften verletzt zu haben.', 'Vorschriften')).toBe('die Staatsanwaltschaft');
    expect(speakerOf('Außerdem fordern die Organisationen Bürger dazu auf, die Abgeordneten anzuschreiben.', 'Abgeordneten')).toBe('die Organisationen');
    // A verb-final clause: only prepositional phrases before the predicative.
    expect(speakerOf('Das ist brisant, weil die US-Regierung Georgien nach dem kurzen Krieg im letzten Monat als „junge Demokratie“ bezeichnet hat.', 'junge Demokratie'))
      .toBe('die US-Regierung');
    // With an object of its own the bare word is part of the name; a verb without a needed object keeps it; so does a subject before the verb.
    expect(speakerOf('Gestern warf die Staatsanwaltschaft Berlin dem Mann vor, Vorschriften verletzt zu haben.', 'Vorschriften')).toBe('die Staatsanwaltschaft Berlin');
    expect(speakerOf('Gestern teilte die Staatsanwaltschaft Berlin mit, der Mann sei geflohen.', 'Mann sei')).toBe('die Staatsanwaltschaft Berlin');
    expect(speakerOf('Das Europäische Parlament hat die Staaten aufgefordert, die Regeln zu ändern.', 'Regeln')).toBe('Das Europäische Parlament');
  });

  it('ends a speaker before a route "von … bis" after its head, which is no origin ("vom Hauptbahnhof bis zur Paulskirche")', () => {
    const text = 'Am Samstag zogen die Demonstranten vom Frankfurter Hauptbahnhof bis zur Paulskirche und skandierten dabei Parolen wie „Stoppt den Überwachungswahn“ oder „Freiheit statt Angst“.';
    expect(speakerOf(text, 'Überwachungswahn')).toBe('die Demonstranten');
    // An origin stays ("Vertreter vom Bund der Steuerzahler"), and so does a 'von' attribute before an amount after "bis".
    expect(speakerOf('Am Samstag sagten Vertreter vom Bund der Steuerzahler, der Plan sei gescheitert.', 'Plan sei')).toBe('Vertreter vom Bund der Steuerzahler');
    expect(speakerOf('Am Samstag sagten Spender von Beträgen bis 3.500 Euro, der Plan sei gescheitert.', 'Plan sei')).toBe('Spender von Beträgen');
  });

  it('takes no time phrase opening the sentence for the speaker ("Ende August war … bekannt geworden")', () => {
    expect(speakerOf('Ende August war bekannt geworden, dass der Mann seine Töchter misshandelt haben soll.', 'Töchter')).toBeUndefined();
    expect(speakerOf('Anfang 2010 war bekannt geworden, dass der Mann seine Töchter misshandelt haben soll.', 'Töchter')).toBeUndefined();
    // A subject after the time phrase is still read.
    expect(speakerOf('Ende August sagte der Minister, der Mann sei geflohen.', 'Mann sei')).toBe('der Minister');
  });

  it('reads a quoted name in the subject of a "wie" clause after a conjunction, and a compound written on from it ("„Bild“-Zeitung")', () => {
    expect(speakerOf('Denn wie die „Bild“ berichtete, leidet der Schauspieler an Alzheimer.', 'Alzheimer')).toBe('die „Bild“');
    expect(speakerOf('Denn wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, leidet der Schauspieler an Alzheimer.', 'Alzheimer'))
      .toBe('die „Bild“-Zeitung in der Ausgabe vom 17.12.2005');
    expect(speakerOf('Wie die „Bild“-Zeitung berichtete, leidet der Schauspieler an Alzheimer.', 'Alzheimer')).toBe('die „Bild“-Zeitung');
    // A hyphen set off by spaces is a dash: the name ends before it.
    expect(speakerOf('Die „taz“ - nach eigenen Angaben unabhängig - erklärte, sie sei überrascht.', 'überrascht') ?? '').not.toContain('nach');
  });

  it('takes the last conjunct after "und" as the subject also with a trailing particle before the verb ("und das FBI seinerseits versprach")', () => {
    const text = 'Kuba übergab dem FBI Material über die Aktivitäten der Organisationen und das FBI seinerseits versprach, sich darum zu kümmern.';
    expect(speakerOf(text, 'darum zu kümmern')).toBe('das FBI');
  });

  it('takes the number after an abbreviated number noun into a source ("gemäß dem Dekret Nr. 72-186")', () => {
    expect(speakerOf('Sie werden gemäß dem Dekret Nr. 72-186 unter dem Begriff „Fahrendes Volk“ zusammengefasst.', 'Fahrendes Volk')).toBe('dem Dekret Nr. 72-186');
  });

  it('takes a lower-case particle opening a foreign name after the verb into the speaker ("fordert al Huthi", "kritisiert van Hout")', () => {
    expect(speakerOf('Im selben Schreiben fordert al Huthi einen bedingungslosen Waffenstillstand.', 'Waffenstillstand')).toBe('al Huthi');
    expect(speakerOf('Das sei ein Quasi-Monopol, kritisiert van Hout.', 'Quasi-Monopol')).toBe('van Hout');
  });

  it('takes the pronoun of a relative clause after a preposition left without its comma as the subject ("… einen Zettel in dem er verlangte")', () => {
    expect(speakerOf('Der Mann hinterließ einen Zettel in dem er verlangte, dass die Polizei nicht eingeschaltet werde.', 'Polizei')).toBe('er');
    // With its comma the clause is read as before.
    expect(speakerOf('Der Mann hinterließ einen Zettel, in dem er verlangte, dass die Polizei nicht eingeschaltet werde.', 'Polizei')).toBe('er');
  });

  it('ends a speaker of a role and a full name before a dative addressee ("sagte Studienleiterin Anna Lorenz der dpa")', () => {
    expect(speakerOf('„Das hat uns überrascht“, sagte Studienleiterin Anna Lorenz der Deutschen Presse-Agentur.', 'überrascht')).toBe('Studienleiterin Anna Lorenz');
    expect(speakerOf('Der Schaden sei groß, sagte Geschäftsführer Christoph Becker der Zeitung.', 'Schaden')).toBe('Geschäftsführer Christoph Becker');
    // A genitive after the role itself stays: "die Sprecherin der Unionsfraktion".
    expect(speakerOf('Der Schaden sei groß, sagte die Sprecherin der Unionsfraktion.', 'Schaden')).toBe('die Sprecherin der Unionsfraktion');
  });

  it('reads the clause before an inverted speaker and its addressee as the content, also with a cue in that clause ("Wir gehen davon aus, …, sagte X der Welt")', () => {
    const text = 'Wir gehen davon aus, dass es zu einem Verfahren kommt, sagte Staatsanwalt Jan Holzner der Welt am Sonntag.';
    const found = attributionWith(refineSpeakers(attributionsOf(text)), 'Verfahren');
    expect(found.speaker?.text).toBe('Staatsanwalt Jan Holzner');
    expect(found.content.text).toBe('Wir gehen davon aus, dass es zu einem Verfahren kommt');
  });
});
