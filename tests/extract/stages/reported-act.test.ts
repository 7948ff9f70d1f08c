import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

/** The non-author claims of a German text as kind, content and speaker. */
function claimsOf(text: string) {
  return extractClaims(text, { language: 'de' }).claims
    .filter((c) => c.kind !== 'author')
    .map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker?.text ?? null }));
}

describe('reported speech acts (German)', () => {
  it('take the whole sentence: the field before the verb, the subject with its apposition, the object with its clause', () => {
    const annan = 'In einem gestern veröffentlichten Bericht, der dem Sicherheitsrat vorgelegt wurde, fordert UN-Generalsekretär Kofi Annan ein Ende der Rekrutierung von Kindersoldaten.';
    expect(claimsOf(annan)).toEqual([{ kind: 'reported', text: annan, speaker: 'UN-Generalsekretär Kofi Annan' }]);
    const experts = 'Gutachter der Gesellschaft, die die Maschine bereits untersuchten, gehen von einem Totalschaden aus.';
    expect(claimsOf(experts)).toEqual([{ kind: 'reported', text: experts, speaker: 'Gutachter der Gesellschaft' }]);
    const demand = 'Die Schutzgemeinschaft der Kapitalanleger forderte am Mittwoch den Rücktritt von Pierers, weil er zur Zeit der Vorfälle den Konzern führte.';
    expect(claimsOf(demand)).toMatchObject([{ kind: 'reported', text: demand }]);
  });

  it('are not taken from the pluperfect when the participle closes the act (background to the news)', () => {
    expect(claimsOf('Linke Gruppen hatten bereits ihren Protest gegen die Zeremonie angekündigt.')).toEqual([]);
    expect(claimsOf('Die Fluglotsen hatten den Hubschrauber als vermisst gemeldet, nachdem er vom Radar verschwunden war.')).toEqual([]);
    expect(claimsOf('Linke Gruppen kündigten bereits ihren Protest gegen die Zeremonie an.')).toMatchObject([{ kind: 'reported' }]);
    expect(claimsOf('Die Organisation hatte im Juli von ethnischen Säuberungen in Libyen berichtet.')).toMatchObject([{ kind: 'reported' }]);
    expect(claimsOf('Kritiker hatten ihm vorgeworfen, er wolle sich nur selbst bereichern.')).toMatchObject([{ speaker: 'Kritiker' }]);
  });

  it('take no quoted name after the noun naming its class as the speaker\'s words', () => {
    expect(claimsOf('Der Komponist schrieb einige Titel zu dem Film „Odyssee im Weltraum“.')).toEqual([]);
    expect(claimsOf('Die Ermittler teilten ihre Erkenntnisse der Zeitung „International Herald Tribune“ mit.')).toEqual([]);
    expect(claimsOf('Der Bundespräsident konstatierte eine wachsende „Kluft zwischen Arm und Reich“.'))
      .toMatchObject([{ kind: 'direct', text: '„Kluft zwischen Arm und Reich“' }]);
  });

  it('take no passive naming clause as an attribution ("wie es genannt wird")', () => {
    expect(claimsOf('Das Lager, wie es von den Bewohnern genannt wird, liegt am Hafen.')).toEqual([]);
    expect(claimsOf('Das Lager, wie die Bewohner berichten, liegt am Hafen.')).toMatchObject([{ kind: 'indirect', speaker: 'die Bewohner' }]);
  });

  it('leave out a main clause of its own before the act and another attribution after it', () => {
    expect(claimsOf('Es sind 500 neue Arbeitsplätze entstanden, die Betreiber sprechen bereits jetzt von bis zu 850 Arbeitsplätzen.'))
      .toEqual([{ kind: 'reported', text: 'die Betreiber sprechen bereits jetzt von bis zu 850 Arbeitsplätzen', speaker: 'die Betreiber' }]);
    expect(claimsOf('Die USA lehnten die Aufnahme zunächst ab, während die EU-Staaten den Vorstoß begrüßten.')[0])
      .toMatchObject({ kind: 'reported', text: 'Die USA lehnten die Aufnahme zunächst ab' });
  });

  it('take no second claim from a stance verb that already is the cue of an attribution', () => {
    const claims = claimsOf('Das Kirchenrecht sieht den Rücktritt im Kanon 332 vor. Dies bestätigte der Vatikan am Abend in Rom.');
    expect(claims).toEqual([{ kind: 'indirect', text: 'Das Kirchenrecht sieht den Rücktritt im Kanon 332 vor', speaker: 'der Vatikan' }]);
  });

  it('read a date in apposition to a weekday as one piece of the act\'s clause', () => {
    const text = 'Die Staatsanwaltschaft Altach gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Die Staatsanwaltschaft Altach' }]);
    const iaea = 'Die IAEA hat am Freitag, dem 3. Dezember 2004, die Meldung dementiert.';
    expect(claimsOf(iaea)).toEqual([{ kind: 'reported', text: iaea, speaker: 'Die IAEA' }]);
  });

  it('take no claim from a generic verb of support that points at no claim', () => {
    expect(claimsOf('Porsche als größter Aktionär hält 27,4 Prozent der Aktien und unterstützt die EU-Behörde.')).toEqual([]);
    expect(claimsOf('Die Vereinten Nationen bestätigten den Zwischenfall am Abend.')).toEqual([]);
    // (A rejection stays a reported act.)
    expect(claimsOf('Die USA lehnten die Aufnahme des Satzes zunächst ab.')).toMatchObject([{ kind: 'reported', speaker: 'Die USA' }]);
  });

  it('read "Als Grund nannte X …" as a main clause, not a subordinate one', () => {
    const text = 'Als Grund für die Rückgabe nannte Erdoğan Teziç die Verabschiedung des Gesetzes.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Erdoğan Teziç' }]);
  });

  it('keep a relative clause of the object inside the act, but take one in the reported mood or an infinitive as content', () => {
    const ceasefire = 'Im selben Schreiben fordert al Huthi einen bedingungslosen Waffenstillstand, der von internationalen Beobachtern überwacht werden soll.';
    expect(claimsOf(ceasefire)).toMatchObject([{ kind: 'reported', text: ceasefire }]);
    const corridor = 'Elizabeth Byrs forderte einen Luft- und Seekorridor, um Hilfe in größerem Maßstab ins Land zu bringen.';
    expect(claimsOf(corridor)).toMatchObject([{ kind: 'reported', text: corridor, speaker: 'Elizabeth Byrs' }]);
    expect(claimsOf('Zuletzt hatte er diese Orientierung als Krankheit bezeichnet, die behandelt werden müsse.'))
      .toMatchObject([{ kind: 'indirect', text: 'die behandelt werden müsse', speaker: 'er' }]);
    expect(claimsOf('Colomer empfahl dem Gericht, der Klage der EU-Kommission stattzugeben.'))
      .toMatchObject([{ text: 'der Klage der EU-Kommission stattzugeben', speaker: 'Colomer' }]);
  });

  it('take no act from a reflexive use or from a threat or joining without companion word', () => {
    expect(claimsOf('Die Gruppe bezeichnet sich selbst als Projekt zur digitalen Transparenz.')).toEqual([]);
    expect(claimsOf('Nordkorea hat wiederholt Südkorea gedroht.')).toEqual([]);
    expect(claimsOf('Die Organisationen der Minderheit haben sich angeschlossen.')).toEqual([]);
    expect(claimsOf('Gaddafi hatte damit gedroht, den Luftverkehr anzugreifen.')).toMatchObject([{ speaker: 'Gaddafi' }]);
  });

  it('report estimates and evaluations ("bezifferte … auf", "wertet … als") as acts', () => {
    const estimate = 'Ein Wissenschaftler der Universität von Nanyang bezifferte den Schaden für Singapur auf 50 Millionen US-Dollar im Monat.';
    expect(claimsOf(estimate)).toEqual([{ kind: 'reported', text: estimate, speaker: 'Ein Wissenschaftler der Universität von Nanyang' }]);
    const verdict = 'Die IG Metall wertet die Einigung der Belegschaft mit der Konzernführung als Erfolg.';
    expect(claimsOf(verdict)).toEqual([{ kind: 'reported', text: verdict, speaker: 'Die IG Metall' }]);
  });

  it('take no act from a verb in another sense: claiming lives, a particle verb ("sprachen … frei", "wertet … aus")', () => {
    expect(claimsOf('In Vietnam forderte die Naturkatastrophe 92 Menschenleben.')).toEqual([]);
    expect(claimsOf('Vom Vorwurf der Verschwörung zur Entführung sprachen ihn die Geschworenen frei.')).toEqual([]);
    expect(claimsOf('Das Institut sammelt die Daten und wertet sie anhand bestimmter Regeln aus.')).toEqual([]);
    expect(claimsOf('Die Opposition forderte 92 neue Sitze.')).toMatchObject([{ kind: 'reported', speaker: 'Die Opposition' }]);
  });

  it('take an act in an adverbial clause as that clause, and leave a contrasting clause out', () => {
    expect(claimsOf('Die Polizei nahm zwei Männer fest, nachdem Zeugen von einem lauten Knall berichtet hatten.'))
      .toEqual([{ kind: 'reported', text: 'nachdem Zeugen von einem lauten Knall berichtet hatten', speaker: 'Zeugen' }]);
    expect(claimsOf('Die Polizei sprach von 4.000 Teilnehmern, während die Veranstalter 7.000 zählten.'))
      .toEqual([{ kind: 'reported', text: 'Die Polizei sprach von 4.000 Teilnehmern', speaker: 'Die Polizei' }]);
    expect(claimsOf('Während sich die Opposition bisher zurückgehalten hat, fordert die Partei seit gestern den Rücktritt des Präsidenten.'))
      .toEqual([{ kind: 'reported', text: 'fordert die Partei seit gestern den Rücktritt des Präsidenten', speaker: 'die Partei' }]);
    // "Während" before an article that cannot be genitive opens a clause, not a prepositional phrase ("während des Treffens").
    expect(claimsOf('Während die Parlamentarier breite Unterstützung gaben, schätzte der Beauftragte Wladimir Lukin das Gesetz als Verletzung der Kinderrechte ein.'))
      .toEqual([{ kind: 'reported', text: 'schätzte der Beauftragte Wladimir Lukin das Gesetz als Verletzung der Kinderrechte ein', speaker: 'der Beauftragte Wladimir Lukin' }]);
  });

  it('read no fronted adverbial clause in the indicative as the content of the cue after it', () => {
    // An adjective after its article is no reported mood ("das reiche Saudi-Arabien").
    expect(claimsOf('Während das reiche Saudi-Arabien nichts verändern wollte, plädierte das arme Venezuela für eine Reduzierung der Fördermengen.')
      .some((c) => c.text.startsWith('Während'))).toBe(false);
    // The reported mood of a content clause inside the adverbial clause is that clause's cue's own.
    const claims = claimsOf('Als der Minister am Sonntag sagte, dass die Proteste keine Revolution seien, meinte er damit wohl kaum die Gewalt.');
    expect(claims).toContainEqual({ kind: 'indirect', text: 'dass die Proteste keine Revolution seien', speaker: 'der Minister' });
    expect(claims.some((c) => c.text.startsWith('Als'))).toBe(false);
  });

  it('give an act coordinated after another attribution the shared subject and start it at the conjunction', () => {
    const claims = claimsOf('„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten weitere Aktionen an.');
    expect(claims).toContainEqual({ kind: 'reported', text: 'und kündigten weitere Aktionen an', speaker: 'die Hacker' });
  });
});

