/** German words that refer back to people, governments and claims. */
export const GERMAN_REFERENCES = {
  relativeAnaphors: ['was'],
  personPronouns: ['er', 'ihm', 'ihn'],
  ambiguousPronouns: ['sie'],
  femalePronouns: ['sie'],
  femaleNames: ['angela', 'annalena', 'ursula', 'kaja', 'kamala', 'hillary', 'maria', 'theresa', 'liz', 'giorgia', 'federica', 'florence', 'catherine', 'christine', 'kristalina', 'nancy', 'condoleezza', 'madeleine', 'julia', 'emily', 'anna', 'claudia', 'christine', 'nicola', 'jacinda', 'sanna', 'mette', 'marine', 'ségolène', 'annegret', 'alice', 'sahra', 'ricarda', 'nancy', 'svenja', 'franziska', 'katarina', 'katharina', 'sarah', 'susanne', 'andrea', 'karin', 'petra', 'sabine'],
  femaleTitleEndings: ['in', 'frau'],
  definiteArticles: ['der', 'die', 'das', 'des', 'dem', 'den'],
  // A noun of a person between an article and a full name: "Die Vorsitzende Richterin Sabine Hofmann", "Der Ernährungsmediziner
  // Hans Möller", "die Behördenchefin Christina Kalogirou" (not of a body: "Die Fluggesellschaft Air Berlin").
  // Words that open a noun phrase and so are no part of a name, though German writes the noun after them capitalized ("Ein
  // Sprecher", "Einige Experten", "Mehrere Augenzeugen").
  // A spokesman named by nothing but his role, who speaks for the institution named just before.
  bareSpokespersons: ['ein sprecher', 'eine sprecherin'],
  nonNameOpeners: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'einige', 'mehrere', 'viele', 'zahlreiche', 'manche',
    'andere', 'weitere', 'verschiedene', 'beide', 'alle', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'ihre', 'unser', 'unsere'],
  personNounEndings: ['er', 'in', 'ent', 'ist', 'loge', 'ant', 'at', 'ekt', 'eur', 'ör'],
  // Nouns of a body with such an ending, whose name is no person's: "der Nachrichtensender Times Now", "Der Hersteller Lockheed Martin".
  bodyNounEndings: ['sender', 'hersteller', 'anbieter', 'betreiber', 'versicherer', 'bauer', 'zulieferer', 'veranstalter', 'händler', 'träger', 'konzern'],
  personEpithets: ['minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'politiker', 'politikerin', 'chef', 'chefin', 'regierungschef', 'regierungschefin', 'staatschef', 'diplomat', 'diplomatin'],
  homeGovernmentPhrases: ['regierungssprecher', 'regierungssprecherin', 'regierungskreise', 'regierungskreisen', 'regierungsvertreter', 'sprecher der regierung', 'sprecherin der regierung'],
  governmentEpithets: ['land', 'landes', 'regierung', 'staat', 'staates', 'führung', 'republik'],
  governingPrepositions: ['gegenüber', 'mit', 'gegen', 'an', 'auf', 'über', 'in', 'im', 'für', 'von', 'vom', 'zu', 'zur', 'zum', 'bei', 'beim', 'aus', 'nach', 'wie', 'als', 'um', 'durch'],
  agentHeads: ['vertreter', 'regierung', 'präsident', 'minister', 'sprecher', 'ministerium', 'militär', 'armee', 'streitkräfte', 'behörde', 'diplomat', 'botschafter', 'kanzler', 'führung', 'delegation', 'beamte', 'offizielle', 'staatsmedien', 'medien', 'politiker', 'kommission', 'seite', 'generalstab', 'geheimdienst', 'verbündete', 'partner', 'chef', 'gesandte', 'allianz'],
  temporalWords: ['später', 'zuvor', 'danach', 'vorher', 'tag', 'tage', 'tags', 'woche', 'wochen', 'monat', 'monate', 'jahr', 'jahre', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen', 'abend', 'nacht', 'gestern', 'heute', 'unterdessen', 'inzwischen', 'zudem'],
  originPrepositions: ['in', 'aus'],
  holderPrepositions: ['unter'],
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'nichts', 'niemand'],
  advocacyCues: [['zu', 'überzeugen'], ['drängte*'], ['drängt'], ['gedrängt'], ['warb', 'dafür'], ['wirbt', 'dafür'], ['zu', 'bewegen'], ['zu', 'gewinnen']],
  relayBefore: ['laut', 'nach', 'gemäß'],
  relayAfter: ['zufolge'],
  relayVerbs: ['berichtet*', 'meldet*', 'meldete*', 'schreibt', 'schrieb', 'schrieben', 'zitiert*', 'erfuhr', 'erfahren'],
  teaserPrefixes: [['mehr', 'zum', 'thema'], ['lesen', 'sie', 'auch'], ['siehe', 'auch'], ['auch', 'interessant']],
};
