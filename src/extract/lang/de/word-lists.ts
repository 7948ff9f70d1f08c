/** German word lists of the language pack (all lower-case). */

export const ABBREVIATIONS = [
  'dr', 'prof', 'z.b', 'z', 'b', 'u.a', 'bzw', 'ca', 'nr', 'st', 'mio', 'mrd', 'usw', 'vgl', 'ggf', 'evtl', 'inkl', 'jh', 'jhd',
  'hrsg', 'min', 'max', 'sek', 'std', 'tel', 'str', 'abs', 'art', 'bzgl', 'd.h', 'u.s', 'i.e', 'etc', 'sog', 'v', 'vs', 'gen', 'mr',
  'mrs', 'ing', 'dipl', 'jr', 'sen', 'rd', 'tsd', 'bspw', 'allg', 'geb', 'gest', 'ev', 'e.v', 'co', 'corp', 'inc', 'ltd', 'u', 'a', 'o',
  'mag', 'lt', 'okt', 'nov', 'dez', 'jan', 'feb', 'febr', 'aug', 'sept', 'ebd', 'zit', 'engl', 'franz', 'lat', 'chr', 'n',
];

/** Finite forms that mark reported speech: Konjunktiv I and its Konjunktiv II substitutes. */
export const REPORTED_MOOD = [
  'sei', 'seien', 'seiest', 'habe', 'hätte', 'hätten', 'werde', 'würde', 'würden', 'wäre', 'wären', 'könne', 'könnten', 'müsse',
  'müssten', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'komme', 'gehe', 'liege', 'stehe', 'bleibe', 'wisse', 'lasse', 'brauche',
  'mache', 'handle', 'gelte', 'fehle', 'trage', 'bestehe', 'sehe', 'gehöre', 'führe', 'zeige', 'bringe', 'finde', 'halte', 'nehme',
  'plane', 'arbeite', 'stelle', 'spiele', 'befinde', 'wolle', 'erwarte', 'verfüge', 'betrage', 'beziehe', 'entspreche', 'reiche',
  'diene', 'koste', 'treffe', 'verstoße', 'befürworte', 'unterstütze', 'lehne', 'lebe', 'hänge', 'sitze', 'laufe', 'steige', 'sinke',
  'drohe', 'fordere', 'sorge', 'erfülle', 'ermögliche', 'bedeute', 'bestätige', 'richte', 'setze', 'suche', 'tue', 'denke', 'glaube',
  'kenne', 'kämen', 'gäbe', 'stünde', 'bräuchte', 'ließe', 'handele', 'käme', 'stamme', 'verfolge', 'wisse', 'betreibe',
  // Konjunktiv II of strong verbs (distinct from the preterite) and further Konjunktiv I forms.
  'brächte', 'brächten', 'böte', 'böten', 'läge', 'lägen', 'stünden', 'fände', 'fänden', 'wüsste', 'wüssten', 'bekäme',
  'bekämen', 'befände', 'befänden', 'gälte', 'hieße', 'dürften', 'ließen', 'ruhe', 'bedinge', 'stecke', 'vertrage', 'unterscheide', 'bekomme',
  'lege', 'existiere', 'funktioniere', 'basiere', 'reagiere', 'akzeptiere', 'benötige', 'beruhe', 'herrsche', 'leide',
  'entstehe', 'besitze', 'verliere', 'gewinne', 'wachse',
];

/** Finite forms that carry reported speech only in a continuation (FreeIndirect "soll"). */
export const CONTINUATION_MOOD = ['soll', 'sollen'];

/** Konjunktiv I (third person singular) of common reporting verbs: "Die IAEO gehe davon aus, dass …" is itself reported. */
export const REPORTED_CUE_FORMS = [
  'gehe', 'sage', 'erkläre', 'betone', 'meine', 'glaube', 'fordere', 'warne', 'rechne', 'hoffe', 'befürchte', 'erwarte',
  'kritisiere', 'verweise', 'weise', 'spreche', 'halte', 'sehe', 'bestätige', 'bestreite', 'wisse', 'denke', 'schätze',
  'begrüße', 'lehne',
];

export const DETERMINERS = [
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'dieser', 'diese', 'dieses', 'diesem',
  'diesen', 'jener', 'jene', 'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren',
  'unser', 'unsere', 'eigenen', 'eigener', 'mehrere', 'einige', 'viele', 'zahlreiche', 'beide', 'beiden', 'alle', 'andere', 'anderen',
  'weitere', 'weiteren', 'verschiedene', 'manche', 'deren', 'dessen', 'kein', 'keine',
];

export const SUBJECT_PRONOUNS = ['er', 'sie', 'man', 'wir', 'ich', 'es', 'diese', 'dieser', 'beide', 'alle', 'letztere', 'letzterer', 'erstere', 'ersterer'];