describe('reported speech acts with a companion word or in the passive (German)', () => {
  it('take an evaluating, pointing or reason-giving verb as an act only with its companion word', () => {
    const condemn = 'Das Auswärtige Amt verurteilte den Anschlag als zutiefst erschütternd.';
    expect(claimsOf(condemn)).toEqual([{ kind: 'reported', text: condemn, speaker: 'Das Auswärtige Amt' }]);
    const point = 'Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.';
    expect(claimsOf(point)).toEqual([{ kind: 'reported', text: point, speaker: 'Ein Militärsprecher' }]);
    const reason = 'Die Stadt begründet diese Erhöhung mit dem erweiterten Angebot im Tierpark.';
    expect(claimsOf(reason)).toEqual([{ kind: 'reported', text: reason, speaker: 'Die Stadt' }]);
    expect(claimsOf('Das Auswärtige Amt verurteilte den Anschlag.')).toEqual([]);
    expect(claimsOf('Die Stadt begründet eine neue Stiftung.')).toEqual([]);
  });

  it('take a passive act with its agent and an "als" predicate, or with a fronted "als" predicate', () => {
    const agent = 'Von Unionspolitikern wurden Gabriels Äußerungen als geschmacklos bezeichnet.';
    expect(claimsOf(agent)).toEqual([{ kind: 'reported', text: agent, speaker: 'Unionspolitikern' }]);
    const fronted = 'Als Grund wurden die unhygienischen Bedingungen genannt.';
    expect(claimsOf(fronted)).toEqual([{ kind: 'reported', text: fronted, speaker: null }]);
    expect(claimsOf('Das Feuer wurde von Anwohnern gemeldet.')).toEqual([]);
    expect(claimsOf('In internationalen Dokumenten wird der Name genannt.')).toEqual([]);
  });

  it('take an impersonal passive act: the expletive "es" before the auxiliary, or what was said in the verb\'s own "von"', () => {
    const named = 'Es wurde lediglich eine Transfersumme von zehn Millionen Euro genannt.';
    expect(claimsOf(named)).toEqual([{ kind: 'reported', text: named, speaker: null }]);
    const faulted = 'Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt.';
    expect(claimsOf(faulted)).toEqual([{ kind: 'reported', text: faulted, speaker: null }]);
    const assumed = 'Auch in den nächsten Tagen wird weiterhin von einer hohen Waldbrandgefahr ausgegangen.';
    expect(claimsOf(assumed)).toEqual([{ kind: 'reported', text: assumed, speaker: null }]);
    expect(claimsOf('Zuvor war bereits in diversen Medien von dieser Entscheidung berichtet worden.')).toEqual([]);
  });

  it('keep a relative clause opening with pronoun and article inside the act ("…, die den Amtsantritt … verhindern wollten")', () => {
    const text = 'Die Zeitung berichtete gestern von einer Initiative der Geistlichen, die den Amtsantritt des Bischofs verhindern wollten.';
    expect(claimsOf(text)).toMatchObject([{ kind: 'reported', text }]);
  });
});

