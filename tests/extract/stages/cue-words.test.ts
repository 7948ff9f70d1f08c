import { describe, expect, it } from 'vitest';
import { attributionsOf, attributionWith, cuesOf } from '../stage-helpers.js';

/** The cue words of the attribution whose content holds `words` (parts of a discontinuous cue joined by a space). */
function cueOf(text: string, words: string): string | null {
  const cue = attributionWith(attributionsOf(text), words).cue;
  if (!cue) return null;
  return (cue.parts ?? [cue]).map((p) => p.text).join(' ');
}

/** The lemmas of the cues found in a text. */
function lemmas(text: string): string[] {
  return cuesOf(text).cues.map((c) => c.lemma);
}

describe('cue words (German)', () => {
  it('a finite causative heads an infinitive cue ("ließ … verlauten") and is its verb', () => {
    expect(cueOf('„Wir unterstützen Griechenland“, ließ ein Sprecher aus Washington kurz verlauten.', 'Griechenland')).toBe('ließ verlauten');
    expect(attributionWith(attributionsOf('„Wir unterstützen Griechenland“, ließ ein Sprecher aus Washington kurz verlauten.'), 'Griechenland').speaker?.text).toBe('ein Sprecher aus Washington');
    expect(cueOf('Der Minister ließ verlauten, die Regierung werde handeln.', 'Regierung')).toBe('ließ verlauten');
  });
  it('"zu" as a preposition before the infinitive is no infinitive marker ("lässt sie Folgendes zu ihrer Person erklären: „…“")', () => {
    expect(cueOf('Aktuell lässt sie Folgendes zu ihrer Person erklären: „Ich habe das Abitur nachgeholt.“', 'Abitur')).toBe('lässt erklären');
    // Right before the infinitive it still marks one: "um zu sagen" only announces speech.
    expect(lemmas('Er kam, um zu erklären.')).toEqual([]);
  });
  it('hearsay "ist/war zu hören" before its content clause is an impersonal cue with its copula', () => {
    expect(cueOf('Aus der Regierung ist zu hören, der Milliardär habe die Filme in Auftrag gegeben.', 'Milliardär')).toBe('ist zu hören');
    expect(cueOf('Aus dieser Richtung war zuletzt oft zu hören, man wolle den Freispruch.', 'Freispruch')).toBe('war zu hören');
    // Not without the copula, not after a subject, not when no content follows.
    expect(lemmas('Er kam, um zu hören, was dort geschah.')).toEqual([]);
    expect(lemmas('Im Notruf war der Fahrer zu hören, wie er weinte.')).toEqual([]);
    expect(lemmas('Es ist der Sound der 80er Jahre, der hier zu hören ist.')).toEqual([]);
  });
  it('"hatte es … geheißen" with an adverb between is the impersonal cue with its subject', () => {
    expect(cueOf('Am Vormittag hatte es zunächst geheißen, die Opposition hätte die Demonstration abgesagt.', 'Opposition')).toBe('hatte es geheißen');
    // Not with a subject after the auxiliary: "hatte der Vater ihn Peter geheißen".
    expect(lemmas('Als Kind hatte der Vater ihn immer Peter geheißen, wie den Großvater.')).toEqual([]);
  });
  it('a fronted companion reaches the verb over a long quote after its article ("Von einem „besonders schweren Eingriff …“ spricht …"), not over a title', () => {
    expect(cueOf('Von einem „besonders schweren Eingriff in das Persönlichkeitsrecht“ spricht der Gesetzentwurf.', 'Eingriff')).toBe('Von spricht');
    expect(attributionWith(attributionsOf('Von einem „besonders schweren Eingriff in das Persönlichkeitsrecht“ spricht der Gesetzentwurf.'), 'Eingriff').speaker?.text).toBe('der Gesetzentwurf');
    // A quoted title opens with a capital: the clause starts after it, and 'Von' is no companion of the verb.
    expect(lemmas('Von dem „Gesetz über den Verfassungsschutz in Nordrhein-Westfalen“ sprach der Minister.')).toEqual([]);
  });
  it('a copula with an adjective of certainty or confidence closing its clause is a cue ("war sich … sicher, dass", "ist zuversichtlich, … zu")', () => {
    expect(cueOf('Nach dem Abgleich war sich die Staatsanwaltschaft sicher, dass die Beweismittel ausreichen würden.', 'Beweismittel')).toBe('war sich sicher');
    expect(attributionWith(attributionsOf('Nach dem Abgleich war sich die Staatsanwaltschaft sicher, dass die Beweismittel ausreichen würden.'), 'Beweismittel').speaker?.text).toBe('die Staatsanwaltschaft');
    expect(cueOf('Sie sind sich der Tatsache bewusst, dass die Standard-DVD nicht mehr so zugkräftig ist.', 'Standard-DVD')).toBe('sind sich bewusst');
    expect(cueOf('Islands Regierung ist dennoch zuversichtlich, im Jahre 2012 Mitglied der EU werden zu können.', 'Mitglied')).toBe('ist zuversichtlich');
    // Not the impersonal "es ist sicher" (certainty needs its own "sich"), not an adjective with no content clause.
    expect(lemmas('Nun ist es sicher, dass das Wrack gefunden wurde.')).toEqual([]);
    expect(attributionsOf('Die Lage in der Stadt ist sicher.').attributions).toEqual([]);
  });
  it('an adverb may stand between the words of a companion ("hat sich überraschend bereit erklärt, …"), not the subject', () => {
    expect(cueOf('Wolfgang Gerhardt hat sich überraschend bereit erklärt, auf das Amt des Fraktionsvorsitzenden zu verzichten.', 'Fraktionsvorsitzenden')).toBe('hat sich bereit erklärt');
    expect(cueOf('Der Minister hat sich bereit erklärt, auf das Amt zu verzichten.', 'Amt')).toBe('hat sich bereit erklärt');
    // A name between them is the subject, no adverb: the companion is not taken over it.
    expect(cueOf('Am Montag erklärte sich Merkel bereit, auf das Amt zu verzichten.', 'Amt')).toBe('erklärte');
  });
  it('a modal infinitive with the companion its cue needs before it reports the act, the modal in the cue ("konnten sich darauf einigen, …")', () => {
    expect(cueOf('Sie konnten sich darauf einigen, mit den anderen Gewerkschaften neue Verhandlungen aufzunehmen.', 'Verhandlungen')).toBe('konnten sich darauf einigen');
    // A bare modal infinitive still only announces speech, and so does one without the companion.
    expect(lemmas('Der Minister wollte das nicht bestätigen.')).toEqual([]);
    expect(lemmas('Die Parteien wollen heute einigen.')).toEqual([]);
  });
  it('"steht"/"stand" right before its content clause or quote reports what a document says', () => {
    expect(cueOf('In einem Jahresbericht des Ministeriums steht, dass die meisten Fälle gelöst wurden.', 'Fälle')).toBe('steht');
    expect(cueOf('An jedem Gerät klebte ein Zettel, auf dem stand: „Das Abhören ausländischer Sender ist ein Verbrechen.“', 'Abhören')).toBe('stand');
    // Not a particle verb or an idiom before a 'dass' clause.
    expect(lemmas('Jetzt steht fest, dass die Abnahme nicht erfolgen kann.')).toEqual([]);
    expect(lemmas('Der Punkt steht in Zusammenhang mit der Tatsache, dass ein Anschlag geplant war.')).toEqual([]);
  });
  it('the reflexive of "sich fragen" belongs to the cue ("„…?“ fragen sich Experten")', () => {
    expect(cueOf('Denn: „Wozu sollte die Organisation existieren, wenn sie nichts beschließen kann?“ fragen sich Experten.', 'Organisation')).toBe('fragen sich');
    expect(cueOf('„Wie geht es weiter?“, fragte der Minister.', 'weiter')).toBe('fragte');
  });
  it('"herausstreichen" reports ("„…“, strich Romney heraus")', () => {
    expect(cueOf('„Ich trete an als ein konservativer Republikaner“, strich Romney in Arbutus heraus.', 'Republikaner')).toBe('strich heraus');
  });
  it('a capitalized determiner inside the sentence is a noun, the verb after it a verb ("Des Weiteren verwies er")', () => {
    expect(cueOf('Des Weiteren verwies Steinbrück darauf, dass der Haushalt verfassungskonform sei.', 'Haushalt')).toBe('verwies darauf');
    // An article before a participle still makes it an adjective.
    expect(lemmas('Die bestätigte Zahl der Opfer stieg.')).toEqual([]);
  });
  it('a verb form that is also a determiner, before a word, is the determiner ("weigerten sich einige Polizisten")', () => {
    expect(lemmas('Vereinzelt weigerten sich einige Polizisten, gegen die Demonstranten vorzugehen.')).toEqual([]);
    expect(lemmas('Die Parteien einigten sich darauf, die Steuern zu senken.')).toEqual(['einigen']);
  });
});

