import type { LanguagePack } from '../lang/language-pack.js';
import type { SpeakerPack } from '../lang/speaker-pack.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import type { Token } from '../types.js';
import { isAdjectiveLike, isCapitalized, isKnownFiniteForm, isSourceNoun, opensNounPhrase, opensNounPhraseAt, TERMINAL_PUNCT } from './token-tests.js';

/** A web address used as a name ("bildblog.de", "faz.net"). */
const WEB_NAME = /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(de|com|net|org|at|ch|info|eu|tv|fm|uk|fr|it|es)$/u;

/** An acronym ("OSZE", "SPD", "G8"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/** Quantifiers in the dative plural that open a source phrase ("einigen Teilnehmern zufolge"). */
const DATIVE_QUANTIFIERS = new Set(['einigen', 'mehreren', 'vielen', 'zahlreichen', 'verschiedenen', 'beiden', 'allen', 'manchen']);

/** Degree adverbs that stand before an attributive adjective ("so genannten", "sehr bekannten"). */
const DEGREE_ADVERBS = new Set(['so', 'sehr', 'besonders', 'äußerst', 'höchst', 'ganz', 'weltweit', 'international', 'bundesweit']);

/** An adjective with the weak nominative ending -e ("persönliche", "ursprüngliche"), not -en/-er/-es/-em. */
const WEAK_NOMINATIVE = /[^e]e$/;
/** Masculine role nouns whose plural differs ("Präsidenten", "Direktoren"): after "der" they are a nominative singular. */
const MASCULINE_SINGULAR_ROLE = /(?:präsident|direktor|kommissar|sekretär|anwalt|gouverneur)$/;

/** A German possessive determiner ("seiner", "ihrem", "unserer"). */
const POSSESSIVE = /^(sein|ihr|unser|euer|mein|dein)(e|er|em|en|es)?$/;