describe('no reported act from a definition, a purpose clause, a negated act or "aufrufen" without its call', () => {
  it('take no act from a naming verb with "man" (a definition)', () => {
    expect(claimsOf('Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.')).toEqual([]);
    expect(claimsOf('Als Grund nannte die Behörde die Verabschiedung des Gesetzes.')).toMatchObject([{ kind: 'reported' }]);
  });

  it('take no act from a purpose infinitive or a negated act', () => {
    expect(claimsOf('Die Journalisten brachen den Urlaub ab, um über den Streik berichten zu können.')).toEqual([]);
    expect(claimsOf('Die Identität des Kindes gab die Behörde nicht bekannt.')).toEqual([]);
    expect(claimsOf('Die Behörde gab die Identität des Kindes bekannt.')).toMatchObject([{ kind: 'reported' }]);
    expect(claimsOf('Die Opposition forderte nicht nur den Rücktritt des Ministers, sondern auch Neuwahlen.')).toMatchObject([{ kind: 'reported' }]);
  });

  it('take "aufrufen" as an act only with its content, not with a noun it calls for', () => {
    expect(claimsOf('Täglich haben etwa eine Million Nutzer die Seite aufgerufen.')).toEqual([]);
    expect(claimsOf('Das Bündnis gegen Rechts rief zu einer Menschenkette auf.')).toEqual([]);
    expect(claimsOf('Die Gewerkschaften rufen die Beschäftigten noch vor Weihnachten zu Warnstreiks auf.')).toEqual([]);
    expect(claimsOf('Das Bündnis rief dazu auf, sich an der Menschenkette zu beteiligen.'))
      .toMatchObject([{ kind: 'reported', text: 'sich an der Menschenkette zu beteiligen', speaker: 'Das Bündnis' }]);
  });
});

