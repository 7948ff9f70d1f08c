import { describe, expect, it } from 'vitest';
import { isSubjectField, nominalFieldWithApposition, readSpeakerBackward, readSpeakerForward } from '../../../src/extract/stages/speaker-phrase.js';
import { quotesOf } from '../stage-helpers.js';

/** The speaker phrase read forward from the first token after `after` (a word of the text) to the sentence end. */
function phraseAfter(text: string, after: string): string | null {
  const doc = quotesOf(text);
  const at = doc.tokens.findIndex((t) => t.text === after);
  const range = readSpeakerForward(doc.tokens, at + 1, doc.sentences[0]!.tokenEnd, doc.pack);
  return range ? text.slice(doc.tokens[range[0]]!.start, doc.tokens[range[1] - 1]!.end) : null;
}

describe('readSpeakerForward', () => {
  it('takes the day of a source noun\'s statement ("der Ankündigung des Nobelkomitees von heute Mittag"), not after a person', () => {
    expect(phraseAfter('In der Ankündigung des Nobelkomitees von heute Mittag heißt es, der Preis gehe an Müller.', 'In'))
      .toBe('der Ankündigung des Nobelkomitees von heute Mittag');
    expect(phraseAfter('Das sagte der Präsident von heute Mittag an.', 'sagte')).toBe('der Präsident');
  });

  it('takes the year a report covers after "für" ("einem Jahresbericht für 2005 des Ministeriums"), not after other nouns', () => {
    expect(phraseAfter('In einem Jahresbericht für 2005 des zuständigen Ministeriums steht, dass viele Fälle gelöst wurden.', 'In'))
      .toBe('einem Jahresbericht für 2005 des zuständigen Ministeriums');
    expect(phraseAfter('Das sagte der Minister für 2005 voraus.', 'sagte')).toBe('der Minister');
  });

  it('takes the side a speaker named by a role is on ("ein Talibanführer auf pakistanischer Seite"), not other places after a role', () => {
    expect(phraseAfter('Vor kurzem erklärte ein Talibanführer auf pakistanischer Seite, die Taliban würden töten.', 'erklärte')).toBe('ein Talibanführer auf pakistanischer Seite');
    expect(phraseAfter('Das teilte der Sprecher auf der Seite mit.', 'teilte')).toBe('der Sprecher');
    expect(phraseAfter('Das teilte der Sprecher auf Twitter mit.', 'teilte')).toBe('der Sprecher');
  });

  it('reads a correlative coordination ("Sowohl die Polizei als auch die Feuerwehr"), not a comparison after a plain head', () => {
    expect(phraseAfter('Dann sagten sowohl die Polizei als auch die Feuerwehr, der Brand sei gelöscht.', 'sagten')).toBe('sowohl die Polizei als auch die Feuerwehr');
    expect(phraseAfter('Dann sagte die Polizei als auch zuständige Behörde nichts.', 'sagte')).toBe('die Polizei');
  });

  it('reads no extended attribute opened by a quantifier agreeing with the head ("einer weiteren Nachricht der ursprüngliche …")', () => {
    expect(phraseAfter('Und 1998 soll nach einer weiteren Nachricht der ursprüngliche Toaster gestorben sein.', 'nach')).toBe('einer weiteren Nachricht');
    // An article opening the object of the attribute still does: "Die das Unglück überlebende Alice Kakamara".
    expect(phraseAfter('Am Montag sagte die das Unglück überlebende Alice Kakamara, sie sei froh.', 'sagte')).toBe('die das Unglück überlebende Alice Kakamara');
  });

  it('takes the purpose in the name of a body ("vom UN-Büro zur Koordinierung von Hilfsmaßnahmen"), not a topic after a person', () => {
    expect(phraseAfter('Davor warnte Elizabeth Byrs vom UN-Büro zur Koordinierung von Hilfsmaßnahmen (OCHA) gestern in Genf.', 'warnte'))
      .toBe('Elizabeth Byrs vom UN-Büro zur Koordinierung von Hilfsmaßnahmen (OCHA)');
    expect(phraseAfter('Das sagte der Sprecher zur Lage in Genf.', 'sagte')).toBe('der Sprecher');
    expect(phraseAfter('Das sagte der Sprecher zur Entscheidung des Gerichts.', 'sagte')).toBe('der Sprecher');
  });

  it('reads an extended attribute opened by "als" with a predicative word ("der als gemäßigt geltende frühere Präsident")', () => {
    expect(phraseAfter('Am Montag sagte der als gemäßigt geltende frühere Präsident Chātamī, er sei froh.', 'sagte')).toBe('der als gemäßigt geltende frühere Präsident Chātamī');
    expect(phraseAfter('Am Montag sagte die als Hardliner bekannte Ministerin, sie sei froh.', 'sagte')).toBe('die als Hardliner bekannte Ministerin');
    // Not a comparison after the head: "der Minister als erster".
    expect(phraseAfter('Am Montag sagte der Minister als erster, er sei froh.', 'sagte')).toBe('der Minister');
  });

  it('takes the origin of a speaker named by a role ("ein IWF-Sprecher aus Washington"), not a reason or a name\'s adverbial', () => {
    expect(phraseAfter('Das ließ ein IWF-Sprecher aus Washington kurz verlauten.', 'ließ')).toBe('ein IWF-Sprecher aus Washington');
    expect(phraseAfter('Das berichteten Mitarbeiter des Hilfsdienstes aus der Küstenstadt Labutta.', 'berichteten'))
      .toBe('Mitarbeiter des Hilfsdienstes aus der Küstenstadt Labutta');
    expect(phraseAfter('Die Sprengung soll laut Schnappauf aus Sicherheitsgründen erfolgen.', 'laut')).toBe('Schnappauf');
    expect(phraseAfter('Das sagte der Sprecher aus Sicherheitsgründen nicht.', 'sagte')).toBe('der Sprecher');
    expect(phraseAfter('Das zitiert der Sprecher aus seiner Stellungnahme.', 'zitiert')).toBe('der Sprecher');
  });

  it('takes where a source noun was published ("auf der Seite", "auf Twitter"), not a place after another noun', () => {
    expect(phraseAfter('So heißt es in der Meldung auf der firmeneigenen Seite, die Rakete sei verloren.', 'in')).toBe('der Meldung auf der firmeneigenen Seite');
    expect(phraseAfter('Es hat nach Angaben des Flugdatenproviders flightradar24 auf Twitter 3000 Meter verloren.', 'nach'))
      .toBe('Angaben des Flugdatenproviders flightradar24 auf Twitter');
    expect(phraseAfter('Das teilten die beiden Sängerinnen auf Twitter mit.', 'teilten')).toBe('die beiden Sängerinnen');
    expect(phraseAfter('Das steht nach Angaben der Polizei auf dem Spiel.', 'nach')).toBe('Angaben der Polizei');
  });

  it('takes a place after a genitive attribute, not a fixed adverbial, a time or a phrase with an article', () => {
    expect(phraseAfter('Vereinzelt weigerten sich nach Angaben der politischen Opposition im Iran einige Polizisten.', 'nach'))
      .toBe('Angaben der politischen Opposition im Iran');
    expect(phraseAfter('Die Beamten wurden in einer Anweisung der US-Botschaft in Nairobi aufgefordert, abzureisen.', 'in'))
      .toBe('einer Anweisung der US-Botschaft in Nairobi');
    expect(phraseAfter('Dies sagte der Präsident des Unternehmens in Richtung seiner Kunden.', 'sagte')).toBe('der Präsident des Unternehmens');
    expect(phraseAfter('Die Quote liegt nach der Vorhersage der Zentralbank im Jahr 2021 bei 51 Prozent.', 'nach')).toBe('der Vorhersage der Zentralbank');
    expect(phraseAfter('Nach Angaben des Rezensenten Alan Posener in der Tageszeitung sei der Film gut.', 'Nach')).toBe('Angaben des Rezensenten Alan Posener');
    // Without a genitive the place is an adverbial of the clause: "sagte Seibert in Berlin".
    expect(phraseAfter('Das sagte Regierungssprecher Seibert in Berlin.', 'sagte')).toBe('Regierungssprecher Seibert');
  });

  it('takes a place after a common noun with its article or adjective, not after a name or a source noun', () => {
    expect(phraseAfter('Am Montag forderte das Parlament in Mexiko-Stadt die Rückgabe der Krone.', 'forderte')).toBe('das Parlament in Mexiko-Stadt');
    expect(phraseAfter('Das meint Karl Meier vom Amt für wirtschaftliche Entwicklung in New Mexico.', 'meint'))
      .toBe('Karl Meier vom Amt für wirtschaftliche Entwicklung in New Mexico');
    // A name before the place: an adverbial of the clause ("sagte Seibert in Berlin", "laut Angaben von Interpol in Korat").
    expect(phraseAfter('Das sagte Bundesminister Manfred Stolpe in Berlin.', 'sagte')).toBe('Bundesminister Manfred Stolpe');
    // A source noun says where it was made no more than a name does: "nach eigenen Angaben im Süden Äthiopiens".
    expect(phraseAfter('Helfer konnten nach eigenen Angaben im Süden Äthiopiens viele Menschen retten.', 'nach')).toBe('eigenen Angaben');
    expect(phraseAfter('Nun verlangt das Gericht im Zusammenhang mit den Ermittlungen die Daten.', 'verlangt')).toBe('das Gericht');
  });

  it('reads coordinated heads and stops at a verb', () => {
    expect(phraseAfter('Nach Meinung vieler Experten und Fans werden die Spurs gewinnen.', 'Nach')).toBe('Meinung vieler Experten und Fans');
    expect(phraseAfter('Laut Polizei und Feuerwehr gab es zwei Verletzte.', 'Laut')).toBe('Polizei und Feuerwehr');
    expect(phraseAfter('Laut Polizei und nach Angaben der Feuerwehr gab es zwei Verletzte.', 'Laut')).toBe('Polizei');
  });

  it('reads a web address as a name and a lower-case nominalised adjective as the head', () => {
    expect(phraseAfter('Laut bildblog.de wurde der Artikel gelöscht.', 'Laut')).toBe('bildblog.de');
    expect(phraseAfter('Am Montag sagte der 81-jährige in einem Interview, die Maus sei tot.', 'sagte')).toBe('der 81-jährige');
  });

  it('takes an article-less genitive only with a strong -er adjective, not a verb in -en', () => {
    expect(phraseAfter('Nach Angaben libanesischer Sicherheitskreise sei das Feuer gelöscht.', 'Nach')).toBe('Angaben libanesischer Sicherheitskreise');
    expect(phraseAfter('Laut Robert Koch-Institut gehören Infektionen zu den häufigsten Ursachen.', 'Laut')).toBe('Robert Koch-Institut');
  });

  it('reads an extended attribute between the article and its noun, up to the last participle', () => {
    expect(phraseAfter('Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden 2.000 Menschen versorgt.', 'Laut'))
      .toBe('einer am Dienstag veröffentlichten Pressemitteilung des WFP');
    expect(phraseAfter('Am Montag teilte die zur kalifornischen Stanford University gehörende Hoover Institution mit, sie schließe.', 'teilte'))
      .toBe('die zur kalifornischen Stanford University gehörende Hoover Institution');
    expect(phraseAfter('Am Montag sagte die in New York City geborene Lopez, sie freue sich.', 'sagte')).toBe('die in New York City geborene Lopez');
    // A time adverb opens one too, also in a genitive after the head; not a determiner there ("der beiden Politiker in Zukunft").
    expect(phraseAfter('Das ist so das Ergebnis einer gestern vorgestellten Studie der Stiftung Warentest, in der sie.', 'so'))
      .toBe('das Ergebnis einer gestern vorgestellten Studie der Stiftung Warentest');
    expect(phraseAfter('Dann würden nach Meinung der beiden Politiker in Zukunft weniger Selbstständige kandidieren.', 'nach')).toBe('Meinung der beiden Politiker');
    // Without a participle before a noun the preposition ends the phrase.
    expect(phraseAfter('Am Montag sagte der Minister in Berlin vor der Presse, er freue sich.', 'sagte')).toBe('der Minister');
  });

  it('reads a year after a month or "Jahr" and a club number into the phrase, but not a quantity after it', () => {
    expect(phraseAfter('Laut einem Bericht des Ministeriums vom November 2011 sei die Zahl gestiegen.', 'Laut'))
      .toBe('einem Bericht des Ministeriums vom November 2011');
    expect(phraseAfter('Nach dem Reichsvermögensgesetz von 1961 steht das Geld dem Bund zu.', 'Nach')).toBe('dem Reichsvermögensgesetz von 1961');
    expect(phraseAfter('Am Montag sagte der Sportchef von Bayer 04 Leverkusen, er sei zufrieden.', 'sagte')).toBe('der Sportchef von Bayer 04 Leverkusen');
    expect(phraseAfter('Nach Behördenangaben 62 Personen wurden verletzt.', 'Nach')).toBe('Behördenangaben');
  });

  it('reads genitives with possessive articles and titles with dots', () => {
    expect(phraseAfter('Nach Angaben seines Vermögensverwalters sei das Geld verloren.', 'Nach')).toBe('Angaben seines Vermögensverwalters');
    expect(phraseAfter('Nach Meinung der beiden Politiker sei das falsch.', 'Nach')).toBe('Meinung der beiden Politiker');
    expect(phraseAfter('Laut Klinikdirektor Prof. Dr. Matthias W. Beckmann sei die Operation gelungen.', 'Laut')).toBe('Klinikdirektor Prof. Dr. Matthias W. Beckmann');
  });
});

