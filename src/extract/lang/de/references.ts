/** German words that refer back to people, governments and claims. */
export const GERMAN_REFERENCES = {
  relativeAnaphors: ['was'],
  personPronouns: ['er', 'ihm', 'ihn'],
  ambiguousPronouns: ['sie'],
  definiteArticles: ['der', 'die', 'das', 'des', 'dem', 'den'],
  personEpithets: ['minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'politiker', 'politikerin', 'chef', 'chefin', 'regierungschef', 'regierungschefin', 'staatschef', 'diplomat', 'diplomatin'],
  governmentEpithets: ['land', 'landes', 'regierung', 'staat', 'staates', 'führung', 'republik'],
  governingPrepositions: ['gegenüber', 'mit', 'gegen', 'an', 'auf', 'über', 'in', 'im', 'für', 'von', 'vom', 'zu', 'zur', 'zum', 'bei', 'beim', 'aus', 'nach', 'wie', 'als', 'um', 'durch'],
  agentHeads: ['vertreter', 'regierung', 'präsident', 'minister', 'sprecher', 'ministerium', 'militär', 'armee', 'streitkräfte', 'behörde', 'diplomat', 'botschafter', 'kanzler', 'führung', 'delegation', 'beamte', 'offizielle', 'staatsmedien', 'medien', 'politiker', 'kommission', 'seite', 'generalstab', 'geheimdienst', 'verbündete', 'partner', 'chef', 'gesandte', 'allianz'],
  temporalWords: ['später', 'zuvor', 'danach', 'vorher', 'tag', 'tage', 'tags', 'woche', 'wochen', 'monat', 'monate', 'jahr', 'jahre', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen', 'abend', 'nacht', 'gestern', 'heute', 'unterdessen', 'inzwischen', 'zudem'],
  originPrepositions: ['in', 'aus'],
  holderPrepositions: ['unter'],
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'nichts'],
  relayBefore: ['laut', 'nach', 'gemäß'],
  relayAfter: ['zufolge'],
  relayVerbs: ['berichtet*', 'meldet*', 'meldete*', 'schreibt', 'schrieb', 'schrieben', 'zitiert*', 'erfuhr', 'erfahren'],
  teaserPrefixes: [['mehr', 'zum', 'thema'], ['lesen', 'sie', 'auch'], ['siehe', 'auch'], ['auch', 'interessant']],
};