describe('coordinated reported acts of one subject (German)', () => {
  it('take two acts joined by "und" as one act over the sentence', () => {
    const text = 'Die Vereinigten Staaten bezeichnen den Angriff als Verteidigungsaktion und verweisen auf einen Anschlag auf die Botschaft.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Die Vereinigten Staaten' }]);
  });

  it('still start an act at its conjunction after an attribution with a content clause', () => {
    const claims = claimsOf('Die Hacker schrieben, sie seien unschuldig, und kündigten weitere Aktionen an.');
    expect(claims.find((c) => c.kind === 'reported')).toMatchObject({ text: 'und kündigten weitere Aktionen an' });
  });
});

describe('"einstufen als" and a coordinated main clause after an act (German)', () => {
  it('take "stufte … als … ein" as an act and leave the main clause after "und" to its own cue', () => {
    const claims = claimsOf('Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein, und UNICEF rief Russland auf, das Verbot nicht durchzusetzen.');
    expect(claims).toEqual([
      { kind: 'reported', text: 'Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein', speaker: 'Der Menschenrechtsrat' },
      { kind: 'reported', text: 'das Verbot nicht durchzusetzen', speaker: 'UNICEF' },
    ]);
  });
});

describe('no reported act from speaking up or from a particle verb closing its own conjunct (German)', () => {
  it('take no act from "sich zu Wort melden"', () => {
    expect(claimsOf('Unmittelbar nach der Abstimmung hat sich die Gewerkschaft der Flugsicherung zu Wort gemeldet.')).toEqual([]);
  });

  it('read "forderte … an und rief … aus" as another verb than "fordern"', () => {
    expect(claimsOf('Der Gouverneur forderte die Nationalgarde an und rief den Notstand aus.')).toEqual([]);
    expect(claimsOf('Der Gouverneur forderte mehr Geld und rief die Bürger zur Ruhe auf.')).toMatchObject([{ kind: 'reported', speaker: 'Der Gouverneur' }]);
  });
});