describe('readSpeakerForward before a verb-final cue', () => {
  /** The phrase read from the token after `after` up to the verb `verb`. */
  function beforeVerb(text: string, after: string, verb: string): string | null {
    const doc = quotesOf(text);
    const at = doc.tokens.findIndex((t) => t.text === after);
    const limit = doc.tokens.findIndex((t) => t.text === verb);
    const range = readSpeakerForward(doc.tokens, at + 1, limit, doc.pack);
    return range ? text.slice(doc.tokens[range[0]]!.start, doc.tokens[range[1] - 1]!.end) : null;
  }

  it('leaves out a dative addressee of the press after a genitive ("… der Befreiungsarmee (SPLA) der Presse mitteilte")', () => {
    expect(beforeVerb('Wie Philip Panynag, ein Sprecher der Sudanesischen Befreiungsarmee (SPLA) der Presse mitteilte, seien Dörfer bombardiert worden.', ',', 'mitteilte'))
      .toBe('ein Sprecher der Sudanesischen Befreiungsarmee (SPLA)');
    expect(beforeVerb('Wie ein Sprecher der Polizei den Journalisten sagte, sei niemand verletzt worden.', 'Wie', 'sagte')).toBe('ein Sprecher der Polizei');
    // A genitive chain with another noun goes on: "Angaben des Fonds (MIF) der Entwicklungsbank".
    expect(beforeVerb('Wie ein Sprecher des Fonds (MIF) der Interamerikanischen Entwicklungsbank sagte, sei das so.', 'Wie', 'sagte'))
      .toBe('ein Sprecher des Fonds (MIF) der Interamerikanischen Entwicklungsbank');
  });
});

