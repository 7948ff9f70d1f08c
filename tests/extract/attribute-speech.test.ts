import { describe, expect, it } from 'vitest';
import { attributionsOf, attributionWith } from './stage-helpers.js';

function attribute(text: string, words: string, language: 'de' | 'en' = 'de') {
  const a = attributionWith(attributionsOf(text, language), words);
  return { kind: a.kind, speaker: a.speaker?.text ?? null, cue: a.cue?.text ?? null, content: a.content.text };
}

describe('attributeSpeech (German)', () => {
  it('a verb whose content is a "wonach" clause on its object: the object is the source, the verb its relay', () => {
    const text = 'Das Institut bestätigte die Befunde des Untersuchungsamts Aulendorf, wonach 15 Rinder an Blauzungenkrankheit erkrankt sind.';
    expect(attribute(text, '15 Rinder')).toMatchObject({ speaker: 'die Befunde des Untersuchungsamts Aulendorf', cue: 'wonach', content: '15 Rinder an Blauzungenkrankheit erkrankt sind' });
    // A plain content clause stays with the verb.
    expect(attribute('Das Institut bestätigte, dass 15 Rinder erkrankt sind.', '15 Rinder')).toMatchObject({ speaker: 'Das Institut', cue: 'bestätigte' });
  });
  it('dass-clause after the verb, speaker after the verb', () => {
    expect(attribute('Gegenüber Reportern sagte Esper, dass die Partner das Verhalten verurteilen müssten.', 'dass die Partner'))
      .toEqual({ kind: 'indirect', speaker: 'Esper', cue: 'sagte', content: 'dass die Partner das Verhalten verurteilen müssten' });
  });
  it('Konjunktiv I clause after a comma, subject with title before the verb', () => {
    expect(attribute('Der amtierende US-Verteidigungsminister Mark Esper erklärte, die Lage sei ernst.', 'die Lage'))
      .toMatchObject({ kind: 'indirect', speaker: 'Der amtierende US-Verteidigungsminister Mark Esper', content: 'die Lage sei ernst' });
  });
  it('direct quote before an inverted cue', () => {
    expect(attribute('„Wir kommen morgen“, sagte der Minister.', 'Wir kommen'))
      .toEqual({ kind: 'direct', speaker: 'der Minister', cue: 'sagte', content: '„Wir kommen morgen“' });
  });
  it('direct quote after a colon', () => {
    expect(attribute('Wiedeking sagte: „Die Politik sollte sich heraushalten.“', 'Politik'))
      .toMatchObject({ kind: 'direct', speaker: 'Wiedeking', content: '„Die Politik sollte sich heraushalten.“' });
  });
  it('mixed: indirect clause with a quoted fragment', () => {
    expect(attribute('Esper sagte, dass die Partner das "schlechte Verhalten" verurteilen müssten.', 'Partner').kind).toBe('mixed');
  });
  it('separable verb with a dass-clause', () => {
    expect(attribute('Teheran wies die Anschuldigungen zurück und deutete an, dass es sich um Operationen handelte.', 'Operationen'))
      .toMatchObject({ speaker: 'Teheran', content: 'dass es sich um Operationen handelte' });
  });
  it('reported speech act without content clause', () => {
    expect(attribute('Teheran wies die Anschuldigungen zurück.', 'Anschuldigungen')).toMatchObject({ kind: 'reported', speaker: 'Teheran' });
    expect(attribute('Paris forderte die USA auf, das Abkommen aufrechtzuerhalten.', 'Abkommen'))
      .toMatchObject({ kind: 'reported', speaker: 'Paris', content: 'das Abkommen aufrechtzuerhalten' });
  });
  it('passive agent is the speaker', () => {
    expect(attribute('Während des Treffens wurde Esper von Frankreich gewarnt, die Allianz nicht in eine Mission zu verwickeln.', 'Allianz'))
      .toMatchObject({ speaker: 'Frankreich' });
  });
  it.each([
    ['Laut Trump wäre der Angriff nicht verhältnismäßig gewesen.', 'Angriff', 'Trump', 'Laut'],
    ['Dem Bericht zufolge wurde niemand verletzt.', 'niemand', 'Dem Bericht', 'zufolge'],
    ['Nach Angaben der Polizei wurde niemand verletzt.', 'niemand', 'Angaben der Polizei', 'Nach'],
    ['Die Lage sei ernst, so der Minister.', 'Lage', 'der Minister', 'so'],
    ['Die Patrouillen, so glaubt Esper, würden Angriffe verhindern.', 'Angriffe', 'Esper', 'so glaubt'],
    ['In dem Antrag heißt es, die Lage sei ernst.', 'Lage', 'dem Antrag', 'heißt es'],
    ['Wie die Polizei mitteilte, wurde niemand verletzt.', 'niemand', 'die Polizei', 'Wie die Polizei mitteilte'],
    ['Niemand wurde verletzt, wie die Polizei mitteilte.', 'Niemand', 'die Polizei', 'wie die Polizei mitteilte'],
    ['Mehr zum Thema - Lawrow: Es gibt Kräfte, die das wollen.', 'Kräfte', 'Lawrow', ':'],
  ])('prepositional/adverbial attribution in "%s"', (text, words, speaker, cue) => {
    expect(attribute(text, words)).toMatchObject({ speaker, cue });
  });
  it('continues reported speech across sentences in Konjunktiv I or "würde"', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Verbündeten müssten handeln. Das würde helfen. Das Wetter ist gut.');
    expect(attributionWith(doc, 'Das würde helfen').speaker?.text).toBe('Esper');
    expect(doc.attributions.some((a) => a.content.text.includes('Wetter'))).toBe(false);
  });
  it('joins consecutive continued sentences into one attribution, also across a paragraph break', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Verbündeten müssten handeln. Das würde helfen.\n\nMan habe Zeit.');
    expect(attributionWith(doc, 'Verbündeten').content.text).toBe('Die Verbündeten müssten handeln. Das würde helfen.\n\nMan habe Zeit.');
    expect(attributionWith(doc, 'Verbündeten').speaker?.text).toBe('Esper');
  });
  it('counts the paragraph distance after a stretch of continued sentences from where the stretch ends', () => {
    // The stretch opens two paragraphs before the quote but ends in the quote's paragraph.
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Verbündeten müssten handeln.\n\nDas würde helfen.\n\nMan habe Zeit. „Wir sind bereit.“');
    expect(attributionWith(doc, 'Verbündeten').content.text).toContain('Man habe Zeit.');
    expect(attributionWith(doc, 'Wir sind bereit').speaker?.text).toBe('Esper');
  });
  it('continues with a Konjunktiv II of a strong verb ("brächten")', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Kassen brächten zwei Milliarden Euro auf.');
    expect(attributionWith(doc, 'Kassen')).toMatchObject({ content: { text: 'Die Kassen brächten zwei Milliarden Euro auf.' }, speaker: { text: 'Esper' } });
  });
  it('continues with a sentence in reported mood that holds a quote ("Es gebe „…“.")', () => {
    const doc = attributionsOf('Künast sagte, die Lage sei ernst. Es gebe „keinen Grund, die Gespräche abzubrechen, solange beide Seiten noch verhandeln“.');
    expect(attributionWith(doc, 'Es gebe')).toMatchObject({
      content: { text: 'Es gebe „keinen Grund, die Gespräche abzubrechen, solange beide Seiten noch verhandeln“.' },
      kind: 'mixed', speaker: { text: 'Künast' },
    });
    expect(doc.attributions.filter((a) => a.content.text.includes('Gespräche'))).toHaveLength(1);
  });
  it('ends a continued sentence at a colon that opens a quote, which stays a quote of its own', () => {
    const doc = attributionsOf('Der Kommissar sagte, die Lage sei ernst. Die Pflichten der Union seien im Vertrag klar festgelegt: „Daraus ergibt sich, dass nationales Recht dem Europäischen Recht nicht widersprechen darf.“ Das gelte auch für Polen.');
    expect(attributionWith(doc, 'Pflichten').content.text).toBe('Die Pflichten der Union seien im Vertrag klar festgelegt:');
    expect(attributionWith(doc, 'Daraus')).toMatchObject({ kind: 'direct', speaker: { text: 'Der Kommissar' } });
    expect(attributionWith(doc, 'Polen').content.text).toBe('Das gelte auch für Polen.');
  });
  it('drops an indicative intro before a colon or semicolon from a continued sentence', () => {
    const doc = attributionsOf('Die Staatsanwaltschaft erklärte, der Mann sei gefasst worden. Der Mann ist nun wieder frei; die Anklage bleibe aber bestehen.');
    expect(attributionWith(doc, 'Anklage').content.text).toBe('die Anklage bleibe aber bestehen.');
  });
  it('reads an intro with a quoted title up to its reported clause', () => {
    const doc = attributionsOf('Die Polizei sagte, der Mann sei gefasst worden. Ein Sprecher wollte gegenüber der „Westfälischen Rundschau“ nicht bestätigen, dass eine Forderung gestellt werde.');
    expect(attributionWith(doc, 'Forderung').content.text).toBe('dass eine Forderung gestellt werde');
  });
  it('takes no reportative "soll … haben" without a source in reach as an attribution', () => {
    const doc = attributionsOf('Der Zug fuhr um acht Uhr ab.\n\nDer Unfall soll sich am Samstag kurz vor Mitternacht ereignet haben.');
    expect(doc.attributions.some((a) => a.content.text.includes('Unfall'))).toBe(false);
  });
  it('lets a reportative "soll … haben" continue a source up to three sentences back, not further', () => {
    const near = attributionsOf('Die Polizei sagte, der Mann sei gefasst worden. Der Zug fuhr ab. Es regnete. Der Mann soll den Wagen gestohlen haben.');
    expect(attributionWith(near, 'Wagen').speaker?.text).toBe('Die Polizei');
    const far = attributionsOf('Die Polizei sagte, der Mann sei gefasst worden. Der Zug fuhr ab. Es regnete. Die Sonne schien. Der Mann soll den Wagen gestohlen haben.');
    expect(far.attributions.some((a) => a.content.text.includes('Wagen'))).toBe(false);
  });
  it('reads a preposition with a relative pronoun as an embedded clause ("…, mit denen … sollen")', () => {
    const doc = attributionsOf('Die Bank sagte, die Lage sei ernst. Daneben wird der Fonds ein Programm unterstützen, mit denen die Kosten verringert werden sollen.');
    expect(doc.attributions.some((a) => a.content.text.includes('Programm'))).toBe(false);
  });
  it('lets the sentence after a colon-intro continuation join it', () => {
    const doc = attributionsOf('Die Staatsanwaltschaft erklärte, der Mann sei gefasst worden. Die Vorwürfe wurden zurückgenommen; die Frauen hätten sie nicht bestätigt. Die Taten hätte ein anderer Mann verübt.');
    expect(attributionWith(doc, 'Taten').content.text).toBe('die Frauen hätten sie nicht bestätigt. Die Taten hätte ein anderer Mann verübt.');
  });
  it('reads "ich habe" as the indicative, not as Konjunktiv I', () => {
    const doc = attributionsOf('Der Sänger sagte, die Tour sei lang. Ich habe so viele Sachen gelernt, und ich spiele einfach.');
    expect(doc.attributions.some((a) => a.content.text.includes('Sachen'))).toBe(false);
  });
  it('continues no one with a sentence in the first person outside quotes (an interview answer)', () => {
    const doc = attributionsOf('Der Forscher sagte, die Lage sei ernst. Ich denke, das könnte sich ändern.');
    expect(doc.attributions.some((a) => a.content.text.includes('ändern'))).toBe(false);
    const we = attributionsOf('Der Forscher sagte, die Lage sei ernst. Wir hätten sonst andere Zeichen gesehen.');
    expect(we.attributions.some((a) => a.content.text.includes('Zeichen'))).toBe(false);
    const third = attributionsOf('Der Forscher sagte, die Lage sei ernst. Sie hätten sonst andere Zeichen gesehen.');
    expect(attributionWith(third, 'Zeichen').speaker?.text).toBe('Der Forscher');
  });
  it('takes no conditional clause in the indicative before the verb as its content', () => {
    const doc = attributionsOf('Falls das Unternehmen Insolvenz anmelden muss, droht dem Verein der Zwangsabstieg.');
    expect(doc.attributions).toEqual([]);
  });
  it('reads "lauten" with a name or title as naming, not as a cue', () => {
    expect(attributionsOf('Die Namen der Besatzungsmitglieder lauten: Eileen Collins, James Kelly und Wendy Lawrence.').attributions).toEqual([]);
    expect(attributionWith(attributionsOf('Die Antwort der Regierung lautet: Wir verhandeln nicht.'), 'verhandeln').cue?.text).toBe('lautet');
  });
  it('continues an attribution right before with a sentence whose Konjunktiv I lies only in an embedded clause, with no speaker of its own', () => {
    const doc = attributionsOf('Laut dem Ministerium lebte der Mann illegal im Land. Er war den Ermittlern ins Netz gegangen, als er Kontakt zu einer Gruppe gesucht habe. Über Monate sei er beobachtet worden.');
    const embedded = attributionWith(doc, 'Ermittlern');
    expect(embedded.content.text).toBe('Er war den Ermittlern ins Netz gegangen, als er Kontakt zu einer Gruppe gesucht habe.');
    expect(embedded.speaker).toBeNull();
    // The sentence after it still continues the source before it.
    expect(attributionWith(doc, 'Monate').speaker?.text).toBe('dem Ministerium');
    // Not without an attribution right before it.
    const alone = attributionsOf('Der Mann lebte illegal im Land. Er war den Ermittlern ins Netz gegangen, als er Kontakt zu einer Gruppe gesucht habe.');
    expect(alone.attributions.some((a) => a.content.text.includes('Ermittlern'))).toBe(false);
  });
  it('reads a sentence-initial "dass" clause as embedded', () => {
    const doc = attributionsOf('Der Papst sagte, die Kirche sei offen. Dass er mit Traditionen brechen würde, hatte sich angekündigt.');
    expect(doc.attributions.some((a) => a.content.text.includes('Traditionen'))).toBe(false);
  });
  it('keeps the subject of a continued sentence when a relative clause follows it ("Die Toten, von denen …, seien …")', () => {
    const doc = attributionsOf('Die Organisation sagte, die Lage sei ernst. Die Toten, von denen einige gefesselt worden seien, seien identifiziert worden.');
    expect(attributionWith(doc, 'identifiziert').content.text).toBe('Die Toten, von denen einige gefesselt worden seien, seien identifiziert worden.');
  });
  it('lets a "soll" sentence continue right after a cue sentence whose content came before it ("Das beschloss …")', () => {
    const doc = attributionsOf('Den Verkehrsbetrieben droht ab heute ein Streik. Das beschloss die Tarifkommission der Gewerkschaft am Montag. Die Busse sollen in ihren Depots bleiben.');
    expect(attributionWith(doc, 'Depots')).toMatchObject({ content: { text: 'Die Busse sollen in ihren Depots bleiben.' }, speaker: { text: 'die Tarifkommission der Gewerkschaft' } });
    // Without the cue sentence in between the "soll" sentence is two sentences from its source: the author's.
    const far = attributionsOf('Den Verkehrsbetrieben droht ab heute ein Streik, beschloss die Tarifkommission. Die Lage ist ernst. Die Busse sollen in ihren Depots bleiben.');
    expect(far.attributions.some((a) => a.content.text.includes('Depots'))).toBe(false);
  });
  it('lets a continuation follow its source across a heading line ending in a colon', () => {
    const doc = attributionsOf('Der Richter forderte harte Strafen für die Vereine.\n\nAbstiege und Punktabzüge:\nJuventus soll in die dritte Liga absteigen.');
    expect(attributionWith(doc, 'Juventus')).toMatchObject({ content: { text: 'Juventus soll in die dritte Liga absteigen.' }, speaker: { text: 'Der Richter' } });
    // A line of the author's with a verb is a gap.
    const gap = attributionsOf('Der Richter forderte harte Strafen für die Vereine.\n\nDie Vereine zittern:\nJuventus soll in die dritte Liga absteigen.');
    expect(gap.attributions.some((a) => a.content.text.includes('Juventus'))).toBe(false);
  });
  it('joins reported sentences after a cue with a colon to the clause after the colon, one stretch', () => {
    const doc = attributionsOf('Der Senatssprecher kritisierte den Kurs der Gewerkschaft: Es sei bedauerlich, dass sie streike. Das gehe zu Lasten der Bevölkerung. Die Busse fahren nicht.');
    expect(attributionWith(doc, 'bedauerlich')).toMatchObject({ content: { text: 'Es sei bedauerlich, dass sie streike. Das gehe zu Lasten der Bevölkerung.' }, cue: { text: 'kritisierte' } });
    expect(doc.attributions.filter((a) => a.content.text.includes('Lasten'))).toHaveLength(1);
    // Without the colon the clause after a comma is the cue's content, and the next sentence continues it on its own.
    const comma = attributionsOf('Der Senatssprecher sagte, es sei bedauerlich, dass sie streike. Das gehe zu Lasten der Bevölkerung.');
    expect(attributionWith(comma, 'Lasten').content.text).toBe('Das gehe zu Lasten der Bevölkerung.');
  });
  it('takes a reported sentence after a cue with a colon with its final punctuation, an indicative one without it', () => {
    const doc = attributionsOf('Der Generalanwalt kritisierte das Gesetz in scharfer Form: Es beschränke den freien Kapitalverkehr.');
    expect(attributionWith(doc, 'Kapitalverkehr')).toMatchObject({ content: { text: 'Es beschränke den freien Kapitalverkehr.' }, cue: { text: 'kritisierte' } });
    const soll = attributionsOf('Proteste von Kernkraftgegnern wurden angekündigt: Am Sonntag soll in Geesthacht demonstriert werden.');
    expect(attributionWith(soll, 'Geesthacht').content.text).toBe('Am Sonntag soll in Geesthacht demonstriert werden.');
    const quoted = attributionsOf('Der Abgeordnete bezweifelte das: Er habe „nicht den Eindruck, dass sie es kann“.');
    expect(attributionWith(quoted, 'Eindruck').content.text).toBe('Er habe „nicht den Eindruck, dass sie es kann“.');
    // In the indicative the clause after the colon stays without it (the dataset mostly leaves it out).
    const plain = attributionsOf('Das Gericht in Den Haag hat entschieden: Ausländische Gerichte können Deutschland nicht belangen.');
    expect(attributionWith(plain, 'belangen').content.text).toBe('Ausländische Gerichte können Deutschland nicht belangen');
    // English has no Konjunktiv: a word in -e after capitalized words ("The White House came") is no reported-mood form.
    const english = attributionsOf('The spokesman criticised the plan: The White House came to a bad deal.', 'en');
    expect(attributionWith(english, 'deal').content.text).toBe('The White House came to a bad deal');
  });
  it('keeps a stretch reported by "soll" apart from an adjacent one in the subjunctive', () => {
    const doc = attributionsOf('Die Polizei teilte mit, der Mann sei gefasst worden. Er soll die Tat gestanden haben. Er habe sich gestellt.');
    expect(attributionWith(doc, 'gestanden').content.text).toBe('Er soll die Tat gestanden haben.');
    expect(attributionWith(doc, 'gestellt').content.text).toBe('Er habe sich gestellt.');
  });
  it('does not continue with a sentence whose reported mood stands only in a relative or adverbial clause', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Firma baut ein Gerät, das Angriffe verhindern soll. Während der Übung habe niemand gefehlt.');
    expect(doc.attributions.some((a) => a.content.text.includes('Gerät') || a.content.text.includes('verhindern'))).toBe(false);
    expect(doc.attributions.some((a) => a.content.text === 'Während der Übung habe niemand gefehlt.')).toBe(true);
  });
  it('keeps a verb cue inside the content of a prepositional attribution as a nested attribution', () => {
    const doc = attributionsOf('Nach Angaben der Polizei habe der Mann Flugblätter verteilt und verlangt, gegen die Versuche vorzugehen.');
    expect(attributionWith(doc, 'Flugblätter')).toMatchObject({ cue: { text: 'Nach' }, speaker: { text: 'Angaben der Polizei' } });
    expect(attributionWith(doc, 'Flugblätter').content.text).toContain('habe der Mann Flugblätter verteilt');
    expect(doc.attributions.find((a) => a.content.text === 'gegen die Versuche vorzugehen')?.cue?.text).toMatch(/verlangt$/);
  });
  it('drops an indicative intro clause from a continued sentence ("kamen zu dem Ergebnis, dass …")', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst. Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe. Nachdem er angekommen war, habe er gewartet.');
    expect(attributionWith(doc, 'keine Beweise').content.text).toBe('dass es keine Beweise gebe');
    expect(attributionWith(doc, 'gewartet').content.text).toBe('Nachdem er angekommen war, habe er gewartet.');
  });
  it('takes no bare "droht" as a reported threat', () => {
    expect(attributionsOf('Im Falle einer Verurteilung droht dem Angeklagten die Todesstrafe.').attributions).toEqual([]);
  });
  it('takes a quoted phrase in the cue clause as direct content when there is no content clause', () => {
    expect(attribute('Der Bundespräsident konstatierte eine wachsende „Kluft zwischen Arm und Reich“.', 'Kluft'))
      .toMatchObject({ kind: 'direct', speaker: 'Der Bundespräsident', cue: 'konstatierte', content: '„Kluft zwischen Arm und Reich“' });
  });
  it('gives a quote after the colon of an indirect attribution the same cue', () => {
    const doc = attributionsOf('Das habe Methode, so Elshorst weiter: „Das ist in anderen Firmen auch üblich.“');
    expect(attributionWith(doc, 'anderen Firmen')).toMatchObject({ kind: 'direct', cue: { text: 'so' } });
  });
  it('takes a sentence in unambiguous Konjunktiv I as reported speech even far from its source', () => {
    const doc = attributionsOf('Esper sagte, die Lage sei ernst.\n\nDas Wetter ist gut.\n\nDer Sturm ist vorbei.\n\nAuch sei die Dokumentation nicht erfolgt.');
    expect(attributionWith(doc, 'Dokumentation')).toMatchObject({ kind: 'indirect', cue: null, speaker: null });
  });
  it('joins a subjunctive sentence too far from its source to the continued sentence right after it', () => {
    const text = 'Esper sagte, die Lage sei ernst.\n\nDas Wetter ist gut.\n\nDer Sturm ist vorbei. Die Gegend läge nahe einer Straße. Auch habe es dort Kämpfe gegeben.';
    expect(attributionWith(attributionsOf(text), 'Kämpfe').content.text).toBe('Die Gegend läge nahe einer Straße. Auch habe es dort Kämpfe gegeben.');
    // Alone, the weaker form (a Konjunktiv II, also a condition) does not continue speech this far away; a Konjunktiv I does.
    const alone = attributionsOf('Esper sagte, die Lage sei ernst.\n\nDas Wetter ist gut.\n\nDer Sturm ist vorbei. Die Gegend läge nahe einer Straße.');
    expect(alone.attributions.some((a) => a.content.text.includes('Gegend'))).toBe(false);
  });
  it('reports the whole sentence when a quote closes a sentence the author opened ("…, habe einen „Ruck“ verpasst, sagte X")', () => {
    expect(attribute('Vermutlich sei ein Stern vorbeigeflogen und habe ihr einen „kräftigen Ruck“ verpasst, sagte Jane Greaves.', 'Stern'))
      .toMatchObject({ kind: 'mixed', cue: 'sagte', content: 'Vermutlich sei ein Stern vorbeigeflogen und habe ihr einen „kräftigen Ruck“ verpasst' });
  });
  it('ends a content clause before a coordinated verb cue', () => {
    expect(attribute('Er sagte, Europa brauche die Engländer und fügte hinzu: „Wer glaubt das nicht?“', 'Europa'))
      .toMatchObject({ cue: 'sagte', content: 'Europa brauche die Engländer' });
  });
  it('takes a sentence whose cue verb is in Konjunktiv I as a continuation of the speech before it', () => {
    const doc = attributionsOf('Der Sprecher sagte, die Lage sei ernst. Die Behörde gehe davon aus, dass niemand verletzt wurde.');
    expect(attributionWith(doc, 'Behörde')).toMatchObject({ cue: null, speaker: { text: 'Der Sprecher' } });
    expect(attributionWith(doc, 'Behörde').content.text).toBe('Die Behörde gehe davon aus, dass niemand verletzt wurde.');
  });
  it('reads any cue verb in the third person Konjunktiv I as reported, its sentence a continuation ("gebe … zu", "rate")', () => {
    const doc = attributionsOf('Die Staatsanwaltschaft sagte, der Fall sei klar. Der Mann gebe die Tat zu, spreche aber von Notwehr.');
    expect(attributionWith(doc, 'Notwehr')).toMatchObject({ cue: null, speaker: { text: 'Die Staatsanwaltschaft' } });
    expect(attributionWith(doc, 'Notwehr').content.text).toBe('Der Mann gebe die Tat zu, spreche aber von Notwehr.');
    const far = attributionsOf('Die Ministerin sagte, der Fall sei klar.\n\nDas Wetter ist gut.\n\nSie rate zum Kauf japanischer Autos.');
    expect(attributionWith(far, 'japanischer')).toMatchObject({ cue: null, kind: 'indirect' });
    // Not a capitalized noun of the same form, nor the possessive "meine".
    expect(attributionsOf('Er sagte, die Lage sei ernst.\n\nDas Wetter ist gut.\n\nBerichte über Klopfzeichen wurden nicht bestätigt.').attributions
      .some((a) => a.content.text.includes('Klopfzeichen'))).toBe(false);
    expect(attributionsOf('Er sagte, die Lage sei ernst.\n\nDas Wetter ist gut.\n\nDas ist auch meine Plattform für die Beurteilung.').attributions
      .some((a) => a.content.text.includes('Plattform'))).toBe(false);
  });
  it('reads an unlisted Konjunktiv I by its form and place as reported, right after the source ("Das Gehen bereite …", "propagiere")', () => {
    const doc = attributionsOf('Der Sprecher sagte, der Rücktritt sei ein natürlicher Vorgang. Das Gehen bereite seinem Bruder Schwierigkeiten, ärztlich seien ihm Flüge verboten worden.');
    expect(attributionWith(doc, 'Gehen').content.text)
      .toBe('Das Gehen bereite seinem Bruder Schwierigkeiten, ärztlich seien ihm Flüge verboten worden.');
    const iere = attributionsOf('Der Sprecher sagte, die Lage sei ernst. Denn Deutschland propagiere die Rente mit 67.');
    expect(attributionWith(iere, 'Rente')).toMatchObject({ cue: null, speaker: { text: 'Der Sprecher' }, content: { text: 'Denn Deutschland propagiere die Rente mit 67.' } });
    // Not an adjective after a preposition or adverb opening the sentence.
    expect(attributionsOf('Der Sprecher sagte, die Lage sei ernst. Insbesondere schwarze Einwohner des Landes wählten.').attributions
      .some((a) => a.content.text.includes('Einwohner'))).toBe(false);
  });
  it('continues with the plural Konjunktiv II substitutes "dürften" and "ließen" right after the source', () => {
    const doc = attributionsOf('Der Verband sagte, das Vorhaben werde sonst unattraktiv. Die Rechte am Eigentum dürften nicht eingeschränkt werden.');
    expect(attributionWith(doc, 'Eigentum').content.text).toBe('Die Rechte am Eigentum dürften nicht eingeschränkt werden.');
    expect(attributionWith(doc, 'Eigentum').speaker?.text).toBe('Der Verband');
    const left = attributionsOf('Die Zeitung schrieb, die Passagen seien kopiert. Anders ließen sich die vielen Passagen nicht erklären.');
    expect(attributionWith(left, 'Anders ließen')).toMatchObject({ cue: null, speaker: { text: 'Die Zeitung' } });
  });
  it('keeps a short verbless adverbial or a fronted verb-first condition before a continued clause ("Im Gegenteil, es sei …")', () => {
    const doc = attributionsOf('Der Sprecher sagte, die Lage sei ernst. Im Gegenteil, es sei bereits mit Aufräumarbeiten begonnen worden.');
    expect(attributionWith(doc, 'Aufräumarbeiten').content.text).toBe('Im Gegenteil, es sei bereits mit Aufräumarbeiten begonnen worden.');
    const cond = attributionsOf('Der Sprecher sagte, die Lage sei ernst. Verläuft der Test erfolgreich, würde ein Testflug folgen.');
    expect(attributionWith(cond, 'Testflug').content.text).toBe('Verläuft der Test erfolgreich, würde ein Testflug folgen.');
    // An intro with a verb is still left out.
    const intro = attributionsOf('Der Sprecher sagte, die Lage sei ernst. Die Experten kamen zum Ergebnis, es gebe keine Beweise.');
    expect(attributionWith(intro, 'Beweise').content.text).toBe('es gebe keine Beweise');
  });
  it('passes the main source of a sentence on to a continuation, not a shorter prepositional attribution nested in it', () => {
    const doc = attributionsOf('Nach Angaben der Gesundheitsbehörden beläuft sich die Zahl der Toten auf 384, darunter laut UNO-Angaben 62 Zivilisten. Rund 800 Menschen sollen verletzt worden sein.');
    expect(attributionWith(doc, 'Rund 800').speaker?.text).toBe('Angaben der Gesundheitsbehörden');
  });
  it('reads a preposition with der/die/das and the verb closing the clause as a relative clause ("…, für die … verantwortlich sei")', () => {
    const doc = attributionsOf('Der Bericht sagt, die Lage sei ernst. Es regnete. Schuld daran trägt das Rechtssystem, für das ein schwacher Gesetzesrahmen verantwortlich sei.');
    expect(doc.attributions.some((a) => a.content.text.includes('Gesetzesrahmen'))).toBe(false);
    // Right after an attribution the reported clause continues it (its Konjunktiv I lies in the embedded clause only), with
    // no speaker of its own.
    const next = attributionsOf('Der Bericht sagt, die Lage sei ernst. Schuld daran trägt das Rechtssystem, für das ein schwacher Gesetzesrahmen verantwortlich sei.');
    expect(attributionWith(next, 'Gesetzesrahmen').content.text).toBe('für das ein schwacher Gesetzesrahmen verantwortlich sei');
    expect(attributionWith(next, 'Gesetzesrahmen').speaker).toBeNull();
    // A main clause after the comma still continues: "…, für die Zukunft sei das wichtig".
    const main = attributionsOf('Der Bericht sagt, die Lage sei ernst. Die Reform komme spät, für die Zukunft sei das aber wichtig.');
    expect(attributionWith(main, 'Zukunft').cue).toBeNull();
  });
  it('reads "demnach" inside a subjunctive sentence as part of a continuation, not as a cue', () => {
    const doc = attributionsOf('Die Fluggesellschaft sagte, gegen die Personen liege nichts vor. Ein Flug wäre demnach vertretbar gewesen.');
    expect(attributionWith(doc, 'Flug')).toMatchObject({ cue: null, speaker: { text: 'Die Fluggesellschaft' } });
    expect(attributionWith(doc, 'Flug').content.text).toBe('Ein Flug wäre demnach vertretbar gewesen.');
    // In the indicative it stays the cue.
    expect(attributionWith(attributionsOf('Die Behörde gab einen Bericht heraus. Die Rolle der Bank wird demnach gestärkt.'), 'Rolle').cue?.text).toBe('demnach');
  });
  it('takes no adverbial clause in the indicative as the content of the cue after it', () => {
    const doc = attributionsOf('Da ein Rückflug nicht möglich war, entschied der Pilot, in Düsseldorf zu landen.');
    expect(doc.attributions.some((a) => a.content.text.startsWith('Da ein Rückflug'))).toBe(false);
  });
  it('keeps a weaker attribution of the same content as a relay', () => {
    const a = attributionWith(attributionsOf('Frankreich sagte laut einem Reuters-Bericht, die Mission sei falsch.'), 'Mission');
    expect(a.speaker?.text).toBe('Frankreich');
    expect(a.relays.map((r) => r.speaker?.text)).toEqual(['einem Reuters-Bericht']);
  });
  it.each([
    ['SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.', '„Zeitungsente“', 'SPD-Innenexperte Wiefelspütz'],
    ['Er bezeichnete die Pläne als „Wortbruch“.', '„Wortbruch“', 'Er'],
    ['Kluncker warnte vor einem „populistischen Wahlkampf“.', '„populistischen Wahlkampf“', 'Kluncker'],
    ['Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund.', '„unerwartetes Geschenk“', 'die Archäologin Montserrat Sanz'],
    ['Von einer „gezielten Indiskredition“ sprach der Politiker Christian Ströbele.', '„gezielten Indiskredition“', 'der Politiker Christian Ströbele'],
  ])('a quote closing the cue clause is the direct content, not a reported act: "%s"', (text, content, speaker) => {
    expect(attribute(text, content.slice(1, 8))).toMatchObject({ kind: 'direct', content, speaker });
  });
  it('keeps a weaker attribution of part of a verb\'s content as a nested attribution of its own', () => {
    const doc = attributionsOf('Ein Sprecher sagte, nach neuesten Erkenntnissen habe ein Unbekannter den Namen verwendet.');
    expect(doc.attributions.map((a) => [a.cue?.text, a.content.text])).toEqual([
      ['sagte', 'nach neuesten Erkenntnissen habe ein Unbekannter den Namen verwendet'],
      ['nach', 'habe ein Unbekannter den Namen verwendet'],
    ]);
  });
  it('a date with an ordinal dot does not end the cue clause', () => {
    expect(attribute('Die Regierung hat am 25. November angekündigt, eine Kommission zu gründen.', 'Kommission'))
      .toMatchObject({ kind: 'indirect', speaker: 'Die Regierung', content: 'eine Kommission zu gründen' });
  });
  it('a demonstrative after a comma or dash stands for the clause before it', () => {
    expect(attribute('Sie hat einen großen Symbolcharakter – das zumindest meint Rick Homans.', 'Symbolcharakter'))
      .toMatchObject({ kind: 'indirect', speaker: 'Rick Homans', cue: 'meint', content: 'Sie hat einen großen Symbolcharakter' });
  });
  it('a quote after a colon that has its own cue is quoted alone', () => {
    expect(attribute('Grader äußerte sich zu den Vorgängen: „Wir befürchten das Schlimmste“, sagte er.', 'befürchten'))
      .toMatchObject({ kind: 'direct', content: '„Wir befürchten das Schlimmste“' });
  });
  it('a demonstrative pronoun subject before a reporting verb ("Dieser bestätigte, dass …")', () => {
    expect(attribute('Dieser bestätigte, dass auch der Kandidat protestiert habe.', 'Kandidat')).toMatchObject({ cue: 'bestätigte', speaker: 'Dieser' });
  });
  it('-ieren verbs and "beschweren" have their plural forms', () => {
    expect(attribute('Die Befürworter argumentieren, dass es nicht Sache der Gemeinschaft sein könne.', 'Sache').cue).toBe('argumentieren');
    expect(attribute('Die Experten kritisieren, dass die Regeln zu lax seien.', 'Regeln').cue).toBe('kritisieren');
  });
  it('a quote after an apposition to the speaker and a colon is the content', () => {
    expect(attribute('Gegenüber AP sagte Honoré Durand, der Geschäftsführer des Unternehmens: „Ich wurde alarmiert. Sie drangen ein.“', 'alarmiert'))
      .toMatchObject({ kind: 'direct', content: '„Ich wurde alarmiert. Sie drangen ein.“' });
  });
  it('a content that opens a quote runs on to the sentence that closes it', () => {
    expect(attribute('Er sagte, die Partei müsse „auf sich schauen. Je eher wir entscheiden, desto besser“.', 'Partei').content)
      .toBe('die Partei müsse „auf sich schauen. Je eher wir entscheiden, desto besser“');
  });
  it('a decimal number ends a sentence ("… von 7,1. Nach Angaben …")', () => {
    expect(attribute('N24 berichtete von einem Wert von 7,1. Nach Angaben des USGS fand das Beben in großer Tiefe statt.', 'Beben'))
      .toMatchObject({ cue: 'Nach', speaker: 'Angaben des USGS' });
  });
  it('a phrase after the verb that holds the quoted words is no speaker', () => {
    expect(attribute('Der Minister, ein Jurist, sprach von einer „Gefahr für Leib und Leben“.', 'Gefahr').speaker).not.toBe('einer „Gefahr für Leib und Leben“');
  });
  it('keeps a reported act whose object only holds a quote, or names a title', () => {
    expect(attribute('Das Fernsehen berichtete von „schweren Verlusten“ bei der Eroberung der Stadt.', 'Verlusten').kind).toBe('reported');
    expect(attribute('Das Parlament forderte die Aushändigung der „Krone Montezumas“.', 'Aushändigung').kind).toBe('reported');
  });
  it('a prepositional source between the parts of a verb cue reports the whole clause, beside the verb\'s own attribution', () => {
    const doc = attributionsOf('Der Experte geht laut dem Bericht des Magazins sogar davon aus, dass bis zu 50.000 Arbeitsplätze entstehen.');
    expect(doc.attributions.map((a) => [a.speaker?.text ?? null, a.cue?.text ?? null, a.content.text])).toEqual([
      ['dem Bericht des Magazins', 'laut', 'Der Experte geht laut dem Bericht des Magazins sogar davon aus, dass bis zu 50.000 Arbeitsplätze entstehen'],
      ['Der Experte', 'geht laut dem Bericht des Magazins sogar davon aus', 'dass bis zu 50.000 Arbeitsplätze entstehen'],
    ]);
    expect(attributionsOf('Das Team kam der Meldung zufolge zu dem Schluss, dass die Infektionen zurückgehen.').attributions.map((a) => a.speaker?.text))
      .toEqual(['der Meldung', 'Das Team']);
    // Not one outside the verb's cue: "laut Reuters" after the cue stays the claim's relay.
    const relayed = attributionsOf('Heute bestätigte der Minister laut Reuters, dass es ein Problem gibt.');
    expect(relayed.attributions.map((a) => a.speaker?.text)).toEqual(['der Minister']);
    expect(relayed.attributions[0]!.relays.map((r) => r.speaker?.text)).toEqual(['Reuters']);
  });
});