describe('a cue in a relative clause of the subject or object (German)', () => {
  it('keeps the act over the whole sentence', () => {
    const text = 'Die Geschäftsführung des Unternehmens, die ihre Verluste zur Zeit noch beziffert, spricht von zwischen 1.000 und 3.000 gestohlenen Stücken.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Die Geschäftsführung des Unternehmens' }]);
  });
});

describe('the passive cue\'s own "von" (German)', () => {
  it('is what is said, not the agent ("wird von einer hohen Waldbrandgefahr ausgegangen")', () => {
    const claims = claimsOf('In dem Bundesland wird weiterhin von einer hohen Waldbrandgefahr ausgegangen, dass es bald brennt.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).not.toBe('einer hohen Waldbrandgefahr');
  });
});

describe('a verbless phrase before the comma of a cue clause (German)', () => {
  it('fills the field before the verb and is no content: the act is the whole sentence', () => {
    const text = 'In einer Stellungnahme nach dem Angriff von Ahmed al-Assadi, einem Sprecher der PMF, beschuldigte dieser Israel und die Vereinigten Staaten wegen des Angriffes.';
    expect(claimsOf(text)).toMatchObject([{ kind: 'reported', text }]);
    const bank = 'Auch die größte deutsche Privatbank, die Deutsche Bank, meldete heute Milliardenverluste.';
    expect(claimsOf(bank)).toMatchObject([{ kind: 'reported', text: bank }]);
  });
  it('leaves a clause before the comma its content ("…, berichtet Reuters")', () => {
    const claims = claimsOf('Bei ihrem Vormarsch in der Provinz Helmand trafen US-Truppen auf erheblichen Widerstand durch Aufständische, berichtet Reuters.');
    expect(claims).toMatchObject([{ kind: 'indirect', text: 'Bei ihrem Vormarsch in der Provinz Helmand trafen US-Truppen auf erheblichen Widerstand durch Aufständische', speaker: 'Reuters' }]);
  });
});

describe('an act coordinated with a cue that has a content clause (German)', () => {
  it('is an act of its own after "dass … und" when the verb opens a main clause', () => {
    const claims = claimsOf('Die Agentur teilte mit, dass es regne und warnte für die Inseln vor neuen Regenfällen.');
    expect(claims).toMatchObject([
      { kind: 'indirect', text: 'dass es regne', speaker: 'Die Agentur' },
      { kind: 'reported', text: 'und warnte für die Inseln vor neuen Regenfällen', speaker: 'Die Agentur' },
    ]);
    // A second verb closing the subordinate clause stays in it.
    expect(claimsOf('Die Agentur teilte mit, dass es regnet und schneit.')).toMatchObject([{ kind: 'indirect', text: 'dass es regnet und schneit' }]);
  });
  it('shares the subject of the verb before it after a comma ("…, sprach aber bei der Entscheidung von …")', () => {
    const claims = claimsOf('Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess.');
    expect(claims).toMatchObject([
      { kind: 'indirect', text: 'es könnten Arbeitsplätze verloren gehen', speaker: 'Sie' },
      { kind: 'reported', text: 'sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess', speaker: 'Sie' },
    ]);
  });
});

describe('an infinitive after an act\'s "als" predicate noun (German)', () => {
  it('belongs to the noun; the act is the whole sentence', () => {
    const text = 'Der Direktor des BBC World Service, Peter Horrocks, bezeichnet diese Maßnahme als einen Versuch der iranischen Behörden, die BBC an der Berichterstattung zu hindern.';
    expect(claimsOf(text)).toMatchObject([{ kind: 'reported', text }]);
  });
});

describe('continued sentences (German)', () => {
  it('take an act in a subordinate clause of a sentence in the reported mood with the sentence', () => {
    const claims = claimsOf('Ken Rice erklärte, die Entdeckung werfe ein neues Licht auf die Theorie. Der Protoplanet habe sich so schnell entwickelt, dass sie nun von einer anderen Theorie ausgingen.');
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ text: 'Der Protoplanet habe sich so schnell entwickelt, dass sie nun von einer anderen Theorie ausgingen.', speaker: 'Ken Rice' });
  });
  it('are whole when a main clause joins the reported one after ", und" ("…, und so würden sie …")', () => {
    const text = 'Die Beiträge stärkten die Hochschulen, und so würden sie auch von den Studierenden wahrgenommen.';
    const claims = claimsOf(`„Ich halte Studiengebühren für richtig“, sagte Schavan. ${text}`);
    expect(claims[1]).toMatchObject({ text, speaker: 'Schavan' });
    // A clause in the indicative before the comma stays the author's.
    const own = claimsOf('„Ich bleibe hier“, sagte er. Seine Frau ist mehrfach operiert worden, und er wolle sie nun begleiten.');
    expect(own[1]).toMatchObject({ text: 'und er wolle sie nun begleiten' });
  });
});