describe('readSpeakerForward after a quoted name', () => {
  it('ends a phrase at the closing mark of a quoted name before a bare word (an object), not inside a name', () => {
    expect(phraseAfter('Allerdings schrieb die liberale „El Mundo“ Rajoy den Sieg zu.', 'schrieb')).toBe('die liberale „El Mundo“');
    expect(phraseAfter('Am Montag sagte die Zeitung „Die Welt“ Ende Mai, sie freue sich.', 'sagte')).toBe('die Zeitung „Die Welt“');
    // Without a closed quoted name the words go on: "Berichten verschiedener US-Medien zufolge".
    expect(phraseAfter('Nach Berichten verschiedener US-Medien fand ein Treffen statt.', 'Nach')).toBe('Berichten verschiedener US-Medien');
  });
});

describe('readSpeakerForward over coordinated attributes', () => {
  it('reads a coordinated adjective with its noun into an attribute, not a verb after "und"', () => {
    expect(phraseAfter('Gestern empfahl der EU-Kommissar für Erweiterung und europäische Nachbarschaftspolitik Štefan Füle, Verhandlungen einzuleiten.', 'empfahl'))
      .toBe('der EU-Kommissar für Erweiterung und europäische Nachbarschaftspolitik Štefan Füle');
    expect(phraseAfter('Gestern sagte der Minister und fügte hinzu, er sei zufrieden.', 'sagte')).toBe('der Minister');
  });
});

