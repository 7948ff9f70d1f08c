import type { CueCandidate, Sentence, Token, WithCues } from '../types.js';
import type { Range } from './speaker-phrase.js';
import { perDocument } from './per-document.js';
import { INFINITIVE_ADVERBIALS, isAdjectiveLike, isCapitalized, PHRASE_PREPOSITIONS_DE } from './token-tests.js';

/**
 * The extent of a reported speech act that has no content clause ("Der
 * Minister kündigte eine Lösung des Problems an."): the act is the whole
 * sentence, as the dataset annotates it, with the adverbial or subordinate
 * clause before the verb ("In einem Bericht, der dem Sicherheitsrat vorlag,
 * fordert Annan …"), the subject with its apposition ("Zapatero, der der PSOE
 * angehört, verwies …") and the object with its relative or causal clause
 * ("… forderte den Rücktritt von Pierers, weil er …"). A stretch is left out
 * when it belongs to another attribution (it holds another cue, a quotation or
 * the reported mood) or, before the verb's clause, when that clause has a
 * subject of its own before the verb ("Es sind 500 Stellen entstanden, die
 * Betreiber sprechen von …"). `range` is the act's own clause; `verb` the
 * finite verb, `clauseFrom` the start of its clause.
 */
export function reportedActRange(doc: WithCues, cue: CueCandidate, sentence: Sentence, range: Range, verb: number, clauseFrom: number): Range {
  let [from, to] = range;
  const own = new Set(cue.tokenIds);
  // The verb opens its clause (the field before it lies before the comma) or the subject reaches back over a comma.
  let first = clauseFrom;
  while (first < verb && LEADING_CONJUNCTIONS.has(doc.tokens[first]!.lower)) first++;
  // (Or the stretch before the comma is a phrase without a verb, a list or apposition the subject opens with: "Die
  // Organisationen Transparency International, Campact und LobbyControl werfen … vor".)
  const fieldBefore = first === verb || from < clauseFrom || verblessPhrase(doc, sentence.tokenStart, clauseFrom - 1);
  // A contrasting clause is a proposition of its own ("Während sich die Opposition zurückhielt, fordert …", "…, während X …").
  // ("Während des Treffens, das …, forderte …" is a preposition, which takes the genitive; "Während die Parlamentarier …
  // gaben" a conjunction.)
  const contrastBefore = CONTRASTIVE.has(doc.tokens[sentence.tokenStart]!.lower) && !GENITIVE_ARTICLES.has(doc.tokens[sentence.tokenStart + 1]?.lower ?? '');
  const contrastAfter = doc.tokens[to]?.text === ',' && CONTRASTIVE.has(doc.tokens[to + 1]?.lower ?? '');
  if (from > sentence.tokenStart && fieldBefore && !contrastBefore && isFree(doc, [sentence.tokenStart, from], own, cue)) from = sentence.tokenStart;
  if (to < sentence.tokenEnd && !contrastAfter && isFree(doc, [to, sentence.tokenEnd], own, cue)) to = sentence.tokenEnd;
  else if (to < sentence.tokenEnd && !contrastAfter && doc.tokens[to]?.text !== ',') {
    // "Sie fordern Verbesserungen … und beklagen nicht ausgezahlte Prämien, die einen Personalmangel zur Folge hätten":
    // when the rest of the sentence is no free stretch (a reported mood, another cue), the act with a coordinated act
    // still reaches up to the comma before a relative clause.
    let comma = to;
    while (comma < sentence.tokenEnd && doc.tokens[comma]!.text !== ',') comma++;
    // (Only before a relative clause: a coordinated verb with a content clause of its own keeps it: "und forderte … auf, …".)
    if (comma < sentence.tokenEnd && opensRelativeClause(doc, comma + 1) && isFree(doc, [to, comma], own, cue)) to = comma;
  }
  return [from, to];
}

/** Articles that may be genitive after "während" the preposition ("während des Treffens", "während der Sitzung"). */
const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer', 'dieses', 'dieser', 'jenes', 'jener']);