/** The dot of a title or an initial ("Prof.", "W.", "C.Y."), not the end of a sentence. */
export function isAbbreviationDot(tokens: readonly Token[], k: number, words: SpeakerPack): boolean {
  const prev = tokens[k - 1];
  return tokens[k]!.text === '.' && prev !== undefined && (words.honorifics.has(prev.lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(prev.text));
}

/**
 * A name written in lower case: one of the pack's ("dpa", "ver.di"), a web address ("ndr.de") or a word with digits
 * ("flightradar24").
 */
function isLowerCaseName(t: Token, words: SpeakerPack): boolean {
  return t.type === 'word' && (words.lowerCaseNames.has(t.lower) || WEB_NAME.test(t.text) || /^\p{Ll}+\d+$/u.test(t.text));
}

/** Lower-case particles inside foreign names (not German words: no 'da', 'die', 'von'). */
export const FOREIGN_NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'della', 'di', 'dos', 'van', 'ten', 'ter', 'le', 'la', 'du']);
/** An elided particle before a name: "d'Italia", "l'Équipe". */
const ELIDED_PARTICLE = /^\p{Ll}['’]\p{Lu}/u;

/** A year ("1961", "2011"). */
const YEAR = /^(1[89]|20)\d\d$/;

/** Longest speaker phrase taken, in tokens. */
export const MAX_SPEAKER_TOKENS = 14;

/** A token range [start, end). */
export type Range = [number, number];

/**
 * Reads a speaker noun phrase forward from `from` (not past `limit`):
 * determiners, adjectives, capitalized words and names, genitive
 * attributes ("des Ministeriums"), "von"-attributes ("Karl Harb von den
 * Salzburger Nachrichten"), quoted names („Computerwoche“) and a comma
 * apposition closed by another comma. A lone pronoun is a phrase too.
 */
export function readSpeakerForward(tokens: Token[], from: number, limit: number, pack: LanguagePack, bareNameStops = false): Range | null {
  const first = tokens[from];
  if (!first || from >= limit) return null;
  // A web address names its outlet: "laut bildblog.de".
  if (WEB_NAME.test(first.text)) return [from, from + 1];
  // A correlative coordination: "Sowohl die Polizei als auch die Feuerwehr".
  const correlative = pack.nounsCapitalized && first.lower === 'sowohl' && from + 1 < limit && opensNounPhraseAt(tokens, from + 1, pack);
  if (!correlative && !opensNounPhraseAt(tokens, from, pack)) return null;
  const words = getSpeakerPack(pack.language);
  if (first.type === 'word' && pack.subjectPronouns.has(first.lower) && !pack.determiners.has(first.lower)) return [from, from + 1];
  let k = correlative ? from + 1 : from;
  let hasHead = false;
  let needNoun = false;
  let openQuote = false;
  let lastGood = -1;
  // The closing mark of a quoted name with words in it (not a doubled mark: "''La Nacion''").
  let closedName = -1;
  // Whether the phrase holds a genitive attribute after its head ("die Sprecherin der Unionsfraktion").
  let genitive = false;
  // Where the head noun is looked for: after coordinated attributes before it ("ein prominentes, dem … Flügel zugehöriges Mitglied").
  let headFrom = from;
  while (k < limit && k - from < MAX_SPEAKER_TOKENS) {
    const t = tokens[k]!;
    if (t.type === 'quote') {
      openQuote = !openQuote;
      // A quoted name is a head: "das „Space Telescope Science Institute“ (STSI)".
      if (!openQuote) { lastGood = k; hasHead = true; needNoun = false; if (tokens[k - 1]!.type === 'word') closedName = k; }
      k++;
      continue;
    }
    if (openQuote) { k++; continue; }
    if (t.type === 'punct') {
      // A compound written on from a closed quoted name: "die „Bild“-Zeitung" (hyphen and noun with no space between).
      const part = tokens[k + 1];
      if (t.text === '-' && closedName === k - 1 && part !== undefined && k + 1 < limit && isCapitalized(part) && tokens[k - 1]!.end === t.start && t.end === part.start) {
        lastGood = k + 1;
        k += 2;
        continue;
      }
      // A parenthesised party or place after a name: "Guido Westerwelle (FDP)".
      if (t.text === '(' && hasHead && tokens[k + 2]?.text === ')' && k + 2 < limit) { lastGood = k + 2; k += 3; continue; }
      // A comma between coordinated attributes before the noun: "ein prominentes, dem konservativen Flügel zugehöriges
      // Mitglied", "die bekannte, in Berlin lebende Autorin" (an inflected adjective after the article, another attribute after the comma).
      if (!hasHead && needNoun && k > from + 1) {
        const attribute = coordinatedAttributeEnd(tokens, k, limit, pack);
        if (attribute > k) { k = attribute; headFrom = attribute + 1; continue; }
      }
      // The dot of a title or an initial inside a name: "Prof. Dr. Matthias W. Beckmann".
      if (k > from && isAbbreviationDot(tokens, k, words) && isCapitalized(tokens[k + 1]) && k + 1 < limit) {
        k++;
        continue;
      }
      // The number after an abbreviated number noun: "dem Dekret Nr. 72-186".
      if (k > from && hasHead && words.numberAbbreviations.has(tokens[k - 1]!.lower) && t.text === '.' && /^\d/.test(tokens[k + 1]?.text ?? '') && k + 1 < limit) {
        lastGood = k + 1;
        k += 2;
        continue;
      }
      break;
    }
    // An extended attribute between the article and its noun: "die in New York geborene Lopez", "einer am Dienstag
    // veröffentlichten Pressemitteilung", "Die das Unglück überlebende Alice Kakamara".
    // (After a head only in a genitive opened by a time adverb: "das Ergebnis einer gestern vorgestellten Studie".)
    if ((!hasHead || (needNoun && TIME_ADVERBS.has(t.lower))) && k > from && pack.nounsCapitalized && pack.determiners.has(tokens[k - 1]!.lower)) {
      const participle = extendedAttributeEnd(tokens, k, limit, pack);
      if (participle > k) { needNoun = true; k = participle; continue; }
    }
    // A capitalized determiner word after an article is a noun: "Aussagen eines Anderen".
    if (pack.nounsCapitalized && isCapitalized(t) && k > from && pack.determiners.has(t.lower) && pack.determiners.has(tokens[k - 1]!.lower) && needNoun) {
      hasHead = true;
      needNoun = false;
      lastGood = k;
      k++;
      continue;
    }
    if (pack.determiners.has(t.lower)) {
      // After a head, a determiner continues the phrase only as a genitive (des/der, seines) or after "von" or a genitive article ("der beiden").
      const prev = tokens[k - 1];
      const afterLink = prev !== undefined && ((pack.speakerInnerWords.has(prev.lower) && !pack.determiners.has(prev.lower)) || (needNoun && words.genitiveDeterminers.has(prev.lower)));
      if (hasHead && !pack.speakerInnerWords.has(t.lower) && !words.genitiveDeterminers.has(t.lower) && !afterLink) break;
      // "der" with a weak adjective in -e is a nominative, the next phrase: "laut Sergei Voznyak der persönliche Sprecher …"
      // (a genitive "der" takes "-en": "der persönlichen Sprecher").
      if (hasHead && !afterLink && pack.nounsCapitalized && WEAK_NOMINATIVE.test(tokens[k + 1]?.lower ?? '') && isAdjectiveLike(tokens[k + 1], pack)
        && (t.lower === 'der' || t.lower === 'dieser')) break;
    // So is "der" before a masculine role noun in the singular: "laut Verfassung der Parlamentspräsident übernehmen"
    // (a genitive would read "des Parlamentspräsidenten").
    if (hasHead && !afterLink && pack.nounsCapitalized && t.lower === 'der' && isCapitalized(tokens[k + 1])
      && MASCULINE_SINGULAR_ROLE.test(tokens[k + 1]!.lower)) break;
      // After a bare one-word name, "der …" is an object, not a genitive ("schloss sich Moskau der Sichtweise an").
      // (A genitive-only article goes on: "berichteten Mitarbeiter des Malteser Hilfsdienstes".)
      if (bareNameStops && hasHead && k === from + 1 && !afterLink && !words.genitiveOnlyOpeners.has(t.lower)) break;
      // Nor after an acronym or a quoted name, which take no genitive: "wirft die OSZE der Wahlkommission vor",
      // "wirft der „Arbeitskreis Vorratsdatenspeicherung“ der Polizei vor" (not "des": "die SPD des Landes").
      if (bareNameStops && hasHead && !afterLink && t.lower !== 'des' && prev !== undefined && (prev.type === 'quote' || ACRONYM.test(prev.text))) break;
      // Nor after a genitive when the article and a noun of the press or public close the field before the verb: a dative
      // addressee ("wie ein Sprecher der Sudanesischen Befreiungsarmee (SPLA) der Presse mitteilte", "… den Journalisten sagte").
      if (genitive && hasHead && !afterLink && (t.lower === 'der' || t.lower === 'den') && k + 2 === limit && ADDRESSEE_NOUNS.has(tokens[k + 1]?.lower ?? '')) break;
      // Nor after a role and a full name, which take no genitive: "sagte Studienleiterin Anna Lorenz der Deutschen
      // Presse-Agentur" (the addressee; "die Sprecherin der Unionsfraktion" has the genitive after the role).
      if (pack.nounsCapitalized && hasHead && !genitive && !afterLink && t.lower === 'der' && k - 3 >= from && isRoleNoun(tokens[k - 3], words)
        && isPersonNameWord(tokens[k - 2], words) && isPersonNameWord(tokens[k - 1], words)) break;
      if (hasHead && words.genitiveDeterminers.has(t.lower)) genitive = true;
      needNoun = true;
      k++;
      continue;
    }
    // A number before its noun opens the phrase or follows its article: "47 Prozent der Befragten", and a measure before
    // an adjective is an attribute: "der 330 Seiten starke Bericht".
    if (pack.nounsCapitalized && (k === from || (needNoun && !hasHead)) && /^\d[\d.,]*$/.test(t.text) && isCapitalized(tokens[k + 1]) && k + 1 < limit) {
      if (isAdjectiveLike(tokens[k + 2], pack) && isCapitalized(tokens[k + 3]) && k + 3 < limit) { k += 3; needNoun = true; continue; }
      k++;
      needNoun = true;
      continue;
    }
    // A degree adverb before an adjective: "der so genannten „EVAC-Ambulanz“", "der sehr bekannten Zeitung".
    if (needNoun && pack.nounsCapitalized && DEGREE_ADVERBS.has(t.lower) && isAdjectiveLike(tokens[k + 1], pack) && k + 1 < limit) { k++; continue; }
    // Coordinated adjectives before the head: "Die afghanischen und ausländischen Soldaten".
    if (!hasHead && needNoun && pack.nounsCapitalized && words.coordinators.has(t.lower) && isAdjectiveLike(tokens[k - 1], pack)
      && isAdjectiveLike(tokens[k + 1], pack) && k + 1 < limit) { k++; continue; }
    // The second part of a correlative coordination: "Sowohl die Polizei als auch die Feuerwehr".
    if (correlative && hasHead && !needNoun && t.lower === 'als' && tokens[k + 1]?.lower === 'auch' && k + 2 < limit && opensNounPhraseAt(tokens, k + 2, pack)) {
      hasHead = false;
      needNoun = true;
      k += 2;
      continue;
    }
    // Coordinated heads: "Jan Giesel und David Perteck", "Meinung vieler Experten und Fans".
    if (hasHead && !needNoun && !openQuote && words.coordinators.has(t.lower)) {
      const next = tokens[k + 1];
      // Also an adjective before a noun: "der EU-Kommissar für Erweiterung und europäische Nachbarschaftspolitik".
      const adjective = pack.nounsCapitalized && isAdjectiveLike(next, pack) && isCapitalized(tokens[k + 2]) && k + 2 < limit;
      if (next && k + 1 < limit && (isCapitalized(next) || pack.determiners.has(next.lower) || adjective) && !pack.speakerStopWords.has(next.lower)) {
        needNoun = true;
        k++;
        continue;
      }
      break;
    }
    if (pack.speakerInnerWords.has(t.lower) && !isCapitalized(t)) {
      if (!hasHead) { k++; continue; }
      const next = tokens[k + 1];
      // The day of a source noun's statement: "der Ankündigung des Nobelkomitees von heute Mittag".
      if (pack.nounsCapitalized && t.lower === 'von' && !needNoun && lastGood === k - 1 && next !== undefined && DAY_ADVERBS.has(next.lower)
        && words.timeWords.has(tokens[k + 2]?.lower ?? '') && k + 2 < limit && isSourceNoun(tokens[firstNoun(tokens, headFrom, k)], pack)) {
        lastGood = k + 2;
        k += 3;
        continue;
      }
      // A route after the head is no origin: "zogen die Demonstranten vom Frankfurter Hauptbahnhof bis zur Paulskirche"
      // ("von … bis" with a place after "bis"; not an amount: "Spender von Beträgen bis 3.500 Euro").
      if (words.routeOpeners.has(t.lower) && routeEnd(tokens, k, words) > k) break;
      if (next && (isCapitalized(next) || next.type === 'quote' || pack.determiners.has(next.lower) || isAdjectiveLike(next, pack) || isLowerCaseName(next, words)
        || (pack.nounsCapitalized && (t.lower === 'von' || (t.lower === 'für' && isSourceNoun(tokens[k - 1], pack))) && YEAR.test(next.text)))) { needNoun = true; k++; continue; }
      break;
    }
    // A place after a genitive attribute belongs to it: "die Sprecherin der Unionsfraktion im Bundestag", "einer Anweisung der
    // US-Botschaft in Nairobi", "Angaben der Opposition im Iran" (a name, no article or time: not "im Jahr 2021", "in der Tageszeitung").
    if (pack.nounsCapitalized && (genitive || commonNounHead(tokens, k - 1, from, pack)) && hasHead && !needNoun && lastGood === k - 1 && BACKWARD_ATTRIBUTE_PREPOSITIONS.has(t.lower) && t.lower !== 'aus'
      && k + 1 < limit && isCapitalized(tokens[k + 1]) && !pack.determiners.has(tokens[k + 1]!.lower) && !words.timeWords.has(tokens[k + 1]!.lower)
      && !pack.speakerStopWords.has(tokens[k + 1]!.lower) && !NO_PLACE.test(tokens[k + 1]!.lower)) { needNoun = true; k++; continue; }
    // Where a speaker named by a role comes from belongs to the phrase: "ein IWF-Sprecher aus Washington", "Mitarbeiter des Malteser
    // Hilfsdienstes aus der Küstenstadt Labutta" (a name, no reason: not "Schnappauf aus Sicherheitsgründen", "aus heiterem Himmel").
    if (pack.nounsCapitalized && t.lower === 'aus' && hasHead && !needNoun && lastGood === k - 1 && isRoleNoun(tokens[firstNoun(tokens, headFrom, k)], words)) {
      const j = k + 1 < limit && pack.determiners.has(tokens[k + 1]!.lower) && !POSSESSIVE.test(tokens[k + 1]!.lower) ? k + 2 : k + 1;
      const place = tokens[j];
      if (j < limit && place !== undefined && isCapitalized(place) && !pack.determiners.has(place.lower) && !NO_PLACE.test(place.lower) && !/gr(u|ü)nde?n?$/.test(place.lower)) {
        needNoun = true;
        k = j;
        continue;
      }
    }
    // The purpose in the name of a body: "vom UN-Büro zur Koordinierung von Hilfsmaßnahmen (OCHA)", "der Verein zur Förderung …".
    if (pack.nounsCapitalized && (t.lower === 'zur' || t.lower === 'zum') && hasHead && !needNoun && lastGood === k - 1 && BODY_NOUN.test(tokens[k - 1]!.lower)) {
      let j = k + 1;
      while (j < limit && isAdjectiveLike(tokens[j], pack)) j++;
      if (j < limit && isCapitalized(tokens[j]) && /(ung|ion)$/.test(tokens[j]!.lower)) { needNoun = true; k++; continue; }
    }
    // Where a source noun was published belongs to it: "der Meldung auf der firmeneigenen Seite", "Angaben des Flugdatenproviders
    // flightradar24 auf Twitter" (not "teilten die Sängerinnen auf Twitter mit": no source noun).
    if (pack.nounsCapitalized && t.lower === 'auf' && hasHead && !needNoun && lastGood === k - 1) {
      const head = tokens[firstNoun(tokens, headFrom, k)];
      const place = webPlaceEnd(tokens, k + 1, limit, pack);
      // (After a role only the side someone is on: "ein Talibanführer auf pakistanischer Seite".)
      const side = place > k && tokens[place - 1]!.lower === 'seite' && !pack.determiners.has(tokens[k + 1]!.lower) && isRoleNoun(head, words);
      if (place > k && ((isSourceNoun(head, pack) && !isRoleNoun(head, words)) || side)) { hasHead = true; lastGood = place - 1; k = place; continue; }
    }
    // The years of an office after its noun: "der frühere Präsident Irans zwischen 1997 und 2005".
    if (pack.nounsCapitalized && hasHead && !needNoun && lastGood === k - 1 && k + 3 < limit && yearSpanEnd(tokens, k) > k) {
      lastGood = k + 3;
      k += 4;
      continue;
    }
    // A lower-case particle inside a name: "Ahmed al Huthi", "Ludwig van Beethoven", "die Banca d'Italia".
    if (pack.nounsCapitalized && hasHead && !needNoun && lastGood === k - 1 && FOREIGN_NAME_PARTICLES.has(t.lower) && isCapitalized(tokens[k + 1]) && k + 1 < limit) { k++; continue; }
    if (pack.nounsCapitalized && hasHead && lastGood === k - 1 && ELIDED_PARTICLE.test(t.text)) { lastGood = k; k++; continue; }
    const lowerName = k > from && isLowerCaseName(t, words) && (hasHead || needNoun);
    // A lower-case name ends its phrase before a capitalized word: "nach Ansicht von ai Disziplinarmaßnahmen".
    if (!lowerName && isCapitalized(t) && k > from && isLowerCaseName(tokens[k - 1]!, words) && lastGood === k - 1) break;
    if ((isCapitalized(t) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text) || lowerName) && !(pack.speakerStopWords.has(t.lower) && k > from)) {
      // A closed quoted name takes no bare word after it: "schrieb die liberale „El Mundo“ Rajoy den Sieg zu" (an object).
      if (pack.nounsCapitalized && closedName >= 0 && closedName === k - 1) break;
      hasHead = true;
      needNoun = false;
      lastGood = k;
      k++;
      continue;
    }
    // English "people familiar with the matter", "sources close to the government": the phrase goes on.
    if (!pack.nounsCapitalized && hasHead && k + 1 < limit && ((t.lower === 'with' && tokens[k - 1]?.lower === 'familiar') || (t.lower === 'to' && tokens[k - 1]?.lower === 'close'))
      && (pack.determiners.has(tokens[k + 1]!.lower) || isCapitalized(tokens[k + 1]))) {
      needNoun = true;
      k++;
      continue;
    }
    // English plural sources without an article: "say officials", "said senior diplomats".
    if (!pack.nounsCapitalized && pack.bareSubjectNouns?.has(t.lower) && !hasHead) {
      hasHead = true;
      needNoun = false;
      lastGood = k;
      k++;
      continue;
    }
    if (!pack.nounsCapitalized && isAdjectiveLike(t, pack) && (needNoun || hasHead)) {
      // English common nouns are lower-case: "the minister", "the defense minister".
      hasHead = true;
      lastGood = k;
      k++;
      continue;
    }
    if ((!hasHead || needNoun) && isAdjectiveLike(t, pack)) {
      // A nominalised adjective written lower-case ends the phrase as its head: "der 81-jährige sagte".
      const next = tokens[k + 1];
      if (needNoun && /^\d/.test(t.text) && (!next || !(isCapitalized(next) || isAdjectiveLike(next, pack)))) { hasHead = true; needNoun = false; lastGood = k; k++; break; }
      k++;
      continue;
    }
    // A year after a month, "Jahr" or "von" ("vom November 2011", "aus dem Jahr 2005", "Reichsvermögensgesetz von 1961"),
    // and a number inside a name ("Bayer 04 Leverkusen").
    if (pack.nounsCapitalized && /^\d+$/.test(t.text) && k > from) {
      const prev = tokens[k - 1]!;
      // (Also the year a report covers: "einem Jahresbericht für 2005 des zuständigen Ministeriums".)
      const year = YEAR.test(t.text) && (words.timeWords.has(prev.lower) || prev.lower === 'von' || prev.lower === 'für');
      // Only a two-digit number with a leading zero: "62 Personen" after a source is a quantity, not part of its name.
      const inName = hasHead && !needNoun && /^0\d$/.test(t.text) && isCapitalized(prev) && isCapitalized(tokens[k + 1]) && k + 1 < limit;
      if (year && (hasHead || prev.lower === 'von' || prev.lower === 'für')) { hasHead = true; needNoun = false; lastGood = k; k++; continue; }
      if (inName) { k++; continue; }
    }
    // Genitive without article after a head: "Angaben libanesischer Sicherheitskreise".
    if (hasHead && pack.nounsCapitalized && isAdjectiveLike(t, pack) && /er$/.test(t.lower) && isCapitalized(tokens[k + 1]) && k + 1 < limit) { needNoun = true; k++; continue; }
    break;
  }
  if (lastGood < from) return null;
  // Comma apposition: "Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte".
  const comma = tokens[lastGood + 1];
  if (comma && comma.text === ',' && lastGood + 2 < limit) {
    const apposition = readSpeakerForward(tokens, lastGood + 2, limit, pack);
    const closing = apposition ? tokens[apposition[1]] : undefined;
    if (apposition && closing && closing.text === ',' && apposition[1] + 1 >= limit) {
      return [from, apposition[1]];
    }
    // German apposition running to the end: "so Frank Karl, Leiter der Abteilung bei der FES."
    if (apposition && pack.nounsCapitalized && (apposition[1] >= limit || TERMINAL_PUNCT.has(closing?.text ?? '')) && isCapitalized(tokens[lastGood + 2])) {
      return [from, apposition[1]];
    }
    // A name in apposition closed by a comma: "Angaben des Direktors, Jefferson Irwin Jauwena, sei ...".
    if (apposition && closing && closing.text === ',' && apposition[1] - apposition[0] <= 6
      && tokens.slice(apposition[0], apposition[1]).every((t) => isCapitalized(t))) {
      return [from, apposition[1]];
    }
  }
  return [from, lastGood + 1];
}

