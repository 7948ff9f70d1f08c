import { describe, expect, it } from 'vitest';
import { tokenizeParagraph } from '../../../src/extract/stages/tokenize-paragraph.js';
import { extractClaims } from '../../../src/extract/index.js';
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
  it('a weak preterite right after a relative pronoun and before a comma or colon is the verb of the relative clause', () => {
    expect(attribute('Dem entgegen steht die Aussage eines Sprechers, der sagte, man dürfe nicht so tun.', 'dürfe'))
      .toMatchObject({ cue: 'sagte', speaker: 'der', content: 'man dürfe nicht so tun' });
    const doc = attributionsOf('Die erklärte Absicht der Regierung, die erklärte Gegnerin der Reform zu sein, blieb.', 'de');
    expect(doc.attributions.some((a) => a.cue?.text === 'erklärte')).toBe(false);
  });
  it('a quoted predicate of a naming verb in a relative clause is its words, the relative pronoun its speaker', () => {
    expect(attribute('Der Führer, der zunächst den Wahlsieg als „Fest“ bezeichnete, ordnete eine Untersuchung an.', 'Fest'))
      .toMatchObject({ speaker: 'der', content: '„Fest“' });
  });
  it('a verb cue closing a relative clause does not report the enclosing clause that goes on after its comma', () => {
    const doc = attributionsOf('Die Journalisten, die sich dem Ausstand angeschlossen hatten, brachen diesen inzwischen ab.', 'de');
    expect(doc.attributions.some((a) => a.cue?.text.includes('angeschlossen'))).toBe(false);
    const res = attributionsOf('In dieser Resolution, die vom Rat angenommen wurde, heißt es, dass es Fortschritte gegeben habe.', 'de');
    expect(res.attributions.some((a) => a.cue?.text.includes('angenommen'))).toBe(false);
    expect(attribute('Entscheidend war die Aussage eines Jungen, der angab, von dem Mann missbraucht worden zu sein.', 'Mann'))
      .toMatchObject({ cue: 'angab', content: 'von dem Mann missbraucht worden zu sein' });
  });
  it('a relative clause on the noun after the cue is no content when a content clause follows its comma', () => {
    expect(attribute('Hartmann schrieb in einer Erklärung, die auf ihrer Homepage veröffentlicht wurde, sie wolle sich das ersparen.', 'ersparen'))
      .toMatchObject({ cue: 'schrieb', content: 'sie wolle sich das ersparen' });
    expect(attribute('Der Sprecher sagte, die SPLA werde nicht vergelten, es sei Sache der UN.', 'SPLA').content)
      .toBe('die SPLA werde nicht vergelten, es sei Sache der UN');
  });
  it('a relative clause on the object after the cue is no content without a Konjunktiv I or a content clause of its own', () => {
    const blogs = attributionsOf('Der Richter kritisiert dafür scharf Internetforen und Blogs, in denen die Rechte aller Beteiligten „mit Füßen getreten“ wurden.', 'de');
    expect(blogs.attributions.some((a) => a.content.text.startsWith('in denen'))).toBe(false);
    const lands = attributionsOf('Zapatero verwies dagegen auf die Zusammenarbeit mit den Ländern, aus denen die meisten Einwanderer kämen, um das Problem zu lösen.', 'de');
    expect(lands.attributions.some((a) => a.content.text.startsWith('aus denen'))).toBe(false);
    // A Konjunktiv I makes the relative clause the speaker's claim; an article before an attribute is no relative pronoun.
    expect(attribute('Die Unterstützer verwiesen auf die Verantwortung, die man gegenüber den künftigen Generationen wahrnehmen müsse.', 'Generationen').content)
      .toBe('die man gegenüber den künftigen Generationen wahrnehmen müsse');
    expect(attribute('Colomer empfahl dem Gericht, der vor zwei Jahren angestrengten Klage der Kommission stattzugeben.', 'Klage').content)
      .toBe('der vor zwei Jahren angestrengten Klage der Kommission stattzugeben');
    // (A content clause after its comma keeps the attribution.)
    expect(attribute('Dann beschloss der Pilot, der seit 44 Jahren Maschinen dieses Typs fliegt, die Maschine notzulanden.', 'notzulanden'))
      .toMatchObject({ cue: 'beschloss', content: expect.stringMatching(/die Maschine notzulanden$/) });
  });
  it('a comparison opened by wie after the object is no reported question', () => {
    const change = attributionsOf('Das Gericht weist auf den Wandel in der Nutzung von Computern hin, wie er früher nicht vorhergesehen werden konnte.', 'de');
    expect(change.attributions.some((a) => a.content.text.startsWith('wie er'))).toBe(false);
    const like = attributionsOf('Timoschenko bestreitet den Vorwurf und sieht, wie viele westliche Länder, politische Gründe für das Urteil.', 'de');
    expect(like.attributions.some((a) => a.content.text.startsWith('wie viele'))).toBe(false);
    // A reported question stays: with its own verb, or with a Konjunktiv I after the pronoun.
    expect(attribute('Die Zeugen berichteten, wie viele Menschen verletzt wurden.', 'verletzt').content).toBe('wie viele Menschen verletzt wurden');
    expect(attribute('Der Minister erklärte, wie er die Lage einschätze.', 'Lage').content).toBe('wie er die Lage einschätze');
  });
  it('a name with a lower-case first letter and an inner capital opening the sentence is the subject', () => {
    expect(attribute('Damals stand ein Kleid im Angebot. eBay hält es für möglich, dass der Rekord heute noch fällt.', 'Rekord'))
      .toMatchObject({ speaker: 'eBay', content: 'dass der Rekord heute noch fällt' });
  });
  it('a quoted predicate of a passive naming verb in a relative clause has no speaker, not the pronoun it names', () => {
    expect(attribute('Die Rauchschwaden, die als „nebelartig“ beschrieben wurden, weisen einen Brandgeruch auf.', 'nebelartig'))
      .toMatchObject({ speaker: null, content: '„nebelartig“' });
  });
  it('a cue closing a relative clause does not report the clause it belongs to, which resumes with its finite verb', () => {
    const drafts = attributionsOf('Gefordert wurde, alle Beiträge, die wegen Volksverhetzung gemeldet wurden, sollten binnen 24 Stunden geprüft werden.', 'de');
    expect(drafts.attributions.some((a) => a.cue?.text === 'gemeldet wurden')).toBe(false);
  });
  it('a relative clause in a list keeps its enumeration commas', () => {
    expect(attribute('Das Netz, das nach israelischen Angaben der Planung, Finanzierung und Ausführung von Anschlägen diene, wurde zerstört.', 'Planung').content)
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
  it('a clause opening with a verb cue of its own and its subject elided reports what follows, not the verb before it', () => {
    expect(attribute('Die Vereinten Nationen bestätigten den Zwischenfall, teilten jedoch mit, es sei unklar, wer angegriffen habe.', 'unklar'))
      .toMatchObject({ cue: 'teilten jedoch mit', content: 'es sei unklar, wer angegriffen habe' });
    expect(attribute('Der Minister lobte das Projekt, erklärte aber, es sei zu teuer.', 'teuer'))
      .toMatchObject({ cue: 'erklärte', content: 'es sei zu teuer' });
    // (Not a main clause after a subordinate one: its verb is no coordinated verb.)
    expect(attribute('Wie der Sprecher feststellt, verlangt zumindest das Gesetz eine Genehmigung.', 'Genehmigung'))
      .toMatchObject({ cue: 'Wie der Sprecher feststellt' });
  });
  it('a main clause with a verb cue and its own subject after an act verb\'s comma is no content of the act', () => {
    expect(attribute('Die Ministerin wies diese Behauptung zurück, Sandra Boser erklärte dagegen, die Debatte sei fehl am Platz.', 'Debatte'))
      .toMatchObject({ cue: 'erklärte', content: 'die Debatte sei fehl am Platz' });
    // Its subject may carry an apposition between commas; the quote after its colon is its own.
    expect(attribute('Die Ministerin wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: „Neiddebatten sind fehl am Platz.“', 'Neiddebatten'))
      .toMatchObject({ cue: 'erklärte', speaker: 'die Sprecherin der Fraktion, Sandra Boser' });
    // (A saying verb takes such a clause as its content: "sagte, die Polizei erwartet, dass …".)
    expect(attribute('Der Sprecher sagte, die Polizei erwartet weitere Festnahmen.', 'Festnahmen').cue).toBe('sagte');
  });
  it('a clause with a modal in Konjunktiv II after a speech act\'s comma is its content', () => {
    expect(attribute('Die Meteorologen warnten davor, der Sturm könnte ähnlich schwere Schäden anrichten.', 'Sturm'))
      .toMatchObject({ cue: 'warnten davor', content: 'der Sturm könnte ähnlich schwere Schäden anrichten' });
    // Warning and accusing take a main clause after their comma in the active voice.
    expect(attribute('Kritiker hatten ihm vorgeworfen, er wollte sich nur selbst bereichern.', 'bereichern'))
      .toMatchObject({ cue: 'hatten ihm vorgeworfen', content: 'er wollte sich nur selbst bereichern' });
    // (Without a content clause the act is reported as a whole.)
    expect(attribute('Die Meteorologen warnten vor dem Sturm, der am Abend die Küste erreichte.', 'Sturm').kind).toBe('reported');
  });
  it('a verb cue negated inside its bracket reports nothing', () => {
    const none = attributionsOf('Wieso die Maschine den Flug abbrach, gab die Flugsicherung nicht bekannt.');
    expect(none.attributions.some((a) => a.cue?.text.includes('gab'))).toBe(false);
    expect(attributionsOf('Erste Tests haben nicht bestätigt, dass sie an der Grippe gestorben ist.').attributions.some((a) => a.content.text.includes('Grippe'))).toBe(false);
    // (A negation in the content clause is no negation of the cue; "nicht ausschließen" makes a claim.)
    expect(attribute('Die Tests haben bestätigt, dass sie nicht an der Grippe gestorben ist.', 'Grippe').cue).toBe('haben bestätigt');
    expect(attribute('Die Tests haben bestätigt, dass sie nicht an der Grippe gestorben ist.', 'Grippe').content).toBe('dass sie nicht an der Grippe gestorben ist');
  });
  it('a name with its relative clause before the verb is the subject, not the content', () => {
    const text = 'Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“.';
    expect(attributionsOf(text).attributions.some((a) => a.content.text.startsWith('der wegen'))).toBe(false);
    expect(attribute(text, 'überzogen')).toMatchObject({ cue: 'nannte', content: '„überzogen“' });
  });
  it('an adverbial clause in the indicative before a cue clause is no content', () => {
    const doc = attributionsOf('Da ein Rückflug nach München nicht möglich war, entschied sich der Pilot für den Flughafen Düsseldorf.');
    expect(doc.attributions.some((a) => a.content.text.startsWith('Da ein Rückflug'))).toBe(false);
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
  it('a relative clause with a cue of its own comments on the content and is not part of it', () => {
    expect(attribute('Die Regierung beschuldigt die Gruppe, Geld aus dem Ausland zu erhalten, was diese jedoch bestreitet.', 'Geld').content)
      .toBe('Geld aus dem Ausland zu erhalten');
  });
  it('a trailing "so X" ends the content of an earlier cue', () => {
    const doc = attributionsOf('Die Nachbarn werden aufgefordert, die Grenze zu öffnen, so der Parteichef im Fernsehen.');
    expect(doc.attributions.some((a) => a.content.text === 'die Grenze zu öffnen')).toBe(true);
    expect(doc.attributions.every((a) => !a.content.text.includes('so der Parteichef'))).toBe(true);
  });
  it('the content of a cue in a fronted subordinate clause ends where the main clause goes on', () => {
    expect(attribute('Nachdem der Minister angekündigt hatte, den Vorschlag prüfen zu lassen, stellte sich die Opposition dahinter.', 'prüfen').content)
      .toBe('den Vorschlag prüfen zu lassen');
    // A zu-infinitive after the comma still belongs to the content.
    expect(attribute('Nachdem die Behörde angekündigt hatte, den Helfern Zeit zu geben, mehr Material zu liefern, kam die Kritik.', 'Helfern').content)
      .toBe('den Helfern Zeit zu geben, mehr Material zu liefern');
  });
  it('a prepositional attribution ends before a main clause with a cue of its own', () => {
    expect(attribute('Heute demonstrierten nach Angaben der Veranstalter 5.000 Menschen, die Polizei spricht von 3.000 Teilnehmern.', '5.000').content)
      .toBe('Heute demonstrierten nach Angaben der Veranstalter 5.000 Menschen');
  });
  it('an inserted naming clause ("wie sich X nennt") is neither an attribution nor content; a quoted name after an article is no quote', () => {
    const doc = attributionsOf('Am Abend erklärte der neue „Rat für die Rettung der Republik“, wie sich die Junta selbst nennt, die Lage sei unter Kontrolle.');
    expect(doc.attributions.map((a) => a.content.text)).toEqual(['die Lage sei unter Kontrolle']);
    expect(doc.attributions[0]!.cue?.text).toBe('erklärte');
  });
  it('a sentence opening with an intro clause before a clause in reported mood keeps only the reported clause', () => {
    const doc = attributionsOf('Der Minister sprach am Montag in Berlin. Die erste Reaktion bestand in der Ankündigung, der Konzern werde die Produktion einstellen.');
    expect(attributionWith(doc, 'Konzern').content.text).toBe('der Konzern werde die Produktion einstellen');
  });
  it('a relative clause on the source of "heißt es" is no content; the clause before is', () => {
    expect(attribute('Die Lage sei ernst, heißt es in dem Bericht, der konkrete Fälle auflistet.', 'Lage'))
      .toMatchObject({ cue: 'heißt es', content: 'Die Lage sei ernst' });
    expect(attribute('Als Begründung heißt es, die bestehenden Gesetze seien ausreichend.', 'Gesetze').content)
      .toBe('die bestehenden Gesetze seien ausreichend');
  });
  it('an adverbial clause in the indicative after the cue is no content', () => {
    const doc = attributionsOf('Die Lotsen hatten das Flugzeug als vermisst gemeldet, nachdem es auf dem Radar nicht mehr zu sehen war.');
    expect(doc.attributions.some((a) => a.content.text.startsWith('nachdem'))).toBe(false);
  });
  it('"so X, <apposition>." closes the sentence: the content is the clause before it, without the comma', () => {
    expect(attribute('Der Vertrauensverlust schaffe Probleme, so Frank Berg, Leiter der Abteilung für Information bei der Stiftung.', 'Probleme'))
      .toMatchObject({ cue: 'so', content: 'Der Vertrauensverlust schaffe Probleme' });
  });
  it('"so X" after a quote that closes a sentence the author opened reports the whole sentence', () => {
    expect(attribute('Die meisten Nutzer handhabten das jedoch „maßvoll und vorübergehend“, so die Leiterin der Fachstelle.', 'Nutzer'))
      .toMatchObject({ cue: 'so', kind: 'mixed', content: 'Die meisten Nutzer handhabten das jedoch „maßvoll und vorübergehend“' });
  });
  it('"nach denen" after a comma attributes its clause to the relative pronoun', () => {
    expect(attribute('Es gibt auch Gerüchte, nach denen der Sänger an Krebs litt.', 'Krebs'))
      .toMatchObject({ cue: 'nach', speaker: 'denen', content: 'der Sänger an Krebs litt' });
  });
  it('"Berichten … zufolge" is a noun before the postposition, not the verb "berichten"', () => {
    expect(attribute('Berichten verschiedener Medien zufolge fand gestern ein Treffen statt.', 'Treffen'))
      .toMatchObject({ cue: 'zufolge', kind: 'indirect' });
  });
  it('a semicolon before a clause of the author ends the content; one before a reported clause does not', () => {
    expect(attribute('Die Frauen hatten angegeben, dass der Vater sie geschlagen hatte; es wird nun geprüft, ob das verjährt ist.', 'Vater').content)
      .toBe('dass der Vater sie geschlagen hatte');
    expect(attribute('Der Minister sagte, die Regierung sei nicht verantwortlich; sie hätte aber handeln müssen.', 'Regierung').content)
      .toBe('die Regierung sei nicht verantwortlich; sie hätte aber handeln müssen');
  });
  it('a colon before a quote of the speaker ends the indirect content; the quote is a claim of its own', () => {
    const doc = attributionsOf('Er glaubt, dass das Team gestärkt aus der Saison hervorgegangen sei: „Wir haben gelernt, noch härter zu arbeiten.“');
    expect(attributionWith(doc, 'Team').content.text).toBe('dass das Team gestärkt aus der Saison hervorgegangen sei');
    expect(attributionWith(doc, 'Wir haben gelernt').kind).toBe('direct');
  });
  it('a coordinated verb cue after a quoted fragment ends the content', () => {
    expect(attribute('Die Abgeordnete erklärte, die Senatorin sei „das Aushängeschild der Lobby“ und kündigte an, gegen sie anzutreten.', 'Senatorin').content)
      .toBe('die Senatorin sei „das Aushängeschild der Lobby“');
  });
  it('a clause with a source of its own ("nach denen") is not the content of the verb before it', () => {
    const doc = attributionsOf('Der Verband verwies auf Studien, nach denen Homöopathie oft wirksam sei.');
    expect(attributionWith(doc, 'Homöopathie')).toMatchObject({ cue: { text: 'nach' }, speaker: { text: 'denen' } });
  });
  it('a prepositional attribution inside the content of another one stays a quotation of its own', () => {
    const doc = attributionsOf('Laut Polizei habe es eine Kontrolle des Wagens gegeben, von dem laut Zeugen zu Straftaten aufgerufen worden sein soll.');
    const inner = doc.attributions.find((a) => a.speaker?.text === 'Zeugen');
    expect(inner?.content.text).toBe('von dem laut Zeugen zu Straftaten aufgerufen worden sein soll');
    expect(doc.attributions.some((a) => a.speaker?.text === 'Polizei')).toBe(true);
  });
  it('the content ends where the cue\'s main clause goes on with a verb in the indicative (after a comma or "und")', () => {
    expect(attribute('Der Angeklagte hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität des Gerichtes nicht an.', 'unschuldig').content)
      .toBe('er sei unschuldig');
    expect(attribute('An die Gewerkschaften gewandt sagte Köhler, sie müssten ihre Zurückhaltung aufgeben und bemühte hier das Bild vom Boot.', 'Zurückhaltung').content)
      .toBe('sie müssten ihre Zurückhaltung aufgeben');
    expect(attribute('Es gab Spekulationen, wonach der Auftraggeber ein Geheimdienst gewesen sein könnte, konnte der Minister nicht bestätigen.', 'Auftraggeber').content)
      .toBe('der Auftraggeber ein Geheimdienst gewesen sein könnte');
    // Not a reported verb ("…, habe aber …"), a verb closing a clause after an inserted one, nor a subject before its relative clause.
    expect(attribute('Der Minister sagte, die Lage sei ernst, habe sich aber gebessert.', 'ernst').content)
      .toBe('die Lage sei ernst, habe sich aber gebessert');
    expect(attribute('Die Polizei teilte mit, dass der Mann, der verletzt wurde, starb.', 'Mann').content)
      .toBe('dass der Mann, der verletzt wurde, starb');
    expect(attribute('Das Gericht hatte gesagt, Bürger, die nicht wissen, wer was über sie weiß, sind nicht mehr frei.', 'Bürger').content)
      .toBe('Bürger, die nicht wissen, wer was über sie weiß, sind nicht mehr frei');
  });
  it('a "laut/nach" attribution after the verb of a clause whose field holds commas reports the whole sentence', () => {
    expect(attribute('Der Vorstandschef der Porsche AG, Wendelin Wiedeking, hat sich nach Angaben der EU-Kommission an die Regierung gewandt.', 'gewandt').content)
      .toBe('Der Vorstandschef der Porsche AG, Wendelin Wiedeking, hat sich nach Angaben der EU-Kommission an die Regierung gewandt');
    expect(attribute('Weil die Behörden keine Statistiken führten, ist es laut dem Bericht schwer, Aussagen zu machen.', 'schwer').content)
      .toMatch(/^Weil die Behörden/);
    // Not after a main clause of its own: "Der Absturz wird … erwartet, kann nach Angaben … aber auch später erfolgen".
    expect(attribute('Der Absturz wird am Freitag erwartet, kann nach Angaben des Betreibers aber auch später erfolgen.', 'später').content)
      .toMatch(/^kann/);
  });
  it('what a sentence-opening "nach/laut" attribution leaves of the field before the verb is no content', () => {
    expect(attribute('Nach Meinung von Mike Brown, Professor am California Institute of Technology, könnte das Objekt zum Kometen werden.', 'Objekt').content)
      .toBe('könnte das Objekt zum Kometen werden');
    expect(attribute('Nach Angaben der Sprecherin gegenüber dem Weser-Kurier ist der Flughafen Bremen der größte Standort.', 'Flughafen').content)
      .toBe('ist der Flughafen Bremen der größte Standort');
    // A subject after the source stays: "Laut Polizei die Täter …" has no verb to skip to.
    expect(attribute('Laut Polizei hat der Täter gestanden.', 'Täter').content).toBe('hat der Täter gestanden');
  });
  it('an apposition or addressee phrase after the noun closing the cue clause is no content', () => {
    expect(attribute('Hierzu schrieb der Journalist Eduardo Dâmaso in der „Correio da Manhã“, einem Boulevardblatt, die Gesellschaft sei gespalten.', 'Gesellschaft').content)
      .toBe('die Gesellschaft sei gespalten');
    expect(attribute('So sagte der zuständige Koordinator, Deftalgne Tessema, gegenüber der BBC, dass nur 14 Boote im Einsatz seien.', 'Boote').content)
      .toBe('dass nur 14 Boote im Einsatz seien');
    // A relative clause after the phrase belongs to the content: "in den Ländern, in denen …, sei …".
    expect(attribute('Das erklärte die Ministerin, in den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen.', 'Gebühren').content)
      .toMatch(/^in den Ländern/);
  });
  it('a "wie" clause inserted between commas and a "so X" between dashes report the sentence around them', () => {
    expect(attribute('Die Kürzung verstoße, wie schon der Bundesgerichtshof entschieden hatte, gegen den Grundsatz der Gleichbehandlung.', 'Kürzung').content)
      .toBe('Die Kürzung verstoße, wie schon der Bundesgerichtshof entschieden hatte, gegen den Grundsatz der Gleichbehandlung');
    expect(attribute('Zwar sei es ein wichtiger Schritt – so Canny –, trotzdem sei das Unternehmen auf der Suche nach Investoren.', 'Schritt').content)
      .toMatch(/^Zwar sei es.*Investoren$/);
    // A trailing "wie" clause reports the clause before it only.
    expect(attribute('Die Lage sei ernst, wie der Sprecher sagte.', 'Lage').content).toBe('Die Lage sei ernst');
  });
  it('the speaker of a parenthetical "so X" ends at its comma', () => {
    expect(attribute('Sein Gegner, so der Senator, erhalte Spenden von Lobbygruppen.', 'Spenden').speaker).toBe('der Senator');
  });
  it('"ergeben" and "zeigen" are cues in a "wie" clause only', () => {
    expect(attribute('Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.', 'Alkohol'))
      .toMatchObject({ speaker: 'eine Studie', content: 'trinken viele Kinder regelmäßig Alkohol' });
    expect(attribute('Die Namen werden meist abgekürzt, wie eine aktuelle Bekanntmachung zeigt.', 'Namen').content)
      .toBe('Die Namen werden meist abgekürzt');
    expect(attributionsOf('Die Untersuchung ergab keine Spuren, die Polizei zeigte Fotos.', 'de').attributions).toHaveLength(0);
  });
  it('a demonstrative subject with a plural verb reports the sentence before; an attribution inside that sentence stays its own', () => {
    expect(attribute('Der Minister trat gestern zurück. Das berichten Medien unter Berufung auf Regierungskreise.', 'Minister'))
      .toMatchObject({ cue: 'berichten', content: 'Der Minister trat gestern zurück' });
    const doc = attributionsOf('Wie heute bekannt wurde, sind erste Cholerafälle aufgetreten. Das berichteten Mitarbeiter des Hilfsdienstes.');
    expect(doc.attributions.map((a) => a.cue?.text).sort()).toEqual(['Wie heute bekannt wurde', 'berichteten']);
  });
  it('"äußerst" is the adverb, no cue', () => {
    expect(attributionsOf('So liegen derzeit beide Parteien äußerst nahe beieinander.', 'de').attributions).toHaveLength(0);
  });
  it('"es hieß" after "wie" is the impersonal cue', () => {
    expect(attribute('Wie es hieß, sieht Enders die zivile Planung gefährdet.', 'Planung'))
      .toMatchObject({ cue: 'es hieß', content: 'sieht Enders die zivile Planung gefährdet' });
  });
  it('"laut werden" ("Vorwürfe wurden laut, …") is a verb cue, not the preposition "laut"', () => {
    expect(attribute('Erneut wurden Vorwürfe laut, die Angreifer seien extra angeheuert worden.', 'Angreifer'))
      .toMatchObject({ cue: 'wurden Vorwürfe laut', speaker: 'Vorwürfe', content: 'die Angreifer seien extra angeheuert worden' });
    expect(attribute('Die Täter sind laut Polizei geflohen.', 'Täter')).toMatchObject({ cue: 'laut', speaker: 'Polizei' });
  });
  it('the source before "zufolge" starts at its source noun, not in the clause before it', () => {
    expect(attribute('Allein mit dem Drogengeschäft nimmt die Organisation Schätzungen zufolge jährlich 30 Milliarden Euro ein.', 'Drogengeschäft').speaker)
      .toBe('Schätzungen');
    expect(attribute('Den jüngsten Schätzungen zufolge nimmt die Organisation jährlich 30 Milliarden Euro ein.', 'Organisation').speaker)
      .toBe('Den jüngsten Schätzungen');
  });
  it('a demonstrative subject reports the sentence before also when an apposition or a source clause follows the speaker', () => {
    expect(attribute('Der Minister wurde gestern getötet. Das bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono, auf einer Pressekonferenz.', 'Minister').content)
      .toBe('Der Minister wurde gestern getötet');
    expect(attribute('Der Konzern plant eine Umwandlung. Dies geht aus einer Pressemitteilung des Konzerns hervor, die am Montag erschien.', 'Umwandlung').content)
      .toBe('Der Konzern plant eine Umwandlung');
  });
  it('"nach" after a word of time tells the time, it names no source', () => {
    expect(attributionsOf('Zwei Monate nach dem Urteil des Bundesverwaltungsgerichts liegt nun die Begründung vor.', 'de').attributions).toHaveLength(0);
    expect(attributionsOf('Erst nach umfangreichen Ermittlungen war genug Material beisammen.', 'de').attributions).toHaveLength(0);
    expect(attribute('So soll die 47-Jährige nach Augenzeugenberichten geschnorchelt haben.', 'geschnorchelt').cue).toBe('nach');
  });
  it('a zu-infinitive closing the clause right after the cue, without a comma, is its content', () => {
    expect(attribute('Der Konzern Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.', 'Preise'))
      .toMatchObject({ kind: 'indirect', cue: 'hat angekündigt', speaker: 'Der Konzern Philips', content: 'die Preise ab 1. Oktober zu erhöhen' });
    expect(attribute('Gestern hat Frau Hinz angekündigt ihr Bundestagsmandat niederzulegen.', 'Bundestagsmandat'))
      .toMatchObject({ kind: 'indirect', speaker: 'Frau Hinz', content: 'ihr Bundestagsmandat niederzulegen' });
    expect(attribute('Der Anwalt rät ihm Rechtsmittel einzulegen.', 'Rechtsmittel').content).toBe('Rechtsmittel einzulegen');
    // (A cue inside an infinitive reports nothing after it: "berichtet zu haben".)
    expect(attributionsOf('Den Medien wurde zugebilligt, sachgerecht berichtet zu haben.', 'de').attributions.some((a) => a.content.text === 'zu haben')).toBe(false);
  });
  it('a dass clause right after the cue, without its comma, is the content', () => {
    expect(attribute('Der Bischof hoffte dass die Wahl bald entschieden sei.', 'Wahl'))
      .toMatchObject({ cue: 'hoffte', speaker: 'Der Bischof', content: 'dass die Wahl bald entschieden sei' });
  });
  it('a decimal number in the cue clause splits no clause ("haben 3,6 Millionen Einwohner aufgefordert")', () => {
    expect(attribute('Die Behörden haben 3,6 Millionen Einwohner aufgefordert, ihre Häuser zu verlassen.', 'Häuser'))
      .toMatchObject({ speaker: 'Die Behörden', content: 'ihre Häuser zu verlassen' });
  });
});

describe('cues of further quotes (German)', () => {
  it('a quote after a continuation of a quoted speaker takes the cue of the first quote', () => {
    const doc = attributionsOf('Der Leiter des Programms, Klaus Stöhr, sagte: „Man muss sich jetzt schon vorbereiten.“ Aktuell bestehe diese Gefahr zwar noch nicht, weil das Virus nicht übertragbar sei. „Aber das Virus hat alle Möglichkeiten, sich zu verändern.“', 'de');
    expect(attributionWith(doc, 'bestehe').cue).toBeNull();
    const last = attributionWith(doc, 'Möglichkeiten');
    expect(last.cue?.text).toBe('sagte');
    expect(last.speaker?.text).toBe('Der Leiter des Programms, Klaus Stöhr');
  });
});

describe('content before a main clause with a cue of its own (German)', () => {
  it('ends before a coordinated or asyndetic main clause whose indicative verb cue has its own subject', () => {
    const doc = attributionsOf('Der Präsident sagte vor der Presse, Annabi sei tot, doch der Sprecher erklärte, den Tod nicht bestätigen zu können.', 'de');
    expect(attributionWith(doc, 'Annabi').content.text).toBe('Annabi sei tot');
    expect(attributionWith(doc, 'bestätigen')).toMatchObject({ cue: { text: 'erklärte' }, speaker: { text: 'der Sprecher' } });
    const asyndetic = attributionsOf('Der Präsident sagte, Annabi sei tot, der Sprecher erklärte dagegen, er lebe noch.', 'de');
    expect(attributionWith(asyndetic, 'Annabi').content.text).toBe('Annabi sei tot');
  });
  it('keeps a clause right after the cue, a relative clause and a reported verb in the content', () => {
    expect(attribute('Er sagte, die Polizei erwartet, dass weitere Opfer gefunden werden.', 'Polizei').content)
      .toBe('die Polizei erwartet, dass weitere Opfer gefunden werden.'.replace(/\.$/, ''));
    expect(attribute('Er sagte, die Regierung, die gestern erklärte, sie wolle sparen, sei im Unrecht.', 'Regierung').content)
      .toBe('die Regierung, die gestern erklärte, sie wolle sparen, sei im Unrecht');
    expect(attribute('Er sagte, Annabi sei tot, und man erwäge, rechtliche Schritte einzuleiten.', 'Annabi').content)
      .toBe('Annabi sei tot, und man erwäge, rechtliche Schritte einzuleiten');
  });
});

describe('impersonal cue before a list (German)', () => {
  it('a list after the comma of "heißt es" is no content: the quote before it is', () => {
    const doc = attributionsOf('„Wir möchten Sie dringend auffordern, dafür Sorge zu tragen“, heißt es in dem Schreiben an Staatsanwaltschaft, Polizei und Veranstalter.', 'de');
    expect(attributionWith(doc, 'auffordern')).toMatchObject({ kind: 'direct', cue: { text: 'heißt es' } });
    expect(doc.attributions.some((a) => a.content.text.startsWith('Polizei'))).toBe(false);
  });
});

describe('a "wie" clause opening the clause after a colon', () => {
  it('reports the main clause after its comma ("…: Wie die Polizei mitteilte, hatte …")', () => {
    const found = attributionWith(attributionsOf('Ein weiterer Umstand kommt hinzu: Wie die Polizei mitteilte, hatte der Kopilot versucht durchzustarten.'), 'Kopilot');
    expect(found.content.text).toBe('hatte der Kopilot versucht durchzustarten');
    expect(found.speaker?.text).toBe('die Polizei');
  });
});

describe('a hyphen written between spaces (German)', () => {
  it('is a dash: a demonstrative with a cue after it reports the clause before', () => {
    expect(attribute('Die Schlange ist die größte Riesenschlange - das beschreiben Forscher in der Zeitschrift Nature.', 'Riesenschlange'))
      .toMatchObject({ cue: 'beschreiben', speaker: 'Forscher', content: 'Die Schlange ist die größte Riesenschlange' });
  });
  it('stays a hyphen between numbers', () => {
    const text = 'in den Jahren 2009 - 2013 - so der Bericht';
    expect(tokenizeParagraph(text, 0, text.length, 0).map((t) => t.text)).toEqual(['in', 'den', 'Jahren', '2009', '-', '2013', '–', 'so', 'der', 'Bericht']);
  });
});

describe('a quote inside the cue clause before a later content (German)', () => {
  it('is the speaker\'s words with the same cue and speaker', () => {
    const text = 'Sie bezeichneten die Übereinkunft als einen „beschämenden Deal“, der die Bestrebungen der UDD stärken werde.';
    expect(attribute(text, 'beschämenden')).toMatchObject({ kind: 'direct', speaker: 'Sie', content: '„beschämenden Deal“' });
    expect(attribute(text, 'Bestrebungen')).toMatchObject({ speaker: 'Sie', content: 'der die Bestrebungen der UDD stärken werde' });
    expect(attribute('Rice nannte Shultz einen „wahren Patrioten“, dank dem die Welt besser geworden sei.', 'Patrioten'))
      .toMatchObject({ kind: 'direct', speaker: 'Rice', cue: 'nannte', content: '„wahren Patrioten“' });
  });
  it('not a name of a source, nor a quote after a comma or a capitalized one', () => {
    const names = attributionsOf('Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert werde.', 'de');
    expect(names.attributions.some((a) => a.content.text === '„tagesschau.de“')).toBe(false);
    const paper = attributionsOf('Der Staatssekretär sagte der „Berliner Zeitung“, dass die Steuer komme.', 'de');
    expect(paper.attributions.some((a) => a.content.text === '„Berliner Zeitung“')).toBe(false);
    const capital = attributionsOf('Sie nannte den Plan eine „Große Koalition der Vernunft“, die scheitern werde.', 'de');
    expect(capital.attributions.some((a) => a.content.text.startsWith('„Große'))).toBe(false);
  });
});

describe('a name in two apostrophes (German, wiki markup)', () => {
  it('leaves the verb cue, its speaker and a demonstrative standing for the sentence before as with other marks', () => {
    const text = "Der Kandidat der Linksfront, Jean-Luc Mélenchon, hat in einem Interview mit ''Le Monde'' angeregt, Sarkozy solle antreten.";
    const claims = extractClaims(text, { language: 'de' }).claims.filter((c) => c.kind !== 'author');
    expect(claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker?.text }))).toEqual([
      { kind: 'indirect', text: 'Sarkozy solle antreten', speaker: 'Der Kandidat der Linksfront, Jean-Luc Mélenchon' },
    ]);
    const anaphor = extractClaims("Die Preise stiegen weiter. Das berichtet die Tageszeitung ''La Nacion''.", { language: 'de' }).claims;
    expect(anaphor.filter((c) => c.kind !== 'author').map((c) => c.text)).toEqual(['Die Preise stiegen weiter']);
  });
});