describe('verb forms and uses that report nothing', () => {
  it('"äußerst" is the adverb, not "du äußerst"', () => {
    expect(lemmas('Beide Parteien liegen äußerst nahe beieinander, die PSOE habe einen kleinen Vorsprung.')).toEqual([]);
    expect(lemmas('Er äußerte, die PSOE habe einen kleinen Vorsprung.')).toEqual(['äußern']);
  });
  it('"verurteilen" with a sentence (Haft, Strafe, wegen) is the court\'s, not a condemnation', () => {
    expect(lemmas('Die Angeklagten wurden zu zwölf Jahren Haft verurteilt, weil sie Anschläge geplant hätten.')).toEqual([]);
    expect(lemmas('Die Regierung verurteilte den Anschlag als hinterhältig.')).toEqual(['verurteilen']);
  });
  it('a naming verb with "sich" or "man" gives a name', () => {
    const text = 'Das Bündnis, das sich selbst „Allianz zur Europäischen Integration“ nennt, kam auf 57 Sitze.';
    expect(attributionsOf(text).attributions.filter((a) => a.cue !== null)).toEqual([]);
    expect(attributionsOf('Sie verdreifacht die Menge der Aktien. Dies nennt man einen „Aktiensplit“.').attributions.filter((a) => a.cue !== null)).toEqual([]);
    // Also when the name is a long quote the clause of the verb starts after.
    const long = 'Die Junta, die sich selbst „Rat für Demokratische Reform unter der Konstitutionellen Monarchie“ nennt, will bleiben.';
    expect(attributionsOf(long).attributions.filter((a) => a.cue !== null)).toEqual([]);
    // Without the reflexive the verb still names what someone said: "Er nannte das einen „…“".
    expect(lemmas('Der Präsident nannte den Plan einen „Angriff auf die Demokratie und die Verfassung des Landes“.')).toEqual(['nennen']);
  });
  it('"bezeichnen" with a name or term as its subject denotes, it reports nothing', () => {
    expect(lemmas('Der Name Ubuntu bedeutet etwa „Menschlichkeit“ und bezeichnet eine afrikanische Philosophie.')).toEqual([]);
    expect(lemmas('Der Minister bezeichnete den Plan als Fehler.')).toEqual(['bezeichnen']);
  });
  it('"als … bekannt werden" gives a name ("wurde als „Polizistenmord von Heilbronn“ bekannt"); "Als bekannt wurde, dass" still reports', () => {
    expect(lemmas('Der Fall wurde überregional als „Polizistenmord von Heilbronn“ bekannt.')).toEqual([]);
    expect(lemmas('Als bekannt wurde, dass der Minister zurücktritt, fiel der Kurs.')).toEqual(['bekanntwerden']);
  });
  it('"nachdenken" takes its particle and the correlative "darüber" ("denken darüber nach, …"), not "denken" alone', () => {
    expect(cueOf('Die Vereinigten Staaten denken darüber nach, Eisbären auf die Liste bedrohter Arten zu setzen.', 'Eisbären')).toBe('denken darüber nach');
    expect(cueOf('Er denkt, dass die Lage ernst ist.', 'Lage')).toBe('denkt');
  });
  it('a relative pronoun after a comma with a form and no noun after it opens a relative clause with a verb ("…, der sagte, man dürfe …")', () => {
    expect(cueOf('Dem entgegen steht die Aussage von Reinhard Bütikofer, der sagte, man dürfe nicht so tun.', 'tun')).toBe('sagte');
    // An article before its noun still makes the form an adjective: "…, die erklärten Ziele der Partei".
    expect(lemmas('Er nannte Gründe, die erklärten Ziele der Partei seien erreicht.')).not.toContain('erklären');
  });
  it('an inflected form between an article with an adverb and its noun is an adjective ("dem neu formulierten Grundrecht")', () => {
    expect(lemmas('Mit dem neu formulierten Grundrecht soll eine Lücke geschlossen werden.')).toEqual([]);
    // A pronoun between a relative pronoun and the verb leaves the verb: "die er erklärte".
    expect(lemmas('Es gab Gründe, die er gestern Journalisten erklärte.')).toEqual(['erklären']);
  });
  it('a modal of hearsay before a perfect infinitive belongs to the cue ("soll … gesagt haben")', () => {
    expect(cueOf('Wie die Zeitung veröffentlichte, soll Anelka zu Domenech gesagt haben: „Das mache ich nicht.“', 'mache')).toBe('soll gesagt haben');
    expect(cueOf('Er hat gesagt, er komme.', 'komme')).toBe('hat gesagt');
  });
});