describe('readSpeakerForward with lower-case names', () => {
  it('reads a name written in lower case after the head ("dpa", "amnesty international", "ver.di"), not at the start nor another word', () => {
    expect(phraseAfter('Nach Angaben der Presseagenturen dpa und AFP umstellten Sicherheitskräfte das Lager.', 'Nach')).toBe('Angaben der Presseagenturen dpa und AFP');
    expect(phraseAfter('Laut einem Bericht der Menschenrechtsorganisation amnesty international (ai) nimmt die Zahl zu.', 'Laut'))
      .toBe('einem Bericht der Menschenrechtsorganisation amnesty international (ai)');
    expect(phraseAfter('Laut Verhandlungsführer Hans-Peter Lafos von der Gewerkschaft ver.di wird gestreikt.', 'Laut')).toBe('Verhandlungsführer Hans-Peter Lafos von der Gewerkschaft ver.di');
    expect(phraseAfter('Nach Angaben der Presseagenturen wird gestreikt.', 'Nach')).toBe('Angaben der Presseagenturen');
    // After "von", and ending before a capitalized word after it.
    expect(phraseAfter('Dann sollen nach Ansicht von ai Disziplinarmaßnahmen ergriffen werden.', 'nach')).toBe('Ansicht von ai');
    // A capitalized determiner word after an article is a noun.
    expect(phraseAfter('Nach Aussagen eines Anderen seien die Spuren dezimiert worden.', 'Nach')).toBe('Aussagen eines Anderen');
  });
});