/**
 * The index of the word closing a route that opens at `k` ("vom Frankfurter Hauptbahnhof bis zur Paulskirche", "von Berlin
 * bis München"): a word of the pack's route closers ("bis") within six words, before any punctuation, followed by a
 * preposition or a capitalized word (not a number: "von Beträgen bis 3.500 Euro"); -1 otherwise.
 */
function routeEnd(tokens: readonly Token[], k: number, words: SpeakerPack): number {
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (t.type === 'punct' || t.type === 'quote') return -1;
    if (!words.routeClosers.has(t.lower)) continue;
    const next = tokens[j + 1];
    return next !== undefined && (isCapitalized(next) || words.adverbialOpeners.has(next.lower)) ? j : -1;
  }
  return -1;
}

/** Prepositions that open an extended attribute before a participle ("die in Berlin ansässige Firma"). */
/**
 * An adverb inside an attribute before its adjective or participle: "der erst kürzlich ernannte Weihbischof",
 * "der sehr bekannten Zeitung".
 */
export function isAttributeAdverb(tokens: readonly Token[], k: number, pack: LanguagePack): boolean {
  let j = k;
  while (j < k + 3 && (TIME_ADVERBS.has(tokens[j]?.lower ?? '') || DEGREE_ADVERBS.has(tokens[j]?.lower ?? ''))) j++;
  return j > k && isAdjectiveLike(tokens[j], pack);
}