describe('reporting verbs that need a content clause', () => {
  it('aussagen, erwähnen, bekunden, einschränken, entgegensetzen report their dass clause', () => {
    expect(cueOf('Jugendliche haben gegenüber der Zeitung ausgesagt, dass Paris das Vorbild sei.', 'Vorbild')).toBe('haben ausgesagt');
    expect(cueOf('Der Hacker erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.', 'Quellcode')).toBe('erwähnte');
    expect(cueOf('Anonymous bekundete, dass die Daten leicht zugänglich gewesen seien.', 'Daten')).toBe('bekundete');
    expect(cueOf('Ein Sprecher schränkte dies jedoch dahingehend ein, dass nicht an ein Treffen gedacht sei.', 'Treffen')).toBe('schränkte ein');
    expect(cueOf('CDU und FDP setzten dem entgegen, dass es die Entscheidung der Investoren sei.', 'Investoren')).toBe('setzten entgegen');
  });
  it('without a content clause they report nothing', () => {
    expect(attributionsOf('Der Versender bekundete auf Nachfrage seine Sympathie für die Taliban.').attributions).toEqual([]);
  });
});

describe('a quote with an intro before its colon and its own cue after it', () => {
  it('the inverted cue right after the quote attributes it, not the verb of the intro', () => {
    const text = 'Zuvor hatte Gaddafi mit Gewalt gedroht: „Alle Schiffe im Mittelmeer werden zu Zielen der Vergeltung“, sagte Gaddafi.';
    expect(cueOf(text, 'Alle Schiffe')).toBe('sagte');
    expect(cueOf('Wagner bat den Papst um die Rücknahme: „Ich bin zu dem Entschluss gekommen, um Rücknahme zu bitten“, heißt es in einer Erklärung.', 'Entschluss'))
      .toBe('heißt es');
  });
  it('without a cue after it the intro keeps the quote', () => {
    expect(cueOf('Zuvor hatte Gaddafi mit Gewalt gedroht: „Alle Schiffe im Mittelmeer werden zu Zielen der Vergeltung.“', 'Alle Schiffe'))
      .toBe('hatte gedroht');
  });
  it('the source of a trailing "heißt es" is not read inside the quote before it', () => {
    const doc = attributionsOf('„Angesichts der Kritik bin ich im Gebet zu dem Entschluss gekommen“, heißt es in einer gestern verbreiteten Erklärung.');
    expect(attributionWith(doc, 'Entschluss').speaker?.text ?? null).not.toBe('Gebet');
  });
});