describe('readSpeakerForward with numbers', () => {
  it('reads a number before its noun at the start or after the article, and a measure attribute before an adjective', () => {
    expect(phraseAfter('Es ziehen 47 Prozent der Befragten die Schlussfolgerung, nicht zu wählen.', 'ziehen')).toBe('47 Prozent der Befragten');
    expect(phraseAfter('Dazu verweist der 330 Seiten starke Bericht auf Aussagen.', 'verweist')).toBe('der 330 Seiten starke Bericht');
    // Not a number without a noun after it.
    expect(phraseAfter('Dazu sagte 2005 der Minister, er sei zufrieden.', 'sagte')).toBeNull();
  });
});

/** The speaker phrase read backward from the token before `before` (a word of the text) to the sentence start. */
function phraseBefore(text: string, before: string): string | null {
  const doc = quotesOf(text);
  const at = doc.tokens.findIndex((t) => t.text === before);
  const range = readSpeakerBackward(doc.tokens, at, doc.sentences[0]!.tokenStart, doc.pack);
  return range ? text.slice(doc.tokens[range[0]]!.start, doc.tokens[range[1] - 1]!.end) : null;
}

describe('readSpeakerBackward', () => {
  it('reads a genitive article after the head and a time attribute closing the source', () => {
    expect(phraseBefore('Die Maschine gehörte, Angaben der Polizei zufolge, dem Institut.', 'zufolge')).toBe('Angaben der Polizei');
    expect(phraseBefore('Die Maschine gehörte, Angaben der Polizei vom Mittwoch zufolge, dem Institut.', 'zufolge')).toBe('Angaben der Polizei vom Mittwoch');
    expect(phraseBefore('Die Maschine gehörte, ersten Angaben vom gestrigen Mittwoch zufolge, dem Institut.', 'zufolge')).toBe('ersten Angaben vom gestrigen Mittwoch');
    // A place or origin attribute and a genitive without article inside the source; not a verb before a noun.
    expect(phraseBefore('Die Lage sei, Angaben eines Sprechers der Polizei in Berlin zufolge, ernst.', 'zufolge')).toBe('Angaben eines Sprechers der Polizei in Berlin');
    expect(phraseBefore('Die Lage sei, Medienberichten aus Russland zufolge, ernst.', 'zufolge')).toBe('Medienberichten aus Russland');
    expect(phraseBefore('Die Lage sei, den Angaben einiger Teilnehmer zufolge, ernst.', 'zufolge')).toBe('den Angaben einiger Teilnehmer');
    expect(phraseBefore('Nicht näher genannten Quellen zufolge sei die Lage ernst.', 'zufolge')).toBe('genannten Quellen');
    expect(phraseBefore('Die Zahlen entstammen Zeitungsberichten zufolge der Polizei.', 'zufolge')).toBe('Zeitungsberichten');
    // A time word alone is no source.
    expect(phraseBefore('Die Maschine gehörte am Mittwoch zufolge dem Institut.', 'zufolge')).toBeNull();
  });
});