/** Words that end a speaker phrase: adverbs, conjunctions, auxiliaries, prepositions other than genitive/von links. */
export const SPEAKER_STOP_WORDS = [
  'und', 'oder', 'aber', 'doch', 'jedoch', 'auch', 'noch', 'schon', 'bereits', 'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'dann',
  'damals', 'zudem', 'außerdem', 'ebenfalls', 'zuletzt', 'zuvor', 'später', 'erneut', 'inzwischen', 'mittlerweile', 'hingegen',
  'dagegen', 'allerdings', 'dabei', 'daher', 'deshalb', 'dazu', 'darauf', 'darüber', 'davon', 'damit', 'hier', 'dort', 'so', 'wie',
  'dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'nachdem', 'während', 'denn', 'sondern', 'nicht', 'nur', 'sehr', 'am', 'im', 'in',
  'an', 'auf', 'mit', 'für', 'gegenüber', 'bei', 'beim', 'nach', 'vor', 'zu', 'zum', 'zur', 'über', 'unter', 'durch', 'gegen', 'um',
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'habe',
  'es', 'sich', 'ihm', 'ihn', 'ihnen', 'uns', 'laut', 'zufolge', 'gemäß', 'demnach', 'wörtlich', 'weiter', 'ferner', 'etwa', 'wohl',
  'offenbar', 'vergangene', 'vergangenen', 'letzte', 'letzten', 'kürzlich', 'gleichzeitig', 'daraufhin', 'ebenso', 'zufolge',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'woche', 'wochenende', 'abend', 'morgen',
  'hierzu', 'hierauf', 'unterdessen', 'indes', 'indessen', 'derweil', 'sinngemäß', 'trotzdem', 'dennoch', 'zunächst', 'anschließend',
  'schließlich', 'abschließend', 'ebenfalls', 'weiterhin', 'gleichwohl', 'zusammen', 'damals', 'bislang', 'bisher', 'nun', 'erst',
  // Neuter adjectives used as nouns, objects after a bare name ("hatte Steinbrück Positives zu vermelden").
  'positives', 'negatives', 'gutes', 'schlechtes', 'näheres', 'genaueres', 'folgendes', 'ähnliches', 'wesentliches',
];

/** Lower-case words that may appear inside a speaker phrase ("Karl Harb von den Salzburger Nachrichten"). */
export const SPEAKER_INNER_WORDS = ['von', 'vom', 'der', 'des', 'eines', 'einer', 'für', 'de', 'van', 'al', 'bin', 'el', 'di', 'da', 'le', 'la', 'dos', 'du', 'of'];

export const HEDGES = ['offenbar', 'angeblich', 'vermutlich', 'mutmaßlich', 'anscheinend', 'scheinbar', 'offensichtlich', 'möglicherweise', 'wahrscheinlich'];

/** Separable particles of reporting verbs (own list: compound particles such as "hinzu" included). */
export const SEPARABLE_PARTICLES = [
  'mit', 'an', 'zurück', 'vor', 'auf', 'aus', 'ein', 'zu', 'hin', 'hinzu', 'dar', 'fest', 'klar', 'bekannt', 'hervor', 'ab', 'wieder',
  'vorher', 'voraus', 'frei', 'los', 'weg',
];

/** Nouns that label a heading, caption or list before a colon ("Hintergrund: …", "Bild: Nächtliche Szene vor dem Haus"), never a speaker. */
export const HEADING_LABELS = [
  'hintergrund', 'hintergründe', 'bild', 'bilder', 'foto', 'fotos', 'grafik', 'karte', 'quelle', 'quellen', 'anmerkung', 'anmerkungen',
  'hinweis', 'hinweise', 'tabelle', 'video', 'update', 'nachtrag', 'ergebnis', 'ergebnisse', 'chronik', 'übersicht', 'zusammenfassung',
  'weblinks', 'portal', 'bildunterschrift',
];

/** Nouns whose quote right after them is a title or name ("unter dem Motto „…“", "unter dem Titel „…“"; not "Parole", "Aufschrift": a slogan is said). */
export const TITLE_NOUNS = ['motto', 'titel', 'untertitel', 'name', 'namen', 'überschrift', 'schlagzeile', 'arbeitstitel'];

/**
 * Nouns of a slogan carried or chanted, whose quote right after them (also after 'wie') is what its bearers say, though
 * short: "trugen … Stoffbänder mit der Aufschrift „Kritik = Terror“", "mit Transparenten, auf denen Sprüche wie „Nieder
 * mit der Besatzung …“ standen", "haben … mit der Parole „Wir erwarten euch“ … gedroht" (train: 3 of 3 such quotes, in 3
 * articles, are gold Direct quotations, all missed before; none unannotated).
 */
export const SLOGAN_NOUNS = ['aufschrift', 'aufschriften', 'parole', 'parolen', 'slogan', 'slogans', 'spruch', 'sprüche', 'sprüchen'];

/**
 * Nouns of a document or published finding whose content 'danach' points back to in the next sentences ("so lautet der
 * Titel einer Studie, die heute … vorgestellt wurde. Danach bestimmen verschiedene Formen von Gewalt …", "Die Schweizer
 * Großbank UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das Geldinstitut Verluste …"; pack
 * documentNouns, a compound counts by its last part). After other nouns 'danach' mostly tells the time ("Der Mann
 * verständigte die Behörden. Danach fand ein Treffen statt."): train: 'danach' after such a noun in the two sentences
 * before is a gold cue 5 of 5 times, 'danach' elsewhere 1 of 21.
 */
export const DOCUMENT_NOUNS = [
  'studie', 'studien', 'umfrage', 'umfragen', 'bericht', 'darstellung', 'entwurf', 'zahlen', 'statistik', 'gutachten', 'analyse',
  'erhebung', 'untersuchung', 'prognose', 'hochrechnung',
];