/** The end of a span of years at k ("zwischen 1997 und 2005"), or -1. ("von 1990 bis 2002" is read by the time rules after "von".) */
export function yearSpanEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'zwischen') return -1;
  return YEAR.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.lower === 'und' && YEAR.test(tokens[k + 3]?.text ?? '') ? k + 4 : -1;
}

/** Nouns of the press and the public that a speaker addresses in the dative right before a verb-final cue ("der Presse mitteilte"). */
const ADDRESSEE_NOUNS = new Set(['presse', 'journalisten', 'reportern', 'medien', 'öffentlichkeit', 'zeitung', 'nachrichtenagentur']);

/**
 * A body or thing named by a common noun after its article or an inflected adjective ("das Parlament", "einer Konferenz",
 * "für wirtschaftliche Entwicklung"): a place after it says which one ("das Parlament in Mexiko-Stadt"). Not a name ("sagte
 * Seibert in Berlin"), a person named by a role ("sagte der Minister in Berlin") or a source noun ("nach eigenen Angaben im
 * Süden Äthiopiens"): there the place is an adverbial of the clause.
 */
function commonNounHead(tokens: readonly Token[], k: number, from: number, pack: LanguagePack): boolean {
  const head = tokens[k];
  if (k - 1 < from || !head || !isCapitalized(head)) return false;
  const before = tokens[k - 1]!;
  return (pack.determiners.has(before.lower) || isAdjectiveLike(before, pack)) && !isSourceNoun(head, pack) && !PERSON_ROLE.test(head.lower);
}