/** Subordinators and conjunctions opening a contrasting clause. */
const CONTRASTIVE = new Set(['während', 'wohingegen', 'wogegen', 'obwohl', 'obgleich', 'sondern', 'aber', 'doch', 'jedoch']);

/** Leading words that do not fill the field before the verb ("und sprach", "aber forderte"). */
const LEADING_CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'sondern', 'oder']);

/**
 * Whether [from, to) holds no other cue (but an act coordinated with this one or a cue in a relative clause), no
 * quotation of a sentence or more, no reported mood and no content clause.
 */
function isFree(doc: WithCues, [from, to]: Range, own: Set<number>, cue?: CueCandidate): boolean {
  const { tokens, pack } = doc;
  const cueTokens = cueTokenSet(doc);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (cueTokens.has(k) && !own.has(k) && !(cue && coordinatedAct(doc, cue, cueByToken(doc).get(k)!)) && !inRelativeClause(doc, cueByToken(doc).get(k)!)) return false;
    const quote = doc.quoteByStart.get(k);
    if (quote !== undefined && !doc.quotes[quote]!.short) return false;
    if (pack.reportedMoodForms.has(t.lower) || pack.complementizers.has(t.lower)) return false;
  }
  return true;
}

/** Whether [from, to) holds a token of a cue other than `cue` (with `acts`: other than an act coordinated with it). */
export function holdsOtherCue(doc: WithCues, cue: CueCandidate, [from, to]: Range, acts = false): boolean {
  const cueTokens = cueTokenSet(doc);
  for (let k = from; k < to; k++) {
    if (cueTokens.has(k) && !cue.tokenIds.includes(k) && !(acts && coordinatedAct(doc, cue, cueByToken(doc).get(k)!))) return true;
  }
  return false;
}

/** Token indexes of all cues of the document (cached per document). */
const cueTokenSet = perDocument((doc) => new Set(doc.cues.flatMap((c) => c.tokenIds)));

/** The cue of each cue token (cached per document). */
const cueByToken = perDocument((doc) => {
  const map = new Map<number, CueCandidate>();
  for (const c of doc.cues) for (const k of c.tokenIds) if (!map.has(k)) map.set(k, c);
  return map;
});

/**
 * Whether `other` is an act verb coordinated with the act of `cue` in one sentence, the later verb right after
 * 'und'/'aber' ("Die Rothemden begrüßten die Ankündigung, fordern aber …", "bezeichnen den Angriff als
 * Verteidigungsaktion und verweisen auf …"): the dataset takes such acts of one subject as one.
 */
export function coordinatedAct(doc: WithCues, cue: CueCandidate, other: CueCandidate): boolean {
  if (other === cue || other.type !== 'verb' || cue.type !== 'verb' || other.passive || other.sentence !== cue.sentence) return false;
  const { tokens } = doc;
  const later = Math.max(cue.tokenIds[0]!, other.tokenIds[0]!);
  if (!ACT_COORDINATORS.has(tokens[later - 1]?.lower ?? '')) return false;
  const first = Math.min(...other.tokenIds);
  const sentence = doc.sentences[other.sentence]!;
  let end = first;
  while (end < sentence.tokenEnd && !CLAUSE_END.has(tokens[end]!.text)) end++;
  return isActUse(doc, other, [first, Math.max(end, Math.max(...other.tokenIds) + 1)]);
}

const ACT_COORDINATORS = new Set(['und', 'aber', 'sowie']);
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?']);

/**
 * Whether [from, to) is a noun or prepositional phrase with a relative clause
 * ("In einem gestern veröffentlichten Bericht, der dem Sicherheitsrat vorgelegt
 * wurde"; "Die Anhänger, die sich anschickten, … teilzunehmen"): the field
 * before the verb, not a clause of content. It holds no reported mood and no
 * quotation.
 */
export function phraseWithRelativeClause(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || first.type !== 'word' || !(PREPOSITIONS.has(first.lower) || pack.determiners.has(first.lower))) return false;
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote' || pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower) || pack.complementizers.has(t.lower)) return false;
    if (t.text !== ',' || relative) continue;
    // The first comma must open the relative clause: "…, der …", "…, in dem …", "…, wo …".
    const next = tokens[k + 1];
    const second = tokens[k + 2];
    relative = next !== undefined && (RELATIVE_PRONOUNS.has(next.lower) || (PREPOSITIONS.has(next.lower) && second !== undefined && RELATIVE_PRONOUNS.has(second.lower)));
    if (!relative) return false;
  }
  return relative;
}

