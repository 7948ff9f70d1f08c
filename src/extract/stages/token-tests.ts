import type { LanguagePack } from '../lang/language-pack.js';
import type { Token } from '../types.js';

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_PUNCT = new Set([',', ';', ':', '–', '—', '[', ']']);
/** Terminal punctuation. */
export const TERMINAL_PUNCT = new Set(['.', '!', '?', '…']);
/** Dashes that set off a clause or close a dateline (a spaced hyphen is read as one). */
export const DASHES = new Set(['–', '—', '-']);

/** German relative pronouns ("der", "denen", "welches"). */
export const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'welches', 'welchem', 'welchen']);
/** Relative pronouns that after "nach" can only stand for a source, "according to which" ("nach denen", "nach welchem"; not "nach dem"). */
export const RELATIVE_SOURCE_PRONOUNS = new Set(['denen', 'welchem', 'welcher', 'welchen']);
/** Conjunctions of an adverbial infinitive ("um … zu", "ohne … zu", "anstatt … zu"). */
export const INFINITIVE_ADVERBIALS = new Set(['um', 'ohne', 'anstatt', 'statt']);

/** First letter is upper-case. */
export function isCapitalized(token: Token | undefined): boolean {
  if (!token || token.type !== 'word') return false;
  const first = token.text[0] ?? '';
  // A name written with a lower-case first letter and a capital inside is one too ("eBay", "iPhone").
  return first !== first.toLowerCase() || hasInnerCapital(token.text);
}

/** A name written with a lower-case first letter and a capital inside ("eBay", "iPhone"). */
export function hasInnerCapital(text: string): boolean {
  return INNER_CAPITAL.test(text);
}
const INNER_CAPITAL = /^\p{Ll}{1,2}\p{Lu}/u;

/** A word that may open a noun phrase (determiner, capitalized word, pronoun, number). */
export function opensNounPhrase(token: Token | undefined, pack: LanguagePack): boolean {
  if (!token || token.type !== 'word') return token?.type === 'quote';
  if (pack.speakerStopWords.has(token.lower) && !pack.determiners.has(token.lower)) return false;
  if (pack.determiners.has(token.lower) || pack.subjectPronouns.has(token.lower)) return true;
  if (pack.bareSubjectNouns?.has(token.lower)) return true;
  if (isCapitalized(token)) return !pack.cueWords.has(token.lower) || pack.nounsCapitalized;
  if (/^\p{Ll}{1,3}-\p{Lu}/u.test(token.text)) return true; // "el-Baradei", "al-Omair"
  return /^\d/.test(token.text);
}

/** Like opensNounPhrase, but also an adjective directly before a capitalized noun ("ersten Informationen"). */
export function opensNounPhraseAt(tokens: readonly Token[], index: number, pack: LanguagePack): boolean {
  const token = tokens[index];
  if (opensNounPhrase(token, pack)) return true;
  // English "unnamed officials", "senior diplomats": an adjective before a noun that makes a subject without article.
  // ("state media": a reporting verb that also modifies a noun.)
  if (token?.type === 'word' && pack.bareSubjectNouns?.has(tokens[index + 1]?.lower ?? '')
    && (!pack.cueWords.has(token.lower) || pack.attributiveCueWords?.has(token.lower))) return true;
  return isAdjectiveLike(token, pack) && (isCapitalized(tokens[index + 1]) || isAdjectiveLike(tokens[index + 1], pack) && isCapitalized(tokens[index + 2]));
}

/** A lower-case word that can be an attributive adjective or participle ("amtierende", "britische"). */
export function isAdjectiveLike(token: Token | undefined, pack: LanguagePack): boolean {
  if (!token || token.type !== 'word' || isCapitalized(token)) return false;
  if (pack.speakerStopWords.has(token.lower) || pack.cueWords.has(token.lower)) return false;
  return pack.nounsCapitalized ? /(e|en|er|es|em)$/.test(token.lower) : /^[a-z-]+$/.test(token.lower);
}