/** Nouns of a person named by a role or a group ("Minister", "Sprecherin", "Abgeordneten", "Demonstranten"). */
const PERSON_ROLE = /(sprecher|minister|präsident|kanzler|chef|leiter|direktor|vorsitzende|vorsitzender|experte|experten|sekretär|kommissar|botschafter|gouverneur|meister|abgeordnete|abgeordneten|politiker|anwalt|anwälte|richter|forscher|wissenschaftler|vertreter|führer|beauftragte|beauftragten|mitarbeiter|demonstranten|teilnehmer|bewohner|zeugen|ärzte|arzt|helfer)(in|innen|s|n)?$/;

/** Prepositions of a place or origin attribute read backward inside a source ("… der Polizei in Berlin zufolge"). */
const BACKWARD_ATTRIBUTE_PREPOSITIONS = new Set(['in', 'im', 'aus']);

/** Nouns of bodies whose names may state their purpose ("Büro zur Koordinierung", "Gesellschaft zur Förderung"). */
const BODY_NOUN = /(büro|amt|ausschuss|kommission|rat|zentrum|zentrale|stelle|institut|agentur|behörde|stiftung|gesellschaft|verein|verband|komitee|organisation|bündnis|initiative|netzwerk|allianz|bund)$/;

/** Adverbs naming a day before a time of day ("von heute Mittag", "von gestern Abend"). */
const DAY_ADVERBS = new Set(['heute', 'gestern', 'vorgestern']);

/** Nouns of a place where something is published ("Seite", "Homepage", "Twitter"). */
const WEB_PLACE = /(seite|homepage|website|twitter|facebook|blog|portal)$/;

/** A noun naming a person or body by its role ("IWF-Sprecher", "Mitarbeiter", "Experten"). */
function isRoleNoun(t: Token | undefined, words: SpeakerPack): boolean {
  if (!t || !isCapitalized(t)) return false;
  if (/mitarbeiter(in|innen)?$/.test(t.lower)) return true;
  for (const ending of words.roleEndings) if (t.lower.endsWith(ending)) return true;
  return false;
}

/** A capitalized word that may be part of a person's name: no role noun, determiner or acronym ("Anna", "Lorenz"). */
function isPersonNameWord(t: Token | undefined, words: SpeakerPack): boolean {
  return !!t && t.type === 'word' && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(t.text) && !isRoleNoun(t, words);
}

/** The first capitalized word in [from, to), or `to`. */
function firstNoun(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isCapitalized(tokens[k])) return k;
  return to;
}

/** The end of a publication place read from `k` ("der firmeneigenen Seite", "Twitter"): article, adjectives and its noun; or -1. */
function webPlaceEnd(tokens: Token[], k: number, limit: number, pack: LanguagePack): number {
  let j = k;
  if (j < limit && pack.determiners.has(tokens[j]!.lower)) j++;
  while (j < limit && isAdjectiveLike(tokens[j], pack)) j++;
  const noun = tokens[j];
  return j < limit && noun !== undefined && isCapitalized(noun) && WEB_PLACE.test(noun.lower) ? j + 1 : -1;
}

/** Nouns of fixed adverbials after "in" that name no place: "in Zukunft", "in Richtung", "in Anbetracht", "in Erwartung". */
const NO_PLACE = /^(zukunft|zusammenhang|anbetracht|hinblick|bezug|folge|kürze|gegenwart|person|sachen|wahrheit|zeiten|.*(ung|heit|keit))$/;

/** Prepositions of a time attribute after a source ("vom Mittwoch", "am Montag"). */
const TIME_PREPOSITIONS = new Set(['vom', 'von', 'am']);

/** Time adverbs that open an extended attribute too: "einer gestern vorgestellten Studie", "der heute veröffentlichten Umfrage". */
const TIME_ADVERBS = new Set([...DAY_ADVERBS, 'kürzlich', 'jüngst', 'unlängst', 'erst', 'bereits', 'zuvor', 'zuletzt']);
const ATTRIBUTE_OPENERS = new Set(['in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'für', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'über', 'unter', 'vor', 'seit', 'gegen',
  ...TIME_ADVERBS]);
/**
 * Whether an extended attribute opens at `k` and its noun closes the phrase before a comma or the sentence end: after an
 * article it is no relative clause ("das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus Lensing, …"; not
 * "der vom Kanal Rossija befragt wurde").
 */
export function opensAttributedNoun(tokens: Token[], k: number, pack: LanguagePack): boolean {
  if (!pack.nounsCapitalized) return false;
  const participle = extendedAttributeEnd(tokens, k, Math.min(tokens.length, k + 13), pack);
  if (participle <= k) return false;
  let noun = participle + 1;
  while (noun < tokens.length && isCapitalized(tokens[noun])) noun++;
  return noun > participle + 1 && (tokens[noun]?.text === ',' || TERMINAL_PUNCT.has(tokens[noun]?.text ?? ''));
}

/** German articles (an object inside an extended attribute opens with one: "die das Unglück überlebende Alice"). */
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** Focus adverbs that may open an extended attribute ("das auch die Zeitung verlegende Medienhaus"). */
const ATTRIBUTE_FOCUS = new Set(['auch', 'nur', 'bereits', 'schon', 'ebenfalls']);
/** Endings of attributive participles and adjectives that close such an attribute ("geborene", "veröffentlichten", "zuständige"). */
const PARTICIPLE = /(end|t|en|ig|lich|isch|sam|bar)(e|en|er|es|em)$/;

/**
 * The index of the participle closing an extended attribute that opens at `k` (a preposition or an article after
 * the phrase's article), when a capitalized noun follows it; -1 otherwise.
 */
