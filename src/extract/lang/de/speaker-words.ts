/** German words of the speaker-span stage (general German grammar, all lower-case). */
export const GERMAN_SPEAKER_WORDS = {
  nominativePronouns: ['er', 'ich', 'wir', 'du', 'man'],
  ambiguousPronouns: ['sie'],
  objectOpeners: [
    'den', 'dem', 'einen', 'einem', 'ihm', 'ihn', 'ihnen', 'diesen', 'diesem', 'jenen', 'jenem', 'seinen', 'seinem', 'ihren', 'ihrem',
    'unseren', 'unserem', 'keinen', 'keinem', 'mich', 'mir', 'uns', 'dich', 'dir', 'euch',
  ],
  adverbialOpeners: [
    'als', 'um', 'seit', 'seitdem', 'bezüglich', 'nach', 'vor', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'für',
    'gegenüber', 'unter', 'über', 'während', 'wegen', 'trotz', 'zu', 'zum', 'zur', 'durch', 'gegen', 'ab', 'bis', 'hinsichtlich',
    'angesichts', 'aufgrund', 'anlässlich', 'infolge', 'neben', 'ohne', 'statt', 'anstatt', 'innerhalb', 'außerhalb', 'vom', 'ins',
  ],
  placePrepositions: ['in', 'im', 'aus', 'bei', 'beim', 'vom', 'von'],
  adverbs: [
    'dabei', 'dazu', 'daher', 'deshalb', 'darauf', 'daraufhin', 'damit', 'dann', 'danach', 'zuvor', 'zuletzt', 'zudem', 'außerdem',
    'später', 'heute', 'gestern', 'vorgestern', 'morgen', 'jetzt', 'nun', 'inzwischen', 'mittlerweile', 'unterdessen', 'derweil',
    'anschließend', 'abschließend', 'schließlich', 'zunächst', 'zuerst', 'weiter', 'weiterhin', 'ferner', 'allerdings', 'jedoch',
    'trotzdem', 'dennoch', 'ebenfalls', 'ebenso', 'auch', 'bereits', 'schon', 'erst', 'noch', 'damals', 'bislang', 'bisher', 'hier',
    'dort', 'dagegen', 'hingegen', 'gleichzeitig', 'zugleich', 'sodann', 'somit', 'demnach', 'laut', 'wörtlich', 'sinngemäß',
    'ursprünglich', 'kürzlich', 'jüngst', 'neulich', 'zusätzlich', 'offenbar', 'offensichtlich', 'angeblich', 'vermutlich', 'wahrscheinlich', 'möglicherweise', 'ebenda',
    'seinerzeit', 'erneut', 'wiederum', 'gestrigen', 'heutigen', 'gleichwohl', 'indes', 'indessen', 'so', 'doch', 'aber', 'also',
  ],
  timeWords: [
    'uhr', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'jahr', 'jahren', 'jahres', 'monat', 'monaten',
    'woche', 'wochen', 'tag', 'tagen', 'tage', 'abend', 'morgen', 'nacht', 'mittag', 'nachmittag', 'vormittag', 'wochenende', 'ende',
    'anfang', 'mitte', 'beginn', 'zeitpunkt', 'zeit', 'mal',
  ],
  subjectOpeners: [
    'der', 'die', 'das', 'ein', 'eine', 'kein', 'keine', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'sein', 'seine', 'ihr', 'ihre',
    'unser', 'unsere', 'mehrere', 'einige', 'viele', 'zahlreiche', 'beide', 'alle', 'andere', 'weitere', 'verschiedene', 'manche',
  ],
  skippableAfterVerb: [
    'sich', 'jedoch', 'allerdings', 'auch', 'aber', 'dann', 'nun', 'bereits', 'schon', 'zudem', 'außerdem', 'ebenfalls', 'dagegen',
    'hingegen', 'inzwischen', 'mittlerweile', 'unterdessen', 'gestern', 'heute', 'später', 'zuvor', 'zuletzt', 'erneut', 'wiederum',
    'noch', 'ebenso', 'weiter', 'damals', 'nämlich', 'offenbar', 'gleichzeitig', 'daraufhin', 'anschließend', 'zunächst', 'außerdem',
  ],
  demonstratives: ['das', 'dies', 'dieses', 'solches'],
  relativePronouns: ['der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'welches', 'welchem', 'welchen'],
  focusParticles: ['selbst', 'sogar', 'auch', 'nur', 'einzig', 'allein', 'ausgerechnet', 'gerade', 'ebenfalls', 'insbesondere', 'besonders', 'zumindest', 'lediglich', 'vor', 'allem', 'und', 'aber', 'doch'],
  trailingParticles: ['selbst', 'allein', 'jedoch', 'aber', 'auch', 'nun', 'dagegen', 'hingegen', 'wiederum', 'ebenfalls', 'indes'],
  genitiveDeterminers: ['des', 'der', 'eines', 'einer', 'seines', 'seiner', 'ihres', 'ihrer', 'dieses', 'dieser', 'jenes', 'jener', 'unseres', 'unserer', 'meines', 'meiner'],
  sourceAnaphors: ['demnach'],
  coordinators: ['und', 'sowie'],
  honorifics: ['prof', 'dr', 'prof.', 'dr.', 'med', 'med.', 'h.c', 'h.c.', 'dipl.-ing', 'dipl.-ing.', 'ing.', 'mag.', 'st.'],
};