describe('a subject that reaches back over a comma of its own (German)', () => {
  it('takes a fronted object with an adverbial phrase between commas into the act ("unter anderem")', () => {
    const text = 'Den zu erzielenden Einspareffekt, unter anderem durch kürzere Verteilzeiten, bezifferte Vorstandschef Thomas Enders mit 22,5 Millionen Euro.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Vorstandschef Thomas Enders' }]);
  });

  it('takes a list or a head noun before the comma into the act', () => {
    const text = 'Die Organisationen Transparency International, Campact und LobbyControl werfen Norbert Lammert Verzögerung der Veröffentlichungspflicht vor.';
    expect(claimsOf(text)).toMatchObject([{ kind: 'reported', text }]);
  });
});

describe('a court ruling (German)', () => {
  it('is no speech act: "wies die Klage zurück", "hat ein Urteil gesprochen"', () => {
    expect(claimsOf('Das Bundesverfassungsgericht wies die Klage Berlins am 8. Februar 2008 zurück.')).toEqual([]);
    expect(claimsOf('Das Bundesverfassungsgericht hat am 27. Februar 2008 ein Urteil zum Thema Online-Durchsuchungen von Computern gesprochen.')).toEqual([]);
    expect(claimsOf('Die Regierung wies die Vorwürfe am Montag zurück.')).toMatchObject([{ kind: 'reported' }]);
    expect(claimsOf('Der 6. Strafsenat des Oberlandesgerichts verkündete heute das Urteil gegen die Mitglieder der Gruppe.')).toEqual([]);
    expect(claimsOf('Der Vizekanzler hat heute seinen Rücktritt verkündet.')).toMatchObject([{ kind: 'reported' }]);
  });
});

describe('a noun phrase with its relative clause before the verb (German)', () => {
  it('fills the field before the verb of any cue, it is no content clause', () => {
    const text = 'In einem Referendum, das am 25. November 2008 in Grönland stattfand, sprach sich eine Mehrheit der Grönländer für mehr Autonomie aus.';
    expect(claimsOf(text)).toEqual([]);
    const planet = 'Der Protoplanet ist so schwer wie Jupiter und befindet sich in einer Entfernung, die doppelt so groß ist wie die des Neptuns, erklärte Jane Greaves.';
    expect(claimsOf(planet)).toEqual([{ kind: 'indirect', text: planet.slice(0, planet.indexOf(', erklärte')), speaker: 'Jane Greaves' }]);
  });
});

describe('the final punctuation of an act (German)', () => {
  it('is kept after a colon and at a semicolon, where the dataset\'s sentences end', () => {
    expect(claimsOf('Dagegen sprechen die Erfahrungen: Die Schulen melden bereits eine ausreichende Versorgung mit Lehrkräften.').at(-1))
      .toMatchObject({ kind: 'reported', text: 'Die Schulen melden bereits eine ausreichende Versorgung mit Lehrkräften.' });
    expect(claimsOf('Die Veranstalter schätzten etwa 2.000 Teilnehmer; die Polizei zählte weniger.')[0])
      .toMatchObject({ kind: 'reported', text: 'Die Veranstalter schätzten etwa 2.000 Teilnehmer;' });
  });
});