export function extendedAttributeEnd(tokens: Token[], k: number, limit: number, pack: LanguagePack): number {
  // A focus adverb may open it: "das auch die Dortmunder „Ruhr Nachrichten“ verlegende Medienhaus".
  const start = k;
  if (ATTRIBUTE_FOCUS.has(tokens[k]?.lower ?? '') && k + 1 < limit) k++;
  const first = tokens[k]!;
  // "der als gemäßigt geltende frühere Präsident": 'als' with a predicative word opens one too.
  const als = first.lower === 'als';
  if (!ATTRIBUTE_OPENERS.has(first.lower) && !pack.determiners.has(first.lower) && !als) return -1;
  // (An object inside the attribute opens with an article, not with a quantifier agreeing with the head: "einer weiteren
  // Nachricht der ursprüngliche Toaster" holds none.)
  if (!ATTRIBUTE_OPENERS.has(first.lower) && !als && !ARTICLES.has(first.lower)) return -1;
  // The last participle before a capitalized noun: an adjective inside the attribute ("die zur kalifornischen
  // Stanford University gehörende Hoover Institution") does not close it.
  let found = -1;
  for (let j = k + 1; j < limit && j - start <= 10; j++) {
    const t = tokens[j]!;
    // A quoted name inside the attribute: "die „Ruhr Nachrichten“ verlegende".
    if (t.type === 'quote' && isCapitalized(tokens[j + 1])) {
      let close = j + 1;
      while (close < limit && close - j <= 6 && tokens[close]!.type !== 'quote') close++;
      if (close < limit && tokens[close]!.type === 'quote') { j = close; continue; }
    }
    if (t.type === 'punct' || t.type === 'quote') break;
    if (isCapitalized(t) || /^\d/.test(t.text) || pack.determiners.has(t.lower) || ATTRIBUTE_OPENERS.has(t.lower)) continue;
    if (!isAdjectiveLike(t, pack) || !PARTICIPLE.test(t.lower)) {
      // (After 'als' the predicative word before the participle: "als gemäßigt geltende".)
      if (als && j === k + 1 && /^\p{Ll}+$/u.test(t.text) && !pack.speakerStopWords.has(t.lower)) continue;
      break;
    }
    const next = tokens[j + 1];
    // (An adjective may stand between the participle and its noun: "geltende frühere Präsident".)
    const adjective = als && isAdjectiveLike(next, pack) && isCapitalized(tokens[j + 2]) && j + 2 < limit;
    if (j + 1 < limit && (isCapitalized(next) || next?.type === 'quote' || adjective)) { found = j; if (als) break; }
  }
  return found;
}

/**
 * The comma at `k` between coordinated attributes before a noun ("ein prominentes, dem konservativen Flügel zugehöriges
 * Mitglied", "die bekannte, in Berlin lebende Autorin"): an inflected adjective right after an article before it, an extended
 * attribute or an adjective before a capitalized word after it. Returns the index to read on from (the attribute's participle or
 * the adjective), or -1.
 */
export function coordinatedAttributeEnd(tokens: Token[], k: number, limit: number, pack: LanguagePack): number {
  if (!pack.nounsCapitalized || tokens[k]?.text !== ',' || k < 2 || k + 1 >= limit) return -1;
  const adjective = tokens[k - 1];
  if (!pack.determiners.has(tokens[k - 2]!.lower) || !isAdjectiveLike(adjective, pack) || isCapitalized(adjective)) return -1;
  // The second attribute ends with an adjective of the same ending before a capitalized word ("prominentes, … zugehöriges Mitglied").
  const ending = adjective!.lower.slice(-2);
  let found = -1;
  for (let j = k + 1; j < limit && j - k <= 10; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    if (isCapitalized(t) || pack.determiners.has(t.lower) || ATTRIBUTE_OPENERS.has(t.lower)) continue;
    if (!isAdjectiveLike(t, pack)) break;
    if (t.lower.endsWith(ending) && isCapitalized(tokens[j + 1]) && j + 1 < limit) found = j;
  }
  return found;
}

/** Reads a speaker phrase backward, ending just before `end` (not before `limit`): "dem Bericht" in "dem Bericht zufolge". */
export function readSpeakerBackward(tokens: Token[], end: number, limit: number, pack: LanguagePack): Range | null {
  const words = getSpeakerPack(pack.language);
  let k = end - 1;
  let start = -1;
  let inQuote = false;
  // A time attribute closing the source: "Ersten Angaben vom gestrigen Mittwoch zufolge", "Angaben der Polizei vom Montag zufolge".
  if (pack.nounsCapitalized && k > limit && words.timeWords.has(tokens[k]!.lower)) {
    let p = k - 1;
    while (p > limit && k - p < 4 && (isAdjectiveLike(tokens[p], pack) || /^\d/.test(tokens[p]!.text) || tokens[p]!.text === '.')) p--;
    const before = tokens[p - 1];
    if (p > limit && TIME_PREPOSITIONS.has(tokens[p]!.lower) && before !== undefined && isCapitalized(before) && !words.timeWords.has(before.lower)) {
      start = p;
      k = p - 1;
    }
  }
  while (k >= limit && end - k <= MAX_SPEAKER_TOKENS) {
    const t = tokens[k]!;
    if (t.type === 'quote') { inQuote = !inQuote; start = k; k--; continue; }
    if (inQuote) { start = k; k--; continue; }
    // A parenthesised abbreviation after the name: "des Verbandes Deutscher Realschullehrer (VDR) zufolge".
    if (t.text === ')' && tokens[k - 2]?.text === '(' && k - 2 > limit && tokens[k - 1]!.type === 'word' && isCapitalized(tokens[k - 3])) { start = k - 2; k -= 3; continue; }
    if (t.type === 'punct') break;
    // A name written lower-case: "al-Dschasira", "worldreferee.com".
    if (/^\p{Ll}{1,3}-\p{Lu}/u.test(t.text) || WEB_NAME.test(t.text)) { start = k; k--; continue; }
    // A place or origin attribute inside the source: "Angaben eines Sprechers der Polizei in Berlin", "Medienberichten aus Russland".
    if (pack.nounsCapitalized && BACKWARD_ATTRIBUTE_PREPOSITIONS.has(t.lower) && start === k + 1 && isCapitalized(tokens[k - 1]) && k - 1 >= limit
      && !pack.determiners.has(tokens[k - 1]!.lower) && !words.timeWords.has(tokens[k + 1]?.lower ?? '')) { start = k; k--; continue; }
    if (pack.speakerStopWords.has(t.lower) && !pack.determiners.has(t.lower) && !pack.speakerInnerWords.has(t.lower)) break;
    if (pack.subjectPronouns.has(t.lower) && !pack.determiners.has(t.lower)) break;
    // A dative article opens the phrase ("Auch dem Korrespondenten al-Jazeeras zufolge", "hob Sarkozy dem „Figaro“ zufolge");
    // a genitive one may follow its head ("den Angaben der Polizei zufolge").
    if (pack.nounsCapitalized && pack.determiners.has(t.lower) && !words.genitiveDeterminers.has(t.lower)) { start = k; break; }
    // So does a quantifier without an article before it: "sagte die Kanzlerin einigen Teilnehmern zufolge".
    if (pack.nounsCapitalized && DATIVE_QUANTIFIERS.has(t.lower) && !pack.determiners.has(tokens[k - 1]?.lower ?? '')) { start = k; break; }
    if (isAdjectiveLike(t, pack) && !isCapitalized(t) && !pack.determiners.has(t.lower)) {
      // An adjective opens the phrase or follows an article; after a noun it is a verb ("entstammen Zeitungsberichten"),
      // unless it opens a genitive without article ("den Angaben einiger Teilnehmer", "Angaben libanesischer Sicherheitskreise").
      const before = tokens[k - 1];
      if (pack.nounsCapitalized && /er$/.test(t.lower) && start === k + 1 && isCapitalized(tokens[k + 1]) && isCapitalized(before) && k - 1 >= limit
        && !pack.determiners.has(before!.lower)) {
        start = k;
        k--;
        continue;
      }
      if (before && (isCapitalized(before) || /^\p{Ll}{1,3}-\p{Lu}/u.test(before.text)) && !pack.determiners.has(before.lower) && k - 1 >= limit) break;
      start = k;
      k--;
      continue;
    }
    // A noun of saying right before "zufolge" takes no bare noun before it: "nimmt die Organisation Schätzungen zufolge"
    // (a genitive follows it, "Angaben der Polizei"; a name in apposition precedes it only with its article).
    if (k === end - 2 && isSourceNoun(tokens[end - 1], pack) && isCapitalized(t) && !pack.determiners.has(t.lower)) break;
    if (isCapitalized(t) || pack.determiners.has(t.lower) || pack.speakerInnerWords.has(t.lower) || /^\d/.test(t.text)) {
      start = k;
      k--;
      continue;
    }
    break;
  }
  if (start < 0) return null;
  // Drop leading linking words ("von", "und") that lost their head.
  while (start < end && pack.speakerInnerWords.has(tokens[start]!.lower) && !pack.determiners.has(tokens[start]!.lower)) start++;
  // An article before a possessive belongs to the phrase around the source: "die ihrer Meinung nach verbreiteten Illusionen".
  if (start + 1 < end && pack.determiners.has(tokens[start]!.lower) && POSSESSIVE.test(tokens[start + 1]!.lower)) start++;
  return start < end ? [start, end] : null;
}

