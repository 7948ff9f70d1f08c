import { describe, expect, it } from 'vitest';
import { attributionsOf } from '../stage-helpers.js';

/** The content texts of the attributions found in `text`. */
function contents(text: string): string[] {
  return attributionsOf(text).attributions.map((a) => a.content.text);
}

describe('quoted titles without cue', () => {
  it('reads a long quoted title of capitalized words joined by articles and prepositions as no utterance', () => {
    const text = 'Im Stadtmuseum wird die Ausstellung „Der Einsatz der Trümmerbahnen zur Enttrümmerung Dresdens in den Jahren 1946 – 1958“ gezeigt.';
    expect(contents(text).some((c) => c.includes('Trümmerbahnen'))).toBe(false);
    const title = 'Er hielt einen Vortrag über das Thema „Mobile Engländer und die Verbreitung des Fußballs in Europa“ in der Aula.';
    expect(contents(title).some((c) => c.includes('Engländer'))).toBe(false);
  });

  it('reads a title with an attributive adjective before its noun as no utterance', () => {
    const text = 'Sie las aus „Cobra II – die wirkliche Geschichte der Invasion und der Besetzung Iraks“ vor.';
    expect(contents(text).some((c) => c.includes('Cobra'))).toBe(false);
    // A verb makes it an utterance, also beside an adjective before its noun.
    const predicative = 'Am Ende blieb nur ein Satz: „Die Verbreitung des Fußballs in Europa blieb einzigartige Sache der Engländer“ und nichts mehr.';
    expect(contents(predicative).some((c) => c.includes('Verbreitung'))).toBe(true);
  });

  it('reads a quoted name that ends in a full stop (an abbreviation, a name written with one) as no utterance', () => {
    const company = 'Die Unternehmensgruppe „Ener1 Group Inc.“, zu der auch ein Batteriehersteller gehört, hat dem Autobauer Geld gegeben.';
    expect(contents(company).some((c) => c.includes('Ener1'))).toBe(false);
    const society = 'Zu sehen ist nur eine Nachricht des „Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“ auf der Seite.';
    expect(contents(society).some((c) => c.includes('Wikimedia'))).toBe(false);
    const party = 'Als Beschwerdeführer waren eine Journalistin, ein Mitglied der Partei „Die Linke.“ und drei Rechtsanwälte aufgetreten.';
    expect(contents(party).some((c) => c.includes('Linke'))).toBe(false);
    // A sentence with a verb stays an utterance.
    const said = 'Am Ende blieb nur ein Satz: „Die Regierung tritt zurück.“ Danach war es still.';
    expect(contents(said).some((c) => c.includes('Regierung'))).toBe(true);
  });

  it('keeps a long quote of the same length with a verb or a lower-case opening as an utterance', () => {
    const utterance = 'Am Ende blieb nur ein Satz: „Die Verbreitung des Fußballs in Europa ist eine Geschichte der Engländer“ und nichts mehr.';
    expect(contents(utterance).some((c) => c.includes('Geschichte der Engländer'))).toBe(true);
    const words = 'Darunter sind auch Name, Anschrift und „die Befreiung von der Zahlung eines Eigenanteils für Lernmittel der Schüler“ im Register.';
    expect(contents(words).some((c) => c.includes('Befreiung'))).toBe(true);
  });
});

describe('quoted names after a cue', () => {
  it('reads a quoted name whose capitalized words are joined by an article or preposition as no quoted words of the speaker', () => {
    const text = 'Die Oppositionsparteien signalisierten Ablehnung gegenüber der „Partei der Arbeit Koreas“.';
    expect(attributionsOf(text).attributions.some((a) => a.content.text === '„Partei der Arbeit Koreas“')).toBe(false);
    const warned = attributionsOf('Der Minister warnte vor der „Partei der Arbeit Koreas“.').attributions;
    expect(warned.map((a) => a.content.text)).toEqual(['Der Minister warnte vor der „Partei der Arbeit Koreas“.']);
  });

  it('keeps nouns joined by "und" as the speaker\'s quoted words', () => {
    const text = 'Der Forscher riet allgemein zu „Gelassenheit und Aufmerksamkeit“.';
    expect(attributionsOf(text).attributions.map((a) => a.content.text)).toEqual(['„Gelassenheit und Aufmerksamkeit“']);
  });
});