describe('a motion or application (German)', () => {
  it('is no speech act without a content clause: "beantragte die Eröffnung eines Prozesses"', () => {
    expect(claimsOf('Die Staatsanwaltschaft beantragte am Dienstag die Eröffnung eines Prozesses gegen den Soldaten.')).toEqual([]);
    expect(claimsOf('Die Verteidigung beantragte, das Verfahren einzustellen.')).toMatchObject([{ text: 'das Verfahren einzustellen' }]);
  });
});

describe('a contradiction (German)', () => {
  it('is no speech act without a content clause: "widerspricht dem Grundsatz"', () => {
    expect(claimsOf('Die Regelung widerspricht dem Grundsatz der Nachhaltigkeit.')).toEqual([]);
    expect(claimsOf('Der Minister widersprach, die Lage sei ernst.')).toMatchObject([{ kind: 'indirect', text: 'die Lage sei ernst' }]);
  });
});

describe('an estimate (German)', () => {
  it('is a reported act: "schätzt die Zahl … auf …"', () => {
    const text = 'UNICEF schätzt die Zahl der Kinder, die sexuell missbraucht werden, auf 150 Millionen.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'UNICEF' }]);
    expect(claimsOf('Die Veranstalter schätzten etwa 2.000 Teilnehmer.')).toMatchObject([{ kind: 'reported', speaker: 'Die Veranstalter' }]);
  });
  it('so is a forecast: "sagten … voraus", "sagt … vorher"', () => {
    const text = 'Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Die Meteorologen' }]);
    expect(claimsOf('Das Institut sagt für das nächste Jahr ein Wachstum von zwei Prozent vorher.')).toMatchObject([{ kind: 'reported', speaker: 'Das Institut' }]);
  });
});

describe('a sentence in the Konjunktiv I of any verb (German)', () => {
  it('continues the speech reported a few sentences before ("Man gehe allen Spuren nach")', () => {
    const text = '„Alle Anzeichen deuten auf einen Anschlag hin“, sagte der Abgeordnete Viktor Oserow. Der Sprengsatz war im Zug platziert worden. Der Zug stand im Bahnhof. Man gehe derzeit allen Spuren nach.';
    const claims = claimsOf(text);
    expect(claims.at(-1)).toMatchObject({ kind: 'indirect', text: 'Man gehe derzeit allen Spuren nach.' });
  });
  it('not a capitalized noun ("Die Sorge …")', () => {
    const text = '„Alle Anzeichen deuten auf einen Anschlag hin“, sagte der Abgeordnete Viktor Oserow. Der Sprengsatz war im Zug platziert worden. Der Zug stand im Bahnhof. Die Sorge der Bewohner ist groß.';
    expect(claimsOf(text)).toHaveLength(1);
  });
});

describe('a continuation right after a reporting verb without a claim of its own (German)', () => {
  it('takes the subject of that verb as its speaker', () => {
    const claims = claimsOf('Die IAEA wirft dem Iran vor, Atomwaffen zu bauen. Der Iran streitet dies ab. Sein Programm diene ausschließlich der friedlichen Forschung.');
    expect(claims.find((c) => c.text.startsWith('Sein Programm'))).toMatchObject({ speaker: 'Der Iran' });
  });
});

describe('an act with a coordinated act before a relative clause in the reported mood (German)', () => {
  it('reaches up to the comma', () => {
    const claims = claimsOf('Sie fordern Verbesserungen bei der Arbeitszeit und beklagen nicht ausgezahlte Prämien sowie Rationalisierungen, die einen Personalmangel zur Folge hätten.');
    expect(claims[0]).toMatchObject({ kind: 'reported', text: 'Sie fordern Verbesserungen bei der Arbeitszeit und beklagen nicht ausgezahlte Prämien sowie Rationalisierungen' });
  });
});

describe('a relative clause opened by a preposition after a saying verb (German)', () => {
  it('is no content clause ("…, in der davon berichtet wird, dass …")', () => {
    const claims = claimsOf('Die Agentur zitiert eine Stelle des Berichts, in der davon berichtet wird, dass ein Kandidat angegriffen wurde.');
    expect(claims.some((c) => c.text.startsWith('in der'))).toBe(false);
  });
});