/** Whether a range of tokens looks like a subject phrase (for the field before a finite verb). */
export function isSubjectField(tokens: Token[], range: Range, pack: LanguagePack): boolean {
  const [from, to] = range;
  if (to <= from || to - from > MAX_SPEAKER_TOKENS + 6) return false;
  const first = tokens[from]!;
  if (first.type !== 'word') return first.type === 'quote';
  // "Sowohl die Polizei als auch die Feuerwehr sagten": the correlative coordination fills the field.
  if (first.lower === 'sowohl') return readSpeakerForward(tokens, from, to, pack)?.[1] === to;
  if (pack.speakerStopWords.has(first.lower) && !pack.determiners.has(first.lower) && !pack.subjectPronouns.has(first.lower)) return false;
  if (first.lower === 'es' || first.lower === 'dies' || first.lower === 'das' && to - from === 1) return false;
  // "Den Einspareffekt beziffert Enders auf …", "Dem Bericht zufolge …": an article that is never nominative opens an object.
  if (NON_NOMINATIVE_ARTICLES.has(first.lower)) return false;
  // "Außer aus Rio de Janeiro weist das Amt …", "Von den öffentlichen Einrichtungen erklärten nur die Gefängnisse …": a
  // capitalized preposition opens an adverbial or partitive phrase (not "Von der Leyen").
  if (FIELD_PREPOSITIONS.has(first.lower) || (first.lower === 'von' && NON_NOMINATIVE_ARTICLES.has(tokens[from + 1]?.lower ?? ''))) return false;
  // A lone adverb in the first position: "Relativierend fügt Gall hinzu", "Teilweise …".
  if (to - from === 1 && pack.nounsCapitalized && /(end|weise|mäßig|erweise)$/.test(first.lower)) return false;
  // A lone adverb or predicative adjective of the pack's list: "Besorgt äußerte sich Kofi Annan über …".
  if (to - from === 1 && getSpeakerPack(pack.language).adverbs.has(first.lower)) return false;
  // A field ending in "und" holds a clause of its own: "Zuschauer standen am Rand der Straße und forderten …".
  if (to - from > 1 && COORDINATORS.has(tokens[to - 1]!.lower)) return false;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    // (Not the full stop of an abbreviated title inside the phrase: "Der Bremer Forscher Dr. Heino Stoever riet …".)
    const abbreviated = t.text === '.' && k > from && getSpeakerPack(pack.language).honorifics.has(tokens[k - 1]!.lower);
    if ((TERMINAL_PUNCT.has(t.text) && !abbreviated) || t.text === ':' || t.text === ';') return false;
    if (t.type !== 'word') continue;
    if (pack.complementizers.has(t.lower)) return false;
    // (English "the report", "a claim": a cue word after an article is a noun.)
    // (Nor is one that modifies the next word of the phrase: "state media", "the state news agency".)
    const attributive = k + 1 < to && tokens[k + 1]!.type === 'word' && !!pack.attributiveCueWords?.has(t.lower);
    const noun = (!pack.nounsCapitalized && k > from && pack.determiners.has(tokens[k - 1]!.lower)) || attributive;
    if (pack.cueWords.has(t.lower) && !isCapitalized(t) && !noun) return false;
    if (k > from && depth === 0 && pack.speakerStopWords.has(t.lower) && !pack.determiners.has(t.lower) && !pack.speakerInnerWords.has(t.lower) && !COORDINATORS.has(t.lower)) {
      // A preposition with its own phrase stays ("Der Einsatzleiter der Polizei in Dortmund"); adverbs do not ("Einen Tag später").
      const next = tokens[k + 1];
      const preposition = PREPOSITIONS.has(t.lower) && next !== undefined
        && (isCapitalized(next) || pack.determiners.has(next.lower) || (isAdjectiveLike(next, pack) && isCapitalized(tokens[k + 2])));
      if (!preposition) return false;
    }
  }
  // (English also a bare adjective before a plural source noun: "…, senior officials said", "…, state media reported".)
  return opensNounPhrase(first, pack) || (!pack.nounsCapitalized && opensNounPhraseAt(tokens, from, pack));
}

const COORDINATORS = new Set(['und', 'sowie', 'oder', 'and', 'or']);
/** German articles that are never nominative (accusative or dative: "den", "dem", "einen", "einem"). */
const NON_NOMINATIVE_ARTICLES = new Set(['den', 'dem', 'einen', 'einem', 'diesen', 'diesem']);
/** Prepositions that never open a name, so never a subject field ("Außer aus Rio …"). */
const FIELD_PREPOSITIONS = new Set(['außer', 'ausser', 'seitens', 'mittels', 'infolge', 'aufgrund', 'angesichts', 'anlässlich', 'hinsichtlich', 'bezüglich', 'trotz', 'wegen', 'während']);
const PREPOSITIONS = new Set(['in', 'im', 'aus', 'bei', 'beim', 'für', 'an', 'am', 'auf', 'mit', 'vom', 'of', 'at', 'from', 'for']);

/**
 * The subject field of a sentence whose verb follows a phrase with an
 * apposition, relative clause or parenthesis: "Die Organisation, die im
 * Gazastreifen regiert, erklärte". The phrase must open the sentence and the
 * insertion must close right before the verb.
 */