describe('attributeSpeech (English)', () => {
  it('a reported act keeps "according to" as its relay', () => {
    const a = attributionWith(attributionsOf('According to Reuters, Paris rejected the plan.', 'en'), 'Paris rejected the plan');
    expect(a).toMatchObject({ kind: 'reported', speaker: { text: 'Paris' } });
    expect(a.relays.map((r) => r.speaker?.text)).toEqual(['Reuters']);
  });
  it.each([
    ['“We will win,” said the minister.', 'We will win', 'the minister', 'direct'],
    ['The minister said that the war was over.', 'war was over', 'The minister', 'indirect'],
    ['According to Reuters, the talks failed.', 'talks failed', 'Reuters', 'indirect'],
    ['The spokesman added: “We are ready.”', 'We are ready', 'The spokesman', 'direct'],
    ['The plan is dead, the minister said.', 'plan is dead', 'the minister', 'indirect'],
  ])('"%s"', (text, words, speaker, kind) => {
    expect(attribute(text, words, 'en')).toMatchObject({ speaker, kind });
  });
  it('a participle adjunct after a comma is a claim of its own, by the subject of the verb before it', () => {
    const doc = attributionsOf('Tehran denied the claim, insisting that the aircraft had violated Iranian airspace.', 'en');
    expect(doc.attributions.map((a) => [a.content.text, a.cue?.text, a.speaker?.text])).toEqual([
      ['the claim', 'denied', 'Tehran'],
      ['that the aircraft had violated Iranian airspace', 'insisting', 'Tehran'],
    ]);
    expect(attribute('The minister said the talks failed, adding that new sanctions were coming.', 'new sanctions', 'en'))
      .toEqual({ kind: 'indirect', speaker: 'The minister', cue: 'adding', content: 'that new sanctions were coming' });
  });
  it('a participle adjunct with no verb cue before it shares the subject of a main clause whose verb is recognisable', () => {
    // A regular past opens the main clause after its subject: "The ministry issued …, saying …" is the ministry's claim.
    const doc = attributionsOf('The ministry issued a statement on Monday, saying the border was closed.', 'en');
    expect(doc.attributions.filter((a) => a.cue?.text === 'saying').map((a) => [a.speaker?.text, a.content.text])).toEqual([['The ministry', 'the border was closed']]);
    // So does a common irregular past of the pack's list: "Volkswagen cut its forecast, blaming …".
    const cut = attributionsOf('Volkswagen cut its forecast on Thursday, blaming weak demand in China.', 'en');
    expect(cut.attributions.map((a) => [a.speaker?.text, a.cue?.text, a.content.text])).toEqual([['Volkswagen', 'blaming', 'weak demand in China']]);
    // Without one (an irregular past not in the list), no guess: English has no case marks to find the subject of any verb.
    const shot = attributionsOf('Prices shot up sharply on Monday, saying nothing about the outlook.', 'en');
    expect(shot.attributions.filter((a) => a.cue?.text === 'saying')).toEqual([]);
  });
  it('a reporting verb form after an article or possessive is a noun, not a cue', () => {
    const doc = attributionsOf('The report was published on Monday. His claim surprised the delegates.', 'en');
    expect(doc.cues.map((c) => c.cue.text)).toEqual([]);
  });
});