/** Prepositions that open a phrase in the field before the verb. */
const PREPOSITIONS = new Set([
  'in', 'im', 'nach', 'für', 'bei', 'beim', 'zur', 'zum', 'mit', 'auf', 'aus', 'von', 'vom', 'vor', 'trotz', 'wegen', 'angesichts',
  'seit', 'unter', 'über', 'gegen', 'durch', 'an', 'am', 'neben', 'zwischen', 'hinter', 'ohne', 'um', 'bis', 'während', 'infolge',
]);
/** Relative pronouns and adverbs ("der", "welche", "wo"). */
const RELATIVE_PRONOUNS = new Set([
  'der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'welches', 'welchem', 'welchen', 'wo', 'wodurch', 'womit', 'worin',
]);

/**
 * Whether the clause opening at `from` (after the comma that ends a speech
 * act's clause) belongs to the act's object rather than being its content: a
 * relative clause ("forderte einen Waffenstillstand, der von Beobachtern
 * überwacht werden soll"; "…, mit dem die Bevölkerung vorbereitet werden
 * soll") or a purpose clause ("…, um Hilfe ins Land zu bringen"). An
 * infinitive clause ("empfahl dem Gericht, der Klage stattzugeben") and a
 * relative clause in the reported mood ("…, die behandelt werden müsse") are
 * content.
 */
export function attachesToObject(doc: WithCues, cue: CueCandidate, from: number, end: number): boolean {
  const { tokens, pack } = doc;
  if (!(cue.speechAct || pack.actLemmas.has(cue.lemma))) return false;
  const first = tokens[from];
  // "bezeichnet diese Maßnahme als einen Versuch der Behörden, die BBC … zu hindern", "bezeichnete es als eine
  // Möglichkeit, „ein neues Kapitel“ … aufzuschlagen": after an 'als' predicate noun the infinitive belongs to the noun.
  if (first && endsInInfinitive(doc, from, end) && predicateBefore(doc, cue, from)) return true;
  if (!first || first.type !== 'word') return false;
  // An infinitive clause is content ("empfahl dem Gericht, der Klage stattzugeben"); a relative clause ends in a finite verb.
  // A relative clause in the reported mood is what was said ("bezeichnete sie als Krankheit, die behandelt werden müsse").
  if (!endsInInfinitive(doc, from, end) && !inReportedMood(doc, from, end)) {
    if (opensRelativeClause(doc, from)) return true;
    if (PREPOSITIONS.has(first.lower) && opensRelativeClause(doc, from + 1)) return true;
  }
  return INFINITIVE_ADVERBIALS.has(first.lower);
}

/**
 * A relative pronoun at `at` not followed by a noun phrase of its own: "der von Beobachtern …", "die den Amtsantritt …",
 * "das half" (not the article of "die Lage sei …", "das achtjährige Gymnasium …").
 */
function opensRelativeClause(doc: WithCues, at: number): boolean {
  const { tokens, pack } = doc;
  const pronoun = tokens[at];
  const next = tokens[at + 1];
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.lower) || !next) return false;
  if (/^welche|^wo/.test(pronoun.lower)) return true;
  if (next.type !== 'word' || /^\p{Lu}/u.test(next.text)) return false;
  // An article right after the pronoun opens the clause's own noun phrase ("die den Amtsantritt … verhindern wollten").
  if (pack.determiners.has(next.lower)) return true;
  return !(isAdjectiveLike(next, pack) && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? ''));
}

/**
 * Whether the clause before the comma at `from - 1` holds the cue and, after it, an 'als' predicate noun (pack
 * passiveActPredicate) of an act that takes one ("bezeichnete es als eine Möglichkeit", "wertete … als Versuch").
 */