export function readExtendedSubject(tokens: Token[], from: number, verb: number, pack: LanguagePack): Range | null {
  const closing = tokens[verb - 1];
  // "Den … Einspareffekt, unter anderem durch …, bezifferte Enders": an article that is never nominative opens an object.
  if (NON_NOMINATIVE_ARTICLES.has(tokens[from]?.lower ?? '')) return null;
  // A focus particle before the field belongs to neither: "Insbesondere die „Alliance pour la Planète“, aber auch …".
  if (pack.nounsCapitalized && getSpeakerPack(pack.language).focusParticles.has(tokens[from]?.lower ?? '') && from + 1 < verb && opensNounPhraseAt(tokens, from + 1, pack)) from++;
  // A list of names: "Transparency International, Campact und LobbyControl werfen …", also with "aber auch" ("Die Polizei,
  // aber auch andere Organisationen hatten aufgerufen").
  const head0 = readSpeakerForward(tokens, from, verb, pack);
  if (head0 && tokens[head0[1]]?.text === ',') {
    let list = true;
    for (let k = head0[1]; k < verb && list; k++) {
      const t = tokens[k]!;
      const alsoLink = (t.lower === 'aber' && tokens[k + 1]?.lower === 'auch' && tokens[k - 1]?.text === ',') || (t.lower === 'auch' && tokens[k - 1]?.lower === 'aber');
      list = t.text === ',' || COORDINATORS.has(t.lower) || isCapitalized(t) || pack.determiners.has(t.lower) || alsoLink
        || (alsoLink || tokens[k - 1]?.lower === 'auch' || pack.determiners.has(tokens[k - 1]?.lower ?? '')) && isAdjectiveLike(t, pack);
    }
    if (list && isCapitalized(tokens[verb - 1])) return [from, verb];
  }
  if (!closing || (closing.text !== ',' && closing.text !== ')') || verb - from > 30) return null;
  const head = readSpeakerForward(tokens, from, verb, pack);
  if (!head) return null;
  let headEnd = head[1];
  // A prepositional attribute before the apposition: "die US-Delegationsleiterin beim Klimagipfel, Sharon Hayes,".
  if (PREPOSITIONS.has(tokens[headEnd]?.lower ?? '')) {
    const pp = readSpeakerForward(tokens, headEnd + 1, verb, pack);
    if (pp) headEnd = pp[1];
  }
  const after = tokens[headEnd];
  if (!after || (after.text !== ',' && after.text !== '(')) return null;
  // English "The talks failed, said officials.": a phrase closed by the comma right before the verb has no apposition; it is a
  // clause the verb reports, not its subject.
  if (!pack.nounsCapitalized && headEnd === verb - 1 && closing.text === ',' && !tokens.slice(from, verb - 1).some((t) => t.text === ',' || t.text === ')')) return null;
  for (let k = headEnd; k < verb; k++) {
    const t = tokens[k]!;
    if (TERMINAL_PUNCT.has(t.text) || t.text === ':' || t.text === ';' || t.type === 'quote') return null;
    if (t.type === 'word' && (pack.complementizers.has(t.lower) || (pack.cueWords.has(t.lower) && !isCapitalized(t)))) return null;
    // A finite verb right after the comma closing the apposition is the verb of the main clause, and the verb after the
    // last comma has no subject of its own: "Jim DeMint, ein Mitglied des Repräsentantenhauses, wollte sich nicht festlegen, sagte aber".
    if (k > headEnd && t.text === ',' && k + 1 < verb - 1 && tokens[k + 1]!.type === 'word' && !isCapitalized(tokens[k + 1])
      && (isKnownFiniteForm(tokens[k + 1]!.lower, pack) || getSpeakerPack(pack.language).finiteHelpers.has(tokens[k + 1]!.lower))) return null;
  }
  return closing.text === ')' ? [from, verb] : [from, verb - 1];
}

/**
 * Whether [from, comma) is a noun phrase with an apposition and no verb: it opens with an article or a capitalized word
 * (no preposition or subordinator), holds a comma of its own, ends in a capitalized word or a parenthesis, and its
 * lower-case words are articles, inner words of names, prepositions of attributes or attributive adjectives only
 * ("Karl-Theodor zu Guttenberg, Obmann der CDU/CSU-Fraktion im Auswärtigen Ausschuss", "Der Vorsitzende der
 * Dienstleistungsgewerkschaft ver.di, Frank Bsirske").
 */
export function nominalFieldWithApposition(tokens: Token[], from: number, comma: number, pack: LanguagePack): boolean {
  if (!pack.nounsCapitalized || comma - from < 3 || comma - from > 30) return false;
  const first = tokens[from]!;
  if (!(pack.determiners.has(first.lower) || (isCapitalized(first) && !pack.speakerStopWords.has(first.lower)))) return false;
  if (NON_NOMINATIVE_ARTICLES.has(first.lower) || FIELD_PREPOSITIONS.has(first.lower)) return false;
  const last = tokens[comma - 1]!.text === '.' ? tokens[comma - 2]! : tokens[comma - 1]!;
  if (!(isCapitalized(last) || last.text === ')')) return false;
  let commas = 0;
  for (let k = from; k < comma; k++) {
    const t = tokens[k]!;
    // (Not a comma between coordinated attributes before a noun: "ein prominentes, dem … zugehöriges Mitglied".)
    if (t.text === ',' && coordinatedAttributeEnd(tokens, k, comma, pack) > k) continue;
    if (t.text === ',') { commas++; if (!isCapitalized(tokens[k - 1]) && tokens[k - 1]!.text !== ')' && !/[./]/.test(tokens[k - 1]!.text)) return false; continue; }
    // (A dot inside the sentence closes an ordinal or abbreviation: "Königin Elisabeth II.", "Dr.".)
    if (t.text === '.' && tokens[k - 1]!.type === 'word') continue;
    if (t.type !== 'word') { if (t.text === '(' || t.text === ')' || t.text === '/' || t.text === '-') continue; return false; }
    if (isCapitalized(t) || /^\d/.test(t.text)) continue;
    if (isKnownFiniteForm(t.lower, pack) || pack.complementizers.has(t.lower) || pack.subordinators.has(t.lower)) return false;
    if (pack.determiners.has(t.lower) || pack.speakerInnerWords.has(t.lower) || NAME_PARTICLES.has(t.lower) || ATTRIBUTE_PREPOSITIONS.has(t.lower)) continue;
    if (/[./]/.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) continue;
    if (isAdjectiveLike(t, pack) && (isCapitalized(tokens[k + 1]) || isAdjectiveLike(tokens[k + 1], pack) || coordinatedAttributeEnd(tokens, k + 1, comma, pack) > k + 1)) continue;
    if (isAttributeAdverb(tokens, k, pack)) continue;
    return false;
  }
  return commas >= 1 && commas <= 3;
}

/** Lower-case particles inside names ("Karl-Theodor zu Guttenberg", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['zu', 'von', 'van', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'ibn']);
/** Prepositions of an attribute inside a noun phrase ("Obmann der Fraktion im Auswärtigen Ausschuss", "Sprecher für Umweltfragen"). */
const ATTRIBUTE_PREPOSITIONS = new Set(['in', 'im', 'von', 'vom', 'aus', 'bei', 'beim', 'für', 'an', 'am', 'zur', 'zum', 'und', 'sowie', 'des', 'der']);