describe('initials written with dots', () => {
  it('"B.N. Suresh" ends no sentence; the name stays whole in the speaker', () => {
    const doc = attributionsOf('Laut dem Direktor B.N. Suresh soll in drei Monaten der erste Bodentest stattfinden.');
    expect(doc.sentences).toHaveLength(1);
    const a = attributionWith(doc, 'Bodentest');
    expect(a.speaker?.text).toBe('dem Direktor B.N. Suresh');
    expect(a.content.text).toBe('soll in drei Monaten der erste Bodentest stattfinden');
  });
  it('"C.Y. Leung" after a verb cue ends no clause: the verb finds its subject and content', () => {
    const a = attributionWith(attributionsOf('Gestern sagte C.Y. Leung, dass die Proteste keine Revolution seien.'), 'Revolution');
    expect(a.cue?.text).toBe('sagte');
    expect(a.speaker?.text).toBe('C.Y. Leung');
    const sub = attributionWith(attributionsOf('Als der Regierungschef C.Y. Leung am Sonntag sagte, dass die Proteste keine Revolution seien, lachten alle.'), 'Revolution');
    expect(sub.speaker?.text).toBe('der Regierungschef C.Y. Leung');
  });
});

describe('quotes joined by "und"/"oder" to a quote a cue attributes', () => {
  it('take the same cue and speaker, before or after it', () => {
    const text = 'Sie schrieben Parolen wie „Wir werden Euch alle verbrennen“ und „Wir werden unsere Vergeltung haben“ an die Wand.';
    expect(cueOf(text, 'Vergeltung')).toBe('schrieben');
    expect(attributionWith(attributionsOf(text), 'Vergeltung').speaker?.text).toBe('Sie');
    const chant = 'Die Demonstranten skandierten Parolen wie „Stoppt den Überwachungswahn“ oder „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“.';
    expect(cueOf(chant, 'Überwachungswahn')).toBe('skandierten');
    expect(cueOf(chant, 'sinnlos')).toBe('skandierten');
  });
  it('each quote is an attribution of its own, its content the quote alone', () => {
    const doc = attributionsOf('Sie schrieben Parolen wie „Wir werden Euch alle verbrennen“ und „Wir werden unsere Vergeltung haben“ an die Wand.');
    expect(doc.attributions.map((a) => [a.kind, a.content.text])).toEqual([
      ['direct', '„Wir werden Euch alle verbrennen“'], ['direct', '„Wir werden unsere Vergeltung haben“'],
    ]);
  });
});

describe('"letztere"/"erstere" as a speaker pronoun', () => {
  it('is the speaker after "so" ("„…“, so letztere.")', () => {
    const text = '„Während wir den Sommer genießen, geht das Elend weiter.“, so letztere.';
    expect(attributionWith(attributionsOf(text), 'Elend').speaker?.text).toBe('letztere');
    expect(cueOf(text, 'Elend')).toBe('so');
  });
});

describe('an impersonal cue with its source in a fronted phrase', () => {
  it('reads the source after a preposition fused with its article and an adjective ("Im letzten Satz der Anordnung")', () => {
    const text = 'Im letzten Satz der Anordnung, die Twitter am Dienstag zugestellt wurde, heißt es: „Twitter darf die Existenz dieser Entscheidung nicht offenlegen.“';
    expect(attributionWith(attributionsOf(text), 'Existenz').speaker?.text).toBe('letzten Satz der Anordnung');
  });
});

describe('a quote after the colon that closes a content clause', () => {
  it('takes the cue and speaker of the main clause, not of a cue inside the content clause', () => {
    const text = 'Er glaubt weiterhin, dass das Team gestärkt aus der Saison hervorgegangen sei: „Wir haben gelernt, noch bescheidener zu sein.“';
    expect(cueOf(text, 'bescheidener')).toBe('glaubt');
    expect(attributionWith(attributionsOf(text), 'bescheidener').speaker?.text).toBe('Er');
  });
  it('so does an indirect question after "heißt es"', () => {
    const text = 'Auf der Homepage heißt es zur Begründung, warum man sich für dieses Bild entschieden hat: „Die Striche zeigen die Zahl zwölf.“';
    expect(cueOf(text, 'Striche')).toBe('heißt es');
  });
});

describe('a quote opening the sentence before a cue that reports a clause after it', () => {
  it('takes the same cue and speaker', () => {
    const text = '„Jetzt ist es noch außergewöhnlicher“, schrieb die in New York geborene Lopez, die den Auftritt kaum erwarten könne.';
    const doc = attributionsOf(text);
    expect(cueOf(text, 'außergewöhnlicher')).toBe('schrieb');
    expect(attributionWith(doc, 'außergewöhnlicher').speaker?.text).toBe('die in New York geborene Lopez');
    expect(cueOf(text, 'Auftritt')).toBe('schrieb');
  });
});