describe('heading labels before a colon', () => {
  it('reads a heading or caption label before a colon as no speaker ("Bild: …", "Hintergrund: …", "Wikinews-Portal: …")', () => {
    for (const label of ['Bild', 'Hintergrund', 'Wikinews-Portal']) {
      const text = `Die Beamten fanden im Haus eine Waffe.\n\n${label}: Nächtliche Szene vor dem Haus`;
      expect(attributionsOf(text).attributions.some((a) => a.content.text.includes('Nächtliche Szene'))).toBe(false);
    }
  });

  it('keeps a name before a colon as the speaker ("Lawrow: …")', () => {
    const text = 'Die Beamten fanden im Haus eine Waffe.\n\nLawrow: Nächtliche Szenen vor dem Haus gibt es nicht.';
    expect(attributionsOf(text).attributions.find((a) => a.content.text.includes('Nächtliche Szene'))?.speaker?.text).toBe('Lawrow');
  });
});

describe('names with inner punctuation', () => {
  it('reads a short quote with a word after its "!" or "." as a name, no utterance ("„E! Online“", "„XX. Kategorie“")', () => {
    expect(contents('Sie kamen dem Portal „E! Online“ zuvor.').some((c) => c.includes('Online'))).toBe(false);
    expect(contents('Die Skulptur wurde in der „XX. Kategorie“ ausgezeichnet.').some((c) => c.includes('Kategorie'))).toBe(false);
  });

  it('keeps a short quote closed by its terminal punctuation as an utterance', () => {
    expect(contents('Am Ende stand ein Satz. „Wir kommen wieder!“').some((c) => c.includes('Wir kommen wieder'))).toBe(true);
  });
});

describe('non-speech senses of "meinen"', () => {
  it('reads "es gut meinen mit" as no saying: what follows its colon is nobody\'s content', () => {
    const text = 'Das Wetter meinte es gut mit Teilnehmern und Zuschauern: Nur kurz schickte der Himmel einen leichten Nieselregen.';
    expect(contents(text).some((c) => c.includes('Nieselregen'))).toBe(false);
  });

  it('keeps "meinte" with a content clause as a cue', () => {
    const text = 'Der Trainer meinte, die Mannschaft habe gut gespielt.';
    expect(attributionsOf(text).attributions.find((a) => a.content.text.includes('Mannschaft'))?.cue?.text).toBe('meinte');
  });
});

describe('quotes named by a title noun', () => {
  it('reads a quote right after "Motto" or "Titel" as a title, no utterance', () => {
    const text = 'Sie demonstrierten unter dem Motto „50 Jahre Bundeswehr sind 50 Jahre zuviel!“ in der Innenstadt.';
    expect(contents(text).some((c) => c.includes('Bundeswehr'))).toBe(false);
  });

  it('keeps a slogan after "Parole" as an utterance', () => {
    const text = 'Sie demonstrierten unter der Parole „50 Jahre Bundeswehr sind 50 Jahre zuviel!“ in der Innenstadt.';
    expect(contents(text).some((c) => c.includes('Bundeswehr'))).toBe(true);
  });
});

describe('quotes named by a title noun in a cue\'s clause', () => {
  it('does not read a title after "Titel" as the quoted words of the cue\'s speaker', () => {
    const text = 'Der Autor Christian Füller hat in seinem Buch unter dem Titel „Die Revolution missbraucht ihre Kinder“ die Zustände angeprangert.';
    expect(contents(text).some((c) => c === '„Die Revolution missbraucht ihre Kinder“')).toBe(false);
  });
});