function predicateBefore(doc: WithCues, cue: CueCandidate, from: number): boolean {
  const { tokens, pack } = doc;
  const als = pack.passiveActPredicate;
  if (als === undefined || !(pack.actLemmas.has(cue.lemma) || pack.actCompanions?.get(cue.lemma)?.has(als))) return false;
  const first = Math.min(...cue.tokenIds);
  for (let k = from - 2; k > first && tokens[k]!.text !== ','; k--) {
    if (tokens[k]!.lower === als) return /^\p{Lu}/u.test(tokens[from - 2]?.text ?? '') || tokens[from - 2]?.type === 'quote';
  }
  return false;
}

/** Whether the clause from `from` (to the next comma or `end`) holds a reported-mood form ("müsse", "sei"). */
function inReportedMood(doc: WithCues, from: number, end: number): boolean {
  for (let k = from; k < end && doc.tokens[k]!.text !== ','; k++) if (doc.pack.reportedMoodForms.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/** Whether the clause from `from` (to the next comma or `end`) ends in a zu-infinitive ("…, das Gymnasium zu reformieren"). */
function endsInInfinitive(doc: WithCues, from: number, end: number): boolean {
  const { tokens } = doc;
  let last = from;
  while (last + 1 < end && tokens[last + 1]!.text !== ',') last++;
  for (let k = last; k >= Math.max(from, last - 2); k--) {
    const t = tokens[k]!;
    if (t.lower === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(t.text)) return true;
  }
  return false;
}

/**
 * Whether a reporting verb without a content clause is used as a speech act
 * in its clause `[from, to)`: not reflexively ("nennt sich „documenta 12“",
 * "bezeichnet sich als Projekt", "schließt sich eine Lücke", "meldete sich zu
 * Wort"), not with an object that gives the verb another sense ("Die Flut
 * forderte 92 Menschenleben").
 */
export function isSpeechUse(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  const { tokens, pack } = doc;
  const objects = pack.nonActObjects.get(cue.lemma);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === 'sich' && !cue.tokenIds.includes(k)) return false;
    // "Die Flut forderte 92 Menschenleben": the verb in another sense.
    if (objects && t.type === 'word' && [...objects].some((noun) => t.lower === noun || t.lower.endsWith(`-${noun}`))) return false;
  }
  return !demandsMoney(doc, cue, [from, to]) && !namesUnstated(doc, cue, [from, to]);
}

/**
 * Whether the act's clause [from, to) only names information without stating it (pack unstatedObjects): "gab die
 * Wahlkommission ein vorläufiges Ergebnis bekannt", "hat … nähere Einzelheiten bekannt gegeben".
 */
function namesUnstated(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  const unstated = doc.pack.unstatedObjects;
  if (!unstated?.lemmas.has(cue.lemma)) return false;
  let names = false;
  for (let k = from; k < to && !names; k++) names = unstated.nouns.has(doc.tokens[k]!.lower);
  // (Unless the next sentence states it in the reported mood, continuing the act: "Der Hersteller gab kürzlich die
  // Preise … bekannt. So soll die Vollversion ab 200 Euro erhältlich sein …".)
  const next = doc.sentences[cue.sentence + 1];
  if (!names || !next) return names;
  const { tokens, pack } = doc;
  for (let k = next.tokenStart; k < next.tokenEnd; k++) {
    if (pack.reportedMoodForms.has(tokens[k]!.lower) || pack.continuationMoodForms.has(tokens[k]!.lower)) return false;
  }
  return true;
}

/**
 * Whether the act's clause [from, to) demands money (pack moneyDemands): an amount in a currency as the object ("davon
 * fordert Airbus 5,3 Milliarden Euro von den Vertragspartnern") or cash ("forderten die Täter plötzlich Bargeld"), a claim
 * for payment; not an amount after "von" ("fordert eine Geldstrafe von 20.000 Euro", "ein Konzept zur Einsparung von 12,2
 * Millionen Euro").
 */