describe('a cue between two clauses in the reported mood', () => {
  it('reports both: the clause before it takes the same cue and speaker', () => {
    const text = 'Sie sei geschockt über die Tat, sagte die Königin, ihre Gedanken seien bei den Familien der Opfer.';
    const doc = attributionsOf(text);
    expect(cueOf(text, 'geschockt')).toBe('sagte');
    expect(attributionWith(doc, 'geschockt').speaker?.text).toBe('die Königin');
    expect(attributionWith(doc, 'geschockt').content.text).toBe('Sie sei geschockt über die Tat');
    expect(cueOf(text, 'Gedanken')).toBe('sagte');
  });
  it('leaves a clause in the indicative before the cue to the author', () => {
    const text = 'Die Tat geschah am Abend, sagte die Königin, ihre Gedanken seien bei den Familien der Opfer.';
    expect(attributionsOf(text).attributions.filter((a) => a.content.text.includes('Abend'))).toEqual([]);
  });
});

describe('a cue inside a fronted adverbial clause', () => {
  it('does not report the main clause that resumes after it with its finite verb', () => {
    const doc = attributionsOf('Obwohl Steinbrück mit Steuermehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt.');
    expect(doc.attributions.filter((a) => a.cue !== null)).toEqual([]);
  });
  it('still reports its own content clause before the main clause', () => {
    expect(cueOf('Als der Minister erklärte, er trete zurück, war die Überraschung groß.', 'trete zurück')).toBe('erklärte');
    expect(cueOf('Wie die Polizei mitteilte, sei der Mann festgenommen worden.', 'festgenommen')).toBe('Wie mitteilte');
  });
});

describe('the predicate of a judging verb with the correlative "es"', () => {
  it('joins the cue ("sah es als erwiesen an, dass …", "betrachten es als wichtiger, dass …")', () => {
    expect(cueOf('Das Gericht sah es als erwiesen an, dass die Täter Anschläge verüben wollten.', 'Anschläge')).toBe('sah es als erwiesen an');
    expect(cueOf('Die Befürworter betrachten es als wichtiger, dass der Kandidat die Partei repräsentiert.', 'Kandidat')).toBe('betrachten es als wichtiger');
  });
  it('not a predicate of an object, nor a phrase opened by an article', () => {
    expect(cueOf('Die Befehlshaber halten einen Abzug für immer unwahrscheinlicher, da die Armee nicht bereit sei.', 'Armee')).toBe('halten für');
    expect(cueOf('Das Gericht sah es als die Aufgabe der Polizei an, die Täter zu fassen.', 'Täter')).not.toContain('die Aufgabe');
  });
});

describe('an adverb ending in a particle word closes no separable verb', () => {
  it('"immer wieder", "nach wie vor" leave the finite verb a cue', () => {
    expect(cueOf('Die Regierung beschuldigt die Rebellen immer wieder, Gelder aus dem Iran zu erhalten.', 'Gelder')).toBe('beschuldigt');
    expect(cueOf('Die Partei fordert nach wie vor, die Steuern zu senken.', 'Steuern')).toBe('fordert');
    // A real particle still makes another verb: "sprachen ihn frei".
    expect(lemmas('Die Richter sprachen ihn frei.')).toEqual([]);
  });
});

describe('verbs of intending, weighing and endorsing', () => {
  it('report their content clause', () => {
    expect(cueOf('80 Prozent befürworteten, dass Abgeordnete ihre Altersversorgung selbst regeln müssen.', 'Altersversorgung')).toBe('befürworteten');
    expect(cueOf('Die NASA-Verantwortlichen überlegten kurz, den Shuttle zurück zu transportieren.', 'Shuttle')).toBe('überlegten');
    expect(cueOf('Die Gruppe hatte den Behörden angeboten, den Giftmüll zu entsorgen.', 'Giftmüll')).toBe('hatte angeboten');
    expect(cueOf('Sie hatte mit anderen darüber diskutiert, ob Island Asyl gewähren sollte.', 'Asyl')).toBe('hatte diskutiert');
  });
  it('report nothing without one, and "überlegen" is also the adjective "superior"', () => {
    expect(attributionsOf('Die Armee ist der anderen technisch überlegen, sagte er nicht.').attributions.some((a) => a.cue?.text === 'überlegen')).toBe(false);
    expect(attributionsOf('So befürwortet sie die Wiedereinführung der Todesstrafe.').attributions).toEqual([]);
  });
});

describe('expectations', () => {
  it("'erwarten' and 'wissen' are no reporting verbs, 'hoffen' is", () => {
    expect(lemmas('Er erwartet, dass die Preise bald steigen.')).not.toContain('erwarten');
    expect(lemmas('Niemand weiß, ob die Preise bald steigen.')).not.toContain('wissen');
    expect(lemmas('Die Regierung rechnet damit, dass die Preise bald steigen.')).not.toContain('rechnen');
    expect(lemmas('Die Agentur verbreitete die Nachricht, dass die Preise bald steigen.')).not.toContain('verbreiten');
    expect(cueOf('Er hofft, dass die Preise bald sinken.', 'Preise')).toBe('hofft');
  });
});