describe('a demand for money (German)', () => {
  it('is a claim for payment, no speech act: an amount in a currency or cash as the object', () => {
    expect(claimsOf('Die Demonstranten forderten 263 Milliarden Rp als Ausgleichszahlung.')).toEqual([]);
    expect(claimsOf('Davon fordert Airbus 5,3 Milliarden Euro von den Vertragspartnern.')).toEqual([]);
    expect(claimsOf('Nach einer harmlosen Unterhaltung forderten die Täter plötzlich Bargeld.')).toEqual([]);
  });
  it('stays an act when the amount belongs to another noun or stands in an aside', () => {
    expect(claimsOf('Der Untersuchungsrichter fordert eine Geldstrafe von 20.000 Euro (für jedes Vergehen 5.000 Euro).')).toMatchObject([{ kind: 'reported' }]);
    expect(claimsOf('Die Gewerkschaft fordert eine Lohnerhöhung.')).toMatchObject([{ kind: 'reported' }]);
  });
});

describe("'rechnen mit' (German)", () => {
  it('reports an expectation in the active voice as an act', () => {
    const text = 'Premium Aerotec rechnet für das Jahr 2009 mit einem Umsatz von einer Milliarde Euro.';
    expect(claimsOf(text)).toEqual([{ kind: 'reported', text, speaker: 'Premium Aerotec' }]);
  });
  it('reports nothing without "mit" or in the passive voice', () => {
    expect(claimsOf('Für heute wird mit einer Abnahme des Wasserstandes gerechnet.')).toEqual([]);
    expect(claimsOf('Die Schüler rechnen die Aufgaben an der Tafel.')).toEqual([]);
  });
  it('leaves an act in a fronted adverbial clause to the main clause in the reported mood', () => {
    const claims = claimsOf('Obwohl Steinbrück mit Steuermehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt.');
    expect(claims.map((c) => c.kind)).not.toContain('reported');
    expect(claims).toMatchObject([{ kind: 'indirect', text: 'Obwohl Steinbrück mit Steuermehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt.' }]);
  });
});

describe('an act that names information without stating it (German)', () => {
  it('reports no content: "gab … ein vorläufiges Ergebnis bekannt", "nähere Einzelheiten bekannt gegeben"', () => {
    expect(claimsOf('Nach den ersten Auszählungen am Donnerstag gab die Wahlkommission ein vorläufiges Ergebnis bekannt.')).toEqual([]);
    expect(claimsOf('Mittlerweile hat die Kriminalabteilung des Landesgendarmeriekommandos nähere Einzelheiten bekannt gegeben.')).toEqual([]);
  });
  it('stays an act when it states what was made known, or when the next sentence states it in the reported mood', () => {
    expect(claimsOf('Die Präsidentin gab die Festnahme gestern in Manila bekannt.')).toMatchObject([{ kind: 'reported', speaker: 'Die Präsidentin' }]);
    const claims = claimsOf('Der Hersteller gab kürzlich die Preise für das neue Programm bekannt. So soll die Vollversion ab 200 Euro erhältlich sein.');
    expect(claims).toMatchObject([{ kind: 'reported', speaker: 'Der Hersteller' }, { text: 'So soll die Vollversion ab 200 Euro erhältlich sein.' }]);
  });
});

describe('a quote inside the object of a speech act (German)', () => {
  it('is reported with the act around it after the object\'s article or possessive', () => {
    const demand = 'Er forderte einen „offensiven Umgang mit dem Christentum in unserem Land“.';
    expect(claimsOf(demand)).toEqual([{ kind: 'reported', text: demand, speaker: 'Er' }]);
    const inquiry = 'Die Organisation verlangte eine Untersuchung der „schockierenden Szenen der Gewalt“.';
    expect(claimsOf(inquiry)).toEqual([{ kind: 'reported', text: inquiry, speaker: 'Die Organisation' }]);
    const support = 'Sie sicherte dabei Johnson ihre „volle Unterstützung“ zu.';
    expect(claimsOf(support)).toMatchObject([{ kind: 'reported', text: support }]);
  });
  it('stays the speaker\'s words as a predicate, after a preposition or with a verb that is no speech act', () => {
    expect(claimsOf('Die Regierung verurteilte ihn als „hinterhältigen Anschlag“.')).toMatchObject([{ kind: 'direct', text: '„hinterhältigen Anschlag“' }]);
    expect(claimsOf('Scherf warnte die CDU vor einem „populistischen Wahlkampf“.')).toMatchObject([{ kind: 'direct', text: '„populistischen Wahlkampf“' }]);
    expect(claimsOf('Der Minister nannte den Bericht eine „Zeitungsente“.')).toMatchObject([{ kind: 'direct', text: '„Zeitungsente“' }]);
  });
});