describe('isSubjectField', () => {
  it('takes no field opened by an article that is never nominative ("Den …", "Dem …") as the subject', () => {
    const field = (text: string, words: number) => {
      const doc = quotesOf(text);
      return isSubjectField(doc.tokens, [0, words], doc.pack);
    };
    expect(field('Den Einspareffekt bezifferte Enders auf 22 Millionen Euro.', 2)).toBe(false);
    expect(field('Dem Vorschlag widersprach die Regierung.', 2)).toBe(false);
    expect(field('Der Vorstand bezifferte den Einspareffekt auf 22 Millionen Euro.', 2)).toBe(true);
  });
  it('lets the dot of an abbreviated title stand inside the field ("Der Forscher Dr. Heino Stoever riet …"), not another dot', () => {
    const field = (text: string, verb: string) => {
      const doc = quotesOf(text);
      return isSubjectField(doc.tokens, [0, doc.tokens.findIndex((t) => t.text === verb)], doc.pack);
    };
    expect(field('Der Forscher Dr. Heino Stoever riet zu „Gelassenheit und Aufmerksamkeit“.', 'riet')).toBe(true);
    expect(field('Prof. Dr. Heino Stoever riet zu „Gelassenheit“.', 'riet')).toBe(true);
    // An abbreviation that is no title ends no field either way: "ca." stands in an object, not a subject.
    expect(field('Die Umfragen ca. sieben Prozent voraussagen.', 'voraussagen')).toBe(false);
  });
});

describe('nominalFieldWithApposition', () => {
  /** Whether the text up to its last comma before `verb` reads as a noun phrase with an apposition. */
  function nominal(text: string, verb: string): boolean {
    const doc = quotesOf(text);
    const at = doc.tokens.findIndex((t) => t.text === verb);
    return nominalFieldWithApposition(doc.tokens, 0, at - 1, doc.pack);
  }
  it('accepts a phrase with an apposition and name particles, not a clause, a preposition or a phrase without apposition', () => {
    expect(nominal('Karl-Theodor zu Guttenberg, Obmann der CDU/CSU-Fraktion im Auswärtigen Ausschuss, warf ihnen Versagen vor.', 'warf')).toBe(true);
    expect(nominal('Der Vorsitzende der Gewerkschaft ver.di, Frank Bsirske, würdigte Kluncker.', 'würdigte')).toBe(true);
    expect(nominal('Die Stadt Homs, eine Hochburg der Opposition, sei umzingelt, sagte der Sprecher.', 'sagte')).toBe(false);
    expect(nominal('Im Jahr 2005, kurz vor der Wahl, sagte der Sprecher nichts.', 'sagte')).toBe(false);
    expect(nominal('Kein Kommentar, sagte der Sprecher.', 'sagte')).toBe(false);
  });
});