describe("the consequence 'so'", () => {
  it("'so' before an auxiliary, modal or copula opens no source; before a reporting verb or a name it does", () => {
    expect(lemmas('Der Verkehr war stark behindert, so wurde der Hafen in Varna geschlossen.')).not.toContain('so');
    expect(lemmas('Wird bis 2011 kein Haushalt verabschiedet, so werden die monatlichen Ausgaben begrenzt.')).not.toContain('so');
    expect(lemmas('Die Preise steigen weiter, so der Sprecher des Ministeriums.')).toContain('so');
    expect(cueOf('Die Preise steigen weiter, so sagte der Sprecher des Ministeriums.', 'Preise')).toBe('so sagte');
  });
});

describe('a colon intro with a word of quoting', () => {
  it('takes an adverb of quoting after the name as the cue ("Koppelin wörtlich:")', () => {
    const a = attributionWith(attributionsOf('Der Politiker kritisierte die Regierung. Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“'), 'Tasche');
    expect(a.cue?.text).toBe('wörtlich');
    expect(a.speaker?.text).toBe('Koppelin');
  });
  it('takes a noun of quoting opening the intro as the cue and the rest as the speaker ("Zitat von Schröder:")', () => {
    const a = attributionWith(attributionsOf('Zitat von Schröder: „Wir haben etwas erreicht, was viele für unmöglich gehalten haben.“'), 'erreicht');
    expect(a.cue?.text).toBe('Zitat');
    expect(a.speaker?.text).toBe('von Schröder');
  });
  it('keeps the colon as the cue of a bare name', () => {
    expect(attributionWith(attributionsOf('Lawrow: „Das ist falsch.“'), 'falsch').cue?.text).toBe(':');
  });
});

describe('"so" after a comma', () => {
  it('is no attribution before an auxiliary or copula (a consequence) or as a quantifier', () => {
    expect(lemmas('Die Schiffe konnten nicht auslaufen, so wurde der Hafen gesperrt.')).not.toContain('so');
    expect(lemmas('Wird kein Haushalt verabschiedet, so werden die Ausgaben gekürzt.')).not.toContain('so');
    expect(lemmas('Die Strecke war schwierig, so mancher Reifen musste gewechselt werden.')).not.toContain('so');
  });
  it('still attributes before its source or a verb of saying', () => {
    expect(lemmas('Der Plan sei gescheitert, so der Minister.')).toContain('so');
    expect(lemmas('Der Plan sei gescheitert, so glaubt der Minister.')).toContain('so');
  });
});

describe('"nach" before a noun phrase', () => {
  it('needs a source noun as the head of its phrase', () => {
    expect(lemmas('Das Auktionshaus hat am Dienstag nach Börsenschluss die Zahlen für das Quartal vorgelegt.')).not.toContain('nach');
    expect(lemmas('Nach Angaben der Polizei wurde niemand verletzt.')).toContain('nach');
    expect(lemmas('Nach Schäubles Idee soll der Bundesrat mit einfacher Mehrheit entscheiden.')).toContain('nach');
  });
  it('tells the time with an event noun and the definite article', () => {
    expect(lemmas('Nach der Veröffentlichung kam es zu Demonstrationen gegen die Regierung.')).not.toContain('nach');
    expect(lemmas('Nach der Nachricht vom Rücktritt stiegen die Kurse um sieben Prozent.')).not.toContain('nach');
    expect(lemmas('Nach einer Veröffentlichung im Magazin „Nature“ sind die Proben verunreinigt.')).toContain('nach');
  });
});

describe('a passive infinitive', () => {
  it('after a modal or with "zu" reports nothing ("muss noch bestätigt werden"); a finite passive still does', () => {
    expect(lemmas('Die Entscheidung muss noch von der Generalversammlung bestätigt werden, im Dezember soll er sein Amt antreten.')).not.toContain('bestätigen');
    expect(lemmas('Gillibrand muss sich der Wahl stellen, um für die restliche Amtszeit bestätigt zu werden.')).not.toContain('bestätigen');
    expect(lemmas('Es wurde bestätigt, dass der Minister zurücktritt.')).toContain('bestätigen');
  });
});

describe("'Plan' and 'Stand' as source nouns", () => {
  it("'Nach einem Plan der …', 'Nach dem Stand der …' name a source; the verb 'stand' before 'nach dem' does not", () => {
    expect(cueOf('Nach einem Plan der Europäischen Union müssen alle Staaten Konzepte vorlegen.', 'Konzepte')).toBe('Nach');
    expect(cueOf('Nach dem Stand der gegenwärtigen Vorüberlegungen soll zunächst mit kleinen Teams begonnen werden.', 'Teams')).toBe('Nach');
    expect(lemmas('Die Mannschaft stand nach dem Spiel auf dem dritten Platz.')).toEqual([]);
  });
});

describe("a name's initial in an apposition", () => {
  it('the dot of "Larry A. Silverstein" ends no clause: the auxiliary or particle across the apposition still makes the cue', () => {
    expect(cueOf('Gestern hatte der Investor, Larry A. Silverstein, gesagt, er wolle nicht mehr bauen.', 'bauen')).toBe('hatte gesagt');
    expect(cueOf('Gestern teilte der Direktor, Bagus A. Puruhito, mit, es gebe keine Gefahr.', 'Gefahr')).toBe('teilte mit');
  });
});