/** Whether a token is a source noun ("Angaben", "Polizeiangaben"). */
export function isSourceNoun(token: Token | undefined, pack: LanguagePack): boolean {
  if (!token || token.type !== 'word') return false;
  if (pack.sourceNouns.has(token.lower)) return true;
  return pack.sourceNounSuffixes.some((suffix) => token.lower.length > suffix.length + 2 && token.lower.endsWith(suffix));
}

/** Finite forms of "sein" (no auxiliary of the pack's list). */
export const FIELD_COPULAS = new Set(['ist', 'sind', 'war', 'waren']);

/** Konjunktiv II of modal verbs, read as the reported mood: "…, wonach der Auftraggeber … gewesen sein könnte". */
export const MODAL_SUBJUNCTIVES = new Set(['könnte', 'müsste', 'dürfte', 'möchte', 'würde']);

/** Finite verb forms that do not end like most: "sind", "war", "kam". */
export const FINITE_IRREGULAR = new Set(['sind', 'war', 'waren', 'kann', 'muss', 'soll', 'will', 'darf', 'mag', 'gab', 'kam', 'ging', 'fand', 'lag', 'stand', 'sah', 'blieb', 'fiel', 'nahm', 'rief', 'hielt', 'ließ', 'bot', 'traf', 'zog', 'schlug', 'wies', 'brach', 'sank', 'stieg', 'starb']);

/** A form of the reported or continuing mood ("sei", "würde") or an auxiliary of the pack: a finite verb that opens or closes a clause. */
export function isMoodOrAuxiliary(word: string, pack: LanguagePack): boolean {
  return pack.reportedMoodForms.has(word) || pack.continuationMoodForms.has(word) || pack.auxiliaries.has(word);
}

/** A finite verb form the lists know: an auxiliary, a form of "sein", a mood form, a modal subjunctive or an irregular form. */
export function isKnownFiniteForm(word: string, pack: LanguagePack): boolean {
  return isMoodOrAuxiliary(word, pack) || FIELD_COPULAS.has(word) || MODAL_SUBJUNCTIVES.has(word) || FINITE_IRREGULAR.has(word);
}

/** Subject pronouns of the first person (German; English has no continuations): the author's or an interviewee's own voice. */
export const FIRST_PERSON = new Set(['ich', 'wir']);

/** German personal and reflexive pronouns (subject and object forms): "die er erklärte", never a verb. */
export const PERSONAL_PRONOUNS_DE = ['er', 'sie', 'es', 'man', 'wir', 'ich', 'ihr', 'du', 'sich', 'ihm', 'ihn', 'ihnen', 'uns', 'mir', 'mich', 'dir', 'dich'] as const;

/**
 * Prepositions (German) that open a phrase standing between a verb and the rest of its clause or inside a phrase
 * without a verb ("sagte gegenüber der BBC", "am Freitag", "nach dem ersten Angriff").
 */
export const PHRASE_PREPOSITIONS_DE = new Set(['in', 'im', 'vor', 'gegenüber', 'zur', 'zum', 'bei', 'beim', 'auf', 'am', 'an', 'nach', 'mit', 'über', 'unter', 'laut', 'während', 'wegen', 'trotz', 'seit', 'durch']);

/** Articles, prepositions and conjunctions that join the capitalized words of a title ("Der Einsatz der Trümmerbahnen zur Enttrümmerung Dresdens"). */
export const TITLE_JOINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'in', 'im', 'an', 'am',
  'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um', 'bis', 'gegen', 'ohne',
  'durch', 'vor', 'the', 'of', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at', 'by', 'with', 'from',
]);

/**
 * English: where the verb's own clause opens inside the field [from, verb): after its last subordinator ("Shares slide as
 * investors fear …", "Stocks fell after investors said …"); `from` when there is none, or for German.
 */
export function afterInnerSubordinator(tokens: readonly Token[], from: number, verb: number, pack: LanguagePack): number {
  if (pack.nounsCapitalized) return from;
  for (let k = verb - 1; k > from; k--) if (pack.subordinators.has(tokens[k]!.lower)) return k + 1;
  return from;
}