describe('slogans after their noun', () => {
  it('reads a short quote right after a slogan noun (or after "wie") as a direct quotation with no speaker of its own', () => {
    const banner = attributionsOf('Der Sprecher der Polizei sagte, die Lage sei ruhig. Einige Demonstranten trugen Stoffbänder mit der Aufschrift „Kritik = Terror“ am Mund.').attributions;
    const found = banner.find((a) => a.content.text === '„Kritik = Terror“');
    expect(found?.kind).toBe('direct');
    expect(found?.speaker).toBeNull();
    const chants = contents('Sie protestierten mit Transparenten, auf denen Sprüche wie „Nieder mit der Regierung“ standen.');
    expect(chants).toContain('„Nieder mit der Regierung“');
  });

  it('leaves a short quote after a title noun or another noun as no utterance', () => {
    expect(contents('Sie demonstrierten unter dem Motto „Freiheit statt Angst“ in Berlin.')).not.toContain('„Freiheit statt Angst“');
    expect(contents('Sie trugen Schilder mit dem Logo „Freiheit statt Angst“ durch die Stadt.')).not.toContain('„Freiheit statt Angst“');
  });
});

describe('declared status with "erklären"', () => {
  it('reads "für <adjective> erklärt" and "zum <noun> erklärt" as a declaration: the next clause is nobody\'s content', () => {
    const court = 'Schutzklauseln hat das Gericht nur in wenigen Ausnahmefällen für zulässig erklärt, zum Beispiel wenn es um die Energieversorgung geht.';
    expect(contents(court).some((c) => c.includes('Energieversorgung'))).toBe(false);
    const passive = 'Die Durchsuchungen sind zwar nicht für unzulässig erklärt worden, jedoch wurden hohe Hürden errichtet.';
    expect(contents(passive).some((c) => c.includes('Hürden'))).toBe(false);
    const region = 'Das Programm versorgt Menschen in der Region, die von den Behörden zum Katastrophengebiet erklärt wurde, mit Lebensmitteln.';
    expect(contents(region).some((c) => c.includes('Lebensmitteln'))).toBe(false);
  });

  it('keeps "erklären" with a content clause after "für" with an article or "zum" away from the verb as a cue', () => {
    expect(contents('Der Sprecher erklärte für die Regierung, man werde die Steuern senken.')).toContain('man werde die Steuern senken');
    expect(contents('Der Minister hat zum Abschluss der Sitzung erklärt, die Lage sei ernst.')).toContain('die Lage sei ernst');
    expect(contents('Die Richterin erklärte, der Vertrag sei für nichtig zu halten.')).toContain('der Vertrag sei für nichtig zu halten');
  });
});

describe('questions outside quotes', () => {
  it('a claim whose content runs to a question mark outside quotes asks and asserts nothing', () => {
    expect(contents('Für wie wahrscheinlich halten Sie es, dass diesen Drohungen Taten folgen?').some((c) => c.includes('Drohungen'))).toBe(false);
    expect(contents('Die entscheidende Frage lautet: Darf ein Gymnasium bestimmten Schülern den Zugang verwehren?').some((c) => c.includes('Gymnasium'))).toBe(false);
    // A quoted question, a question before its cue clause and one after a verb of asking stay the speaker's words.
    expect(contents('„Was ist mit dem Radler passiert?“, hatte er gefragt.').some((c) => c.includes('Radler'))).toBe(true);
    expect(contents('Wer erzählt denn sowas?, fragt Wieser.').some((c) => c.includes('erzählt'))).toBe(true);
    expect(contents('Der Abgeordnete fragte: Können wir etwas tun, wenn sich die Menschen schlagen?').some((c) => c.includes('Können'))).toBe(true);
    // So does a claim the question only follows.
    expect(contents('Wir haben ein mulmiges Gefühl, sagt Trummer, denn wer weiß, wie das alles weitergeht?').some((c) => c.includes('mulmiges'))).toBe(true);
  });
});