describe("'so' with its verb before an adverb", () => {
  it('", so betont auch die Polizei," reads the subject after the adverb; "so auch X" without a verb reports nothing', () => {
    const found = attributionWith(attributionsOf('Tatsächlich, so betont auch die ermittelnde Polizei, ist dies keine zutreffende Darstellung.'), 'Darstellung');
    expect(found.speaker?.text).toBe('die ermittelnde Polizei');
    expect(attributionsOf('Viele Deutsche waren deportiert worden, so auch die Mutter der Autorin.').attributions.some((a) => a.cue?.text.startsWith('so'))).toBe(false);
  });
});

describe("'nach wie vor'", () => {
  it('the adverb ("still") names no source, even before a source noun', () => {
    expect(lemmas('Es stehen aber nach wie vor offizielle Paketquellen für diesen Prozessortyp bereit.')).not.toContain('nach');
    expect(lemmas('Nach Angaben der Polizei stehen offizielle Quellen bereit.')).toContain('nach');
  });
});

describe('computing verbs', () => {
  it('"errechnen" and "ausrechnen" report their content clause', () => {
    expect(cueOf('Für Lübeck hat Ryanair ausgerechnet, dass pro Fluggast etwa 90 Euro ausgegeben werden.', 'Fluggast')).toBe('hat ausgerechnet');
    expect(cueOf('Die Wahlkampfhelfer errechneten, dass beide Kandidaten gleiche Stimmenanteile erreichten.', 'Stimmenanteile')).toBe('errechneten');
  });
});

describe('a view of the speaker or the addressee', () => {
  it('"meiner Meinung nach", "Ihrer Meinung nach" inside the sentence name no source; "Ihrer Ansicht nach" opening it may', () => {
    expect(lemmas('Kim war meiner Meinung nach gut darin.')).not.toContain('nach');
    expect(lemmas('Dann sind die Vorschläge Ihrer Meinung nach verfassungswidrig.')).not.toContain('nach');
    expect(lemmas('Ihrer Ansicht nach sei das Gesetz verfassungswidrig.')).toContain('nach');
    expect(lemmas('Das Gesetz ist nach Ansicht der Ministerin verfassungswidrig.')).toContain('nach');
  });
});

describe('the field before a verb that has an object', () => {
  it('an ordinal of three digits after an article or possessive ends no sentence ("seines 100. Geburtstages")', () => {
    const doc = attributionsOf('In einem Essay, das anlässlich seines 100. Geburtstages veröffentlicht wurde, kritisierte er den Politikstil des Präsidenten.');
    expect(doc.sentences).toHaveLength(1);
    // The relative clause is no content of the verb.
    expect(doc.attributions.some((a) => a.content.text.includes('veröffentlicht'))).toBe(false);
    // A year after a noun still ends its sentence.
    expect(attributionsOf('Das war im Jahr 2005. Der Mann kam.').sentences).toHaveLength(2);
  });
  it('a name with a relative clause holding a scare quote is the subject, not content ("Ulla Jelpke, die … „Gestapo-Vergleich“ …, kritisierte")', () => {
    const doc = attributionsOf('Ulla Jelpke, die mit einem sogenannten „Gestapo-Vergleich“ für Schlagzeilen gesorgt hatte, kritisierte die Entscheidung der Fraktionsspitze.');
    expect(doc.attributions.some((a) => a.content.text.includes('Schlagzeilen'))).toBe(false);
    // Content before an inverted cue stays: "Die Lage sei ernst, sagte er."
    expect(attributionWith(attributionsOf('Die Lage sei ernst, sagte Ulla Jelpke.'), 'ernst').content.text).toBe('Die Lage sei ernst');
  });
  it('a noun phrase opening with an adverb or adjective, with its relative clause, is the subject, not content ("Auch offizielle Statistiken, auf die …, bekräftigen")', () => {
    const statistics = attributionsOf('Auch offizielle Statistiken, auf die im Bericht hingewiesen wird, bekräftigen die niedrige Aufklärungsquote.');
    expect(statistics.attributions.some((a) => a.content.text.includes('hingewiesen'))).toBe(false);
    const polls = attributionsOf('Jüngste Umfragen, in denen die Wähler befragt wurden, bestätigen einen knappen Ausgang.');
    expect(polls.attributions.some((a) => a.content.text === 'Jüngste Umfragen, in denen die Wähler befragt wurden')).toBe(false);
    // A clause with its own verb before the comma stays the content: "Die Firma meldete Verluste, die …, sagte er."
    expect(attributionWith(attributionsOf('Die Firma meldete Verluste, die alle überraschten, sagte er.'), 'Verluste').content.text)
      .toBe('Die Firma meldete Verluste, die alle überraschten');
  });
});