function demandsMoney(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  const money = doc.pack.moneyDemands;
  if (!money?.lemmas.has(cue.lemma)) return false;
  const { tokens } = doc;
  // (Not in a parenthesis, an aside on another amount: "eine Geldstrafe von 20.000 Euro (für jedes der vier Vergehen 5.000 Euro)".)
  let aside = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (word === '(' || word === ')') aside = word === '(';
    if (aside) continue;
    if (money.cash.has(word)) return true;
    if (!money.units.has(word)) continue;
    // The amount before the unit: digits and number words ("263 Milliarden Rp", "5,3 Milliarden Euro").
    let a = k - 1;
    while (a >= from && (money.numbers.has(tokens[a]!.lower) || /^\d/.test(tokens[a]!.text) || tokens[a]!.text === '.')) a--;
    if (a < k - 1 && !AMOUNT_OWNERS.has(tokens[a]?.lower ?? '')) return true;
  }
  return false;
}

/** Words before an amount that make it part of another noun phrase ("eine Geldstrafe von 20.000 Euro", "in Höhe von"). */
const AMOUNT_OWNERS = new Set(['von', 'vom', 'über', 'um', 'ca', 'etwa', 'rund', 'knapp']);

/**
 * Whether the cue holds a word that carries the act's object ("droht damit"): a word other than the verb of the
 * lemma, an auxiliary, a separable particle or a reflexive pronoun ("hat Südkorea gedroht", "haben sich angeschlossen").
 */
export function hasCompanionWord(doc: WithCues, cue: CueCandidate): boolean {
  const { tokens, pack } = doc;
  return cue.tokenIds.some((id) => {
    const token = tokens[id]!;
    if (token.type !== 'word' || pack.auxiliaries.has(token.lower) || pack.separableParticles.has(token.lower) || REFLEXIVES.has(token.lower)) return false;
    return !(pack.cueWords.get(token.lower) ?? []).some((entry) => entry.lemma === cue.lemma);
  });
}

const REFLEXIVES = new Set(['sich', 'mich', 'dich', 'uns', 'euch']);

/**
 * Whether the cue's verb without a content clause reports an act in its clause [from, to): a speech act or act lemma,
 * and for a lemma with companion words (pack actCompanions) only with one of them in the clause: "kritisierte den
 * Anschlag als barbarische Tat", "verwies auf die Wetterbedingungen", "rief zu der Menschenkette auf" (not "kritisierte
 * die Regierung", "haben die Seite aufgerufen").
 */
export function isActUse(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  const words = doc.pack.actCompanions?.get(cue.lemma);
  if (!words) return cue.speechAct || doc.pack.actLemmas.has(cue.lemma);
  for (let k = from; k < to; k++) if (words.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether a passive act is reported as such (pack passiveActPredicate): with its agent and an 'als' predicate in its
 * clause [from, to) ("Von Unionspolitikern wurden Gabriels Äußerungen als geschmacklos bezeichnet") or with a fronted
 * 'als' predicate ("Als Grund wurden die unhygienischen Bedingungen genannt", "Als Termin wurde der 22. Oktober
 * genannt"). Without them the dataset mostly leaves a passive act unannotated ("Das Feuer wurde von Anwohnern
 * gemeldet", "In internationalen Dokumenten wird der Name genannt").
 */
export function reportedPassive(doc: WithCues, [from, to]: Range, agent: boolean, cue?: CueCandidate): boolean {
  const { tokens, pack } = doc;
  const als = pack.passiveActPredicate;
  if (als === undefined) return false;
  if (tokens[from]?.lower === als && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '')) return true;
  if (cue && !agent && impersonalPassive(doc, cue, [from, to])) return true;
  if (!agent) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.lower === als) return true;
  return false;
}

/**
 * Whether a passive act without agent is impersonal, the news reporting that something was said ("Es wurde auch die
 * technische Instandhaltung der Druckluftsysteme bemängelt", "Es wurde lediglich eine Transfersumme … genannt"), or says
 * what was said in the verb's own 'von' phrase ("Von einer hohen Brandgefahr wird auch aus Bonn berichtet", "wird
 * weiterhin von einer hohen Waldbrandgefahr ausgegangen"): the expletive 'es' opens the clause before the passive
 * auxiliary, or a 'von' of the cue or opening the clause names the content.
 */
function impersonalPassive(doc: WithCues, cue: CueCandidate, [from, to]: Range): boolean {
  const { tokens, pack } = doc;
  if (pack.impersonalSubjects.has(tokens[from]?.lower ?? '') && pack.passiveAuxiliaries.has(tokens[from + 1]?.lower ?? '')) return true;
  if (VON.has(tokens[from]?.lower ?? '')) return true;
  for (let k = from; k < to; k++) if (VON.has(tokens[k]!.lower) && cue.tokenIds.includes(k)) return true;
  return false;
}

const VON = new Set(['von', 'vom']);

/**
 * Whether the act's clause [from, to) is negated ("gab die Identität nicht bekannt", "hat bislang nicht berichtet",
 * "wollte keine Details nennen"): it reports that nothing was said. (Not "nicht nur …, sondern auch".)
 */
export function negatedAct(doc: WithCues, [from, to]: Range): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (NEGATIONS.has(word) && !(word === 'nicht' && tokens[k + 1]?.lower === 'nur')) return true;
  }
  return false;
}