describe('an alternative value after a comma', () => {
  it('"nach anderen Angaben 110 Kilometern" (a number with its unit, no verb) is no claim', () => {
    const doc = attributionsOf('Das Fahrzeug hat eine Reichweite von 100, nach anderen Angaben 110 Kilometern.');
    expect(doc.attributions.filter((a) => a.cue !== null)).toEqual([]);
    // A clause after the comma stays: "…, nach Angaben der Polizei wurden zwei Menschen verletzt."
    expect(attributionWith(attributionsOf('Die Lage ist ruhig, nach Angaben der Polizei wurden zwei Menschen verletzt.'), 'verletzt').cue?.text).toBe('nach');
  });
});

describe('a demonstrative before a finite form', () => {
  it('a form that is no participle with an ending is a verb after "Das" ("Das sagte Merkel am Montag"); "Das erklärte Ziel" stays an adjective', () => {
    expect(attributionWith(attributionsOf('Die Lage ist ernst. Das sagte Merkel am Montag.'), 'Lage').cue?.text).toBe('sagte');
    expect(lemmas('Die Lage ist ernst. Das erklärte Ziel der Regierung ist ein anderes.')).toEqual([]);
  });
  it('a form that is also a participle with an ending is the verb before a capitalized word when no other finite verb follows in its clause', () => {
    const doc = attributionsOf('Die Junta will an der Macht bleiben. Das erklärte General Winai Phattiyakul am Montag gegenüber ausländischen Diplomaten.');
    const found = attributionWith(doc, 'Junta');
    expect(found.cue?.text).toBe('erklärte');
    expect(found.speaker?.text).toBe('General Winai Phattiyakul');
    // A finite verb later in the clause leaves the form an adjective of its noun.
    expect(lemmas('Die Lage ist ernst. Das erklärte Ziel wurde nicht erreicht.')).toEqual([]);
    expect(lemmas('Die Lage ist ernst. Das bestätigte Ergebnis liegt vor.')).toEqual([]);
    expect(lemmas('Die Lage ist ernst. Das bestätigte Ergebnis stimmt.')).toEqual([]);
  });
  it('a verb of denial does not report the sentence its demonstrative stands for ("Das lehnte Abhisit jedoch ab")', () => {
    const doc = attributionsOf('Die Lage in der Hauptstadt ist ruhig. Das lehnte Abhisit jedoch ab.');
    expect(doc.attributions.some((a) => a.content.text.includes('Hauptstadt'))).toBe(false);
    expect(attributionWith(attributionsOf('Die Lage in der Hauptstadt ist ruhig. Das berichtete die Zeitung.'), 'Hauptstadt').cue?.text).toBe('berichtete');
  });
});

describe("'zu Folge', the older spelling of 'zufolge'", () => {
  it('is a postposed source cue like zufolge', () => {
    expect(cueOf('Die Spieler, die sich Gerüchten zu Folge vom Verein lossagen wollen, werden behindert.', 'lossagen')).toBe('zu Folge');
    const found = attributionWith(attributionsOf('Die Spieler, die sich Gerüchten zu Folge vom Verein lossagen wollen, werden behindert.'), 'lossagen');
    expect(found.speaker?.text).toBe('Gerüchten');
  });
});

describe("'feiern' and 'rechtfertigen' with 'als' name what they praise or defend", () => {
  it('are cues with their predicative quote, and report nothing without "als"', () => {
    const text = 'Eine ultranationalistische Organisation feierte die Absage dagegen als „großen Erfolg für das normale Serbien“.';
    expect(cueOf(text, 'Serbien')).toBe('feierte als');
    expect(attributionWith(attributionsOf(text), 'Serbien').speaker?.text).toBe('Eine ultranationalistische Organisation');
    expect(cueOf('Das Ministerium rechtfertigte die Aktion als „defensiver Natur“.', 'defensiver')).toBe('rechtfertigte als');
    expect(lemmas('Die Fans feierten den Sieg bis in die Nacht.')).toEqual([]);
    expect(lemmas('Er rechtfertigte den Angriff nicht.')).toEqual([]);
  });
});

describe("'zurückweisen', 'begrüßen' and 'beurteilen' take their 'als' predicate into the cue", () => {
  it('as gold annotates them with the quoted label', () => {
    expect(cueOf('Die Ministerin wies dies am Rande einer Tagung als „Unverschämtheit“ zurück.', 'Unverschämtheit')).toBe('wies als zurück');
    expect(cueOf('Der Präsident begrüßte den Beschluss als „wesentlichen Schritt für die Hochschulen“.', 'Hochschulen')).toBe('begrüßte als');
    expect(cueOf('Als „verpasste Chance“ beurteilte der Geschäftsführer das Pontifikat.', 'Chance')).toBe('Als beurteilte');
  });
});

describe('a quote in the subject before a naming verb', () => {
  it('is not the content when a quote follows the verb', () => {
    const doc = attributionsOf('Ein nicht genannter Vertreter der „con energy ag“ bezeichnet ihre Investition von 5,57 Prozent als „strategisch“ und nimmt dabei Bezug auf das Elektroauto.');
    expect(doc.attributions.find((a) => a.cue?.text.startsWith('bezeichnet'))?.content.text).toBe('„strategisch“');
  });
});

describe("'klarmachen' (separable, like 'klarstellen')", () => {
  it('is a cue with its particle before its content clause', () => {
    expect(cueOf('Das Gericht machte klar, dass die Klage unbegründet sei.', 'Klage')).toBe('machte klar');
  });
});