/** Negating adverbs ("kein" is left out: "äußerte keine Zweifel" often is an act on train). */
const NEGATIONS = new Set(['nicht', 'nie', 'niemals']);

/**
 * Whether a cue stands in a relative clause ("Die Geschäftsführung, die ihre Verluste noch beziffert, spricht von …",
 * "Für die neue Verfassung, die der Rat als wesentliche Aufgabe ansieht, gab General Sonthi … an"): its clause opens
 * with a relative pronoun after a comma. Such a cue reports nothing of its own beside the act (a content clause or
 * the reported mood in it still keeps the act out).
 */
function inRelativeClause(doc: WithCues, cue: CueCandidate): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  let k = Math.min(...cue.tokenIds);
  while (k > sentence.tokenStart && tokens[k - 1]!.text !== ',') k--;
  if (k <= sentence.tokenStart) return false;
  if (PREPOSITIONS.has(tokens[k]!.lower)) k++;
  return opensRelativeClause(doc, k);
}

/**
 * Whether [from, to) is a noun or prepositional phrase with no verb (German): no quote, and every lower-case word a
 * determiner, a preposition, a particle or an attributive adjective ("In einer Stellungnahme nach dem Angriff von Ahmed
 * al-Assadi, einem Sprecher der PMF", "Bereits am Freitag, den 28. Juni"). Such a stretch cannot be a clause of content.
 */
export function verblessPhrase(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  if (!pack.nounsCapitalized || to <= from) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') return false;
    if (t.type !== 'word' || isCapitalized(t) || /^\d/.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) continue;
    if (pack.determiners.has(t.lower) || PHRASE_WORDS.has(t.lower) || PHRASE_PREPOSITIONS_DE.has(t.lower)) continue;
    // An attributive adjective after an article, a preposition or another adjective ("nach dem ersten Angriff").
    const before = tokens[k - 1];
    const attributive = before !== undefined && k > from && before.type === 'word' && !isCapitalized(before)
      && (pack.determiners.has(before.lower) || PHRASE_WORDS.has(before.lower) || PHRASE_PREPOSITIONS_DE.has(before.lower) || isAdjectiveLike(before, pack));
    if (attributive && isAdjectiveLike(t, pack) && (isCapitalized(tokens[k + 1]) || isAdjectiveLike(tokens[k + 1], pack))) continue;
    return false;
  }
  return true;
}

/** Prepositions, conjunctions and particles of a verbless phrase. */
const PHRASE_WORDS = new Set([
  'von', 'vom', 'zu', 'aus', 'für', 'gegen', 'ohne', 'um', 'bis', 'ab', 'des', 'und', 'oder', 'sowie', 'bereits', 'schon', 'erst',
  'noch', 'auch', 'etwa', 'rund', 'nur', 'gut', 'knapp', 'fast', 'kurz', 'ehemaliger', 'ehemalige', 'dem', 'den', 'der',
  // Adverbials inside a phrase: "Den Einspareffekt, unter anderem durch kürzere Verteilzeiten, bezifferte …", "vor allem".
  'anderem', 'allem', 'darunter', 'insbesondere',
]);
