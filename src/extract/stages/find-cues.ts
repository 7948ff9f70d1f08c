import { DETACHED_PARTICLE_LENGTH } from '../lang/build-cue-words.js';
import type { CompanionGroup, CueWord, LanguagePack, PhraseCue } from '../lang/language-pack.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import type { CueCandidate, Sentence, Span, Token, WithCues, WithQuotes } from '../types.js';
import { CLAUSE_PUNCT, FIELD_COPULAS, INFINITIVE_ADVERBIALS, isAdjectiveLike, isCapitalized, isKnownFiniteForm, isSourceNoun, PERSONAL_PRONOUNS_DE, PHRASE_PREPOSITIONS_DE, RELATIVE_PRONOUNS, RELATIVE_SOURCE_PRONOUNS, TERMINAL_PUNCT } from './token-tests.js';

/**
 * Stage 3: finds attribution cues sentence by sentence: reporting verbs in
 * every form (separable "wies ... zurück" and participle "hat ... gesagt" as
 * discontinuous cues with `parts`, passive "wurde ... gewarnt"), prepositional
 * and adverbial cues (laut, zufolge, nach Angaben, so X, heißt es, demnach;
 * according to) and colon attribution ("Lawrow: ...").
 */
export function findCues(doc: WithQuotes): WithCues {
  const cues: CueCandidate[] = [];
  // Tokens inside a direct quote belong to the quoted speaker: their reporting verbs are not cues of the article.
  const quoted = new Uint8Array(doc.tokens.length);
  for (const quote of doc.quotes) if (!quote.short) quoted.fill(1, quote.tokenStart, quote.tokenEnd);
  for (const sentence of doc.sentences) findSentenceCues(doc, sentence, cues, quoted);
  cues.sort((a, b) => a.cue.start - b.cue.start);
  return { ...doc, cues };
}

function findSentenceCues(doc: WithQuotes, sentence: Sentence, cues: CueCandidate[], quoted: Uint8Array): void {
  const { tokens, pack } = doc;
  const used = new Set<number>();
  const firstOfSentence = cues.length;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word' || used.has(i) || quoted[i]) continue;
    const matched = matchPhrase(tokens, i, sentence, pack);
    const phrase = matched?.documentBefore && !pointsToDocument(doc, sentence, i) ? null : matched;
    if (phrase) {
      const ids = phrase.words.map((_, k) => i + k);
      // "so glaubt Esper": the verb belongs to the cue.
      const after = tokens[i + phrase.words.length];
      // "…, so wurde der Hafen gesperrt", "so werden die Ausgaben gekürzt", "so mancher Reifen": a consequence or a
      // quantifier, no attribution (the attributing 'so' is followed by its source or a verb of saying).
      if (phrase.type === 'so' && after && (pack.auxiliaries.has(after.lower) || FIELD_COPULAS.has(after.lower) || SO_QUANTIFIERS.has(after.lower))) continue;
      // ("„Gewalt gegen Kinder“, so lautet der Titel einer Studie": a name is given.)
      if (phrase.type === 'so' && after && pack.cueWords.get(after.lower)?.some((e) => {
        const naming = pack.namingSubjects?.get(e.lemma);
        return naming !== undefined && holdsWordOf(tokens, i, sentence.tokenEnd, naming);
      })) continue;
      if (phrase.type === 'so' && after && pack.cueWords.has(after.lower)) ids.push(after.index);
      if (phrase.copulaBefore) {
        const copula = copulaBefore(tokens, i, sentence, phrase.copulaBefore, pack);
        // "hatte es zunächst geheißen": the impersonal subject between belongs to the cue.
        for (let k = i - 1; k > copula; k--) if (pack.impersonalSubjects.has(tokens[k]!.lower)) ids.unshift(k);
        ids.unshift(copula);
      }
      ids.forEach((id) => used.add(id));
      cues.push(makeCue(doc, ids, sentence.index, {
        type: phrase.type, lemma: phrase.words.join(' '), speakerSide: phrase.speakerSide, speechAct: false, passive: false,
      }));
      continue;
    }
    const entries = pack.cueWords.get(token.lower);
    if (!entries) continue;
    // A capitalized form inside a sentence is a noun in German ("die Anklage", "eine Frage"), part of a name in English ("the United States").
    if (i > sentence.tokenStart && /^\p{Lu}/u.test(token.text) && tokens[i - 1]!.type !== 'quote' && tokens[i - 1]!.text !== ':') continue;
    // "einer bestätigten Höchstgeschwindigkeit": a participle after an article is an adjective.
    // But "Das erklärte gestern ein Sprecher": a demonstrative subject, the form not followed by a noun, is a verb.
    // (A capitalized determiner inside the sentence is a noun: "Des Weiteren verwies er darauf, …".)
    // Nor "Das berichten Medien", "… – das beschreiben Forscher …": after "das" an -en form is no adjective (that would be
    // "das … -e": "das große Haus").
    // (Only a form that is a participle with an ending can be one: "Das sagte Merkel", "…, der sagte, …" have a verb.)
    if (i > sentence.tokenStart && pack.determiners.has(tokens[i - 1]!.lower) && /e[nmrs]?$/.test(token.lower)
      && mayBeInflectedParticiple(token.lower, pack)
      && !(i - 1 > sentence.tokenStart && isCapitalized(tokens[i - 1]))
      && !(DEMONSTRATIVE_SUBJECTS.has(tokens[i - 1]!.lower) && (!isCapitalized(tokens[i + 1]) || verbOfDemonstrative(tokens, i, sentence, pack)))
      // ("…, der sagte, man dürfe …": a relative pronoun after a comma, no noun after the form, opens a relative clause.)
      && !(tokens[i - 2]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[i - 1]!.lower) && tokens[i + 1] !== undefined
        && (tokens[i + 1]!.type === 'punct' || tokens[i + 1]!.type === 'quote'))
      && !(tokens[i - 1]!.lower === 'das' && token.lower.endsWith('en'))) continue;
    // "Mit dem neu formulierten Grundrecht": so is one after an article and an adverb, before its noun.
    if (i - 1 > sentence.tokenStart && /e[nmrs]?$/.test(token.lower) && pack.determiners.has(tokens[i - 2]!.lower)
      && !isCapitalized(tokens[i - 2]) && tokens[i - 1]!.type === 'word' && !isCapitalized(tokens[i - 1])
      && !pack.determiners.has(tokens[i - 1]!.lower) && !PRONOUNS_BEFORE_VERB.has(tokens[i - 1]!.lower) && isCapitalized(tokens[i + 1])) continue;
    // "weigerten sich einige Polizisten": a form that is also a determiner, before a word, is the determiner.
    if (pack.determiners.has(token.lower) && tokens[i + 1]?.type === 'word') continue;
    // English "the claim", "a report", "his warning": a verb form after an article or possessive is a noun.
    if (!pack.nounsCapitalized && i > sentence.tokenStart && ARTICLES_AND_POSSESSIVES.has(tokens[i - 1]!.lower)) continue;
    // "(Wikinews berichtete)": a parenthetical reference, not an attribution.
    if (tokens[i - 2]?.text === '(' && tokens[i + 1]?.text === ')') continue;
    // "Berichten zufolge", "Angaben nach": a noun before a postposition.
    if (/^\p{Lu}/u.test(token.text) && tokens[i + 1] && (tokens[i + 1]!.lower === 'zufolge' || tokens[i + 1]!.lower === 'nach')) continue;
    // "Berichten verschiedener US-Medien zufolge": the postposition may follow a genitive.
    if (/^\p{Lu}/u.test(token.text) && zufolgeInClause(tokens, i, sentence)) continue;
    const cue = matchVerb(doc, sentence, i, entries, used);
    if (cue) {
      cue.tokenIds.forEach((id) => used.add(id));
      cues.push(cue);
    }
  }
  matchQuotingPhrases(doc, sentence, cues, firstOfSentence, used, quoted);
  matchNominalCues(doc, sentence, cues, firstOfSentence, used, quoted);
  matchContentNouns(doc, sentence, cues, used, quoted);
  const colon = matchColon(doc, sentence);
  if (colon && !colon.tokenIds.some((id) => used.has(id)) && !labelsAttribution(doc, colon, cues.slice(firstOfSentence))) cues.push(colon);
}

/**
 * "Er trat dem Vorwurf mit den Worten entgegen, …", "hatte Österreich mit der Begründung abgelehnt, …": a quoting
 * phrase makes the verb of its clause a cue of what follows its colon or comma. A verb cue already found in the clause
 * takes the phrase along; otherwise the finite verb (the first lower-case word after the field before it), with the
 * participle or particle closing the clause, forms the cue.
 */
function matchQuotingPhrases(doc: WithQuotes, sentence: Sentence, cues: CueCandidate[], firstOfSentence: number, used: Set<number>, quoted: Uint8Array): void {
  const { tokens, pack } = doc;
  const phrases = pack.quotingPhrases;
  if (!phrases || phrases.length === 0) return;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (quoted[i] || used.has(i)) continue;
    const phrase = phrases.find((words) => words.every((word, k) => i + k < sentence.tokenEnd && tokens[i + k]!.lower === word && !used.has(i + k)));
    if (!phrase) continue;
    const ids = phrase.map((_, k) => i + k);
    const end = clauseEndOverShortQuotes(doc, ids[ids.length - 1]!, sentence);
    const after = tokens[end];
    if (!after || (after.text !== ':' && after.text !== ',')) continue;
    const start = clauseStartOverShortQuotes(doc, i, sentence);
    // A verb cue of the clause takes the phrase along.
    const own = cues.slice(firstOfSentence).findIndex((c) => c.type === 'verb' && c.tokenIds.every((id) => id >= start && id < end));
    if (own >= 0) {
      cues[firstOfSentence + own] = widenCue(doc, cues[firstOfSentence + own]!, ids);
      ids.forEach((id) => used.add(id));
      continue;
    }
    let verb = -1;
    for (let k = start + 1; k < i; k++) {
      const t = tokens[k]!;
      if (t.type !== 'word') continue;
      // A verb in the reported mood ("sei ihr mit dem Hinweis verweigert worden") is itself reported speech.
      if (pack.reportedMoodForms.has(t.lower)) break;
      if (pack.auxiliaries.has(t.lower)) { verb = k; break; }
      if (mayBeVerb(t, pack)) { verb = k; break; }
    }
    if (verb < 0 || used.has(verb)) continue;
    const cueIds = [verb, ...ids];
    const last = tokens[end - 1]!;
    if (end - 1 > ids[ids.length - 1]! && last.type === 'word' && !isCapitalized(last)) cueIds.push(end - 1);
    cueIds.forEach((id) => used.add(id));
    cues.push(makeCue(doc, cueIds, sentence.index, { type: 'verb', lemma: phrase.join(' '), speakerSide: 'either', speechAct: false, passive: false }));
  }
}

/**
 * "Die Experten sind der Meinung, dass …", "Wissenschaftler stellten die Theorie auf, dass …", "…, weil er der
 * Überzeugung war, …": a noun of saying or thinking (pack nominalCueNouns) with its article, adjectives and
 * preposition, closing its clause before a comma or colon, forms a cue with the verb of that clause (the finite
 * verb after the field before it, or the verb closing a subordinate clause) and the particle, participle or
 * auxiliary after the noun. A verb cue already found in the clause takes the noun phrase along. Whether a content
 * clause follows is decided where the cue is attributed: a noun without one reports nothing.
 */
function matchNominalCues(doc: WithQuotes, sentence: Sentence, cues: CueCandidate[], firstOfSentence: number, used: Set<number>, quoted: Uint8Array): void {
  const { tokens, pack } = doc;
  const nouns = pack.nominalCueNouns;
  if (!nouns || nouns.size === 0) return;
  const verbOnly = pack.verbCueNouns;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    const noun = tokens[i]!;
    if (noun.type !== 'word' || quoted[i] || used.has(i) || !isCapitalized(noun)) continue;
    const onlyWithVerb = verbOnly?.has(noun.lower) ?? false;
    if (!nouns.has(noun.lower) && !onlyWithVerb) continue;
    // The noun phrase: adjectives and an article before the noun, a preposition before the article.
    let from = i;
    while (from - 1 > sentence.tokenStart && from > i - 3 && !pack.determiners.has(tokens[from - 1]!.lower) && isAdjectiveLike(tokens[from - 1], pack)) from--;
    if (!pack.determiners.has(tokens[from - 1]?.lower ?? '') && !NOMINAL_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')) continue;
    from--;
    if (NOMINAL_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && pack.determiners.has(tokens[from]!.lower)) from--;
    // The clause closes after the noun and at most three lower-case words (particle, participle, auxiliary).
    const end = clauseEnd(tokens, i, sentence);
    const after = tokens[end];
    if (!after || (after.text !== ',' && after.text !== ':')) continue;
    const start = clauseStart(tokens, from, sentence);
    const groupIds: number[] = [];
    for (let k = from; k <= i; k++) groupIds.push(k);
    // A verb cue of the clause takes the noun phrase along ("vertritt die These", "äußerte die Hoffnung"), unless a conjunction stands between them.
    const own = cues.slice(firstOfSentence).findIndex((c) => c.type === 'verb' && c.tokenIds.every((id) => id >= start && id <= end)
      && !tokens.slice(c.tokenIds[0]!, from).some((t) => CLAUSE_COORDINATORS.has(t.lower)));
    const ownIds = own >= 0 ? new Set(cues[firstOfSentence + own]!.tokenIds) : undefined;
    // (The verb cue may hold the preposition before the article already: "gehen von dem Verdacht aus".)
    if (groupIds.some((k) => (used.has(k) && !ownIds?.has(k)) || quoted[k]) || (onlyWithVerb && !ownIds)) continue;
    // A verb cue closing the clause with its particle or participle also takes the noun phrase along over a genitive or a
    // prepositional phrase after the noun ("gehen von dem Verdacht aus, …", "hat die Bereitschaft ihres Landes erklärt, …",
    // "hatte eine deutliche Mahnung an die Politik ausgesprochen, …").
    // The noun phrase is the object: not a 'der' phrase without a preposition nor one after a reflexive ("Laut einer
    // Presseaussendung hat sich der Verdacht über die Todesursache bestätigt: …" names no speaker's suspicion).
    if (ownIds && ownIds.has(end - 1) && [...ownIds][0]! < from && attributeBeforeClose(doc, i + 1, end, ownIds)
      && !(tokens[from]!.lower === 'der' || tokens[from]!.lower === 'des')
      && !tokens.slice(start, from).some((t) => t.lower === 'sich')) {
      cues[firstOfSentence + own] = widenCue(doc, cues[firstOfSentence + own]!, groupIds);
      groupIds.forEach((id) => used.add(id));
      continue;
    }
    if (end - i - 1 > 3) continue;
    const tail: number[] = [];
    let plain = true;
    for (let k = i + 1; k < end; k++) {
      const t = tokens[k]!;
      if (t.type !== 'word' || isCapitalized(t) || pack.determiners.has(t.lower) || pack.subjectPronouns.has(t.lower)) { plain = false; break; }
      tail.push(k);
    }
    if (!plain || tail.some((k) => used.has(k))) continue;
    if (tail.length === 0 && start === from) continue;
    if (own >= 0) {
      cues[firstOfSentence + own] = widenCue(doc, cues[firstOfSentence + own]!, groupIds);
      groupIds.forEach((id) => used.add(id));
      continue;
    }
    const first = tokens[start]!;
    let verb = -1;
    // In a subordinate or relative clause the verb closes the clause ("…, weil sie der Überzeugung waren, …").
    const subordinate = pack.subordinators.has(first.lower) || (start > sentence.tokenStart && tokens[start - 1]!.text === ',' && RELATIVE_PRONOUNS.has(first.lower));
    if (!subordinate) {
      // After a coordinating conjunction the verb of the second conjunct opens it ("äußerte Vorbehalte und wagte die Prognose").
      let field = start + 1;
      for (let k = from - 1; k > start; k--) if (CLAUSE_COORDINATORS.has(tokens[k]!.lower)) { field = k + 1; break; }
      // "Da die Flugbegleiter …, erteilten sie den Menschen an Bord den Befehl, …": after a fronted clause and its comma the
      // finite verb opens the main clause.
      if (field === start + 1 && start > sentence.tokenStart && tokens[start - 1]!.text === ',' && !isCapitalized(first)
        && pack.subordinators.has(tokens[sentence.tokenStart]!.lower) && !pack.cueSubordinators.has(tokens[sentence.tokenStart]!.lower)
        && (FINITE_SEIN.has(first.lower) || pack.auxiliaries.has(first.lower) || mayBeVerb(first, pack))) field = start;
      for (let k = field; k < from; k++) {
        const t = tokens[k]!;
        if (t.type !== 'word') continue;
        // An attributive adjective ("Die rechtswissenschaftliche Fakultät") or a preposition is no verb.
        if (isAdjectiveLike(t, pack) && isCapitalized(tokens[k + 1])) continue;
        if (NOMINAL_FIELD_WORDS.has(t.lower)) continue;
        if (FINITE_SEIN.has(t.lower) || pack.auxiliaries.has(t.lower)) { verb = k; break; }
        if (mayBeVerb(t, pack)) { verb = k; break; }
      }
      if (verb < 0 || used.has(verb) || quoted[verb]) continue;
    } else if (tail.length === 0) continue;
    const cueIds = [...(verb >= 0 ? [verb] : []), ...groupIds, ...tail];
    cueIds.forEach((id) => used.add(id));
    cues.push(makeCue(doc, cueIds, sentence.index, { type: 'verb', lemma: noun.lower, speakerSide: 'either', speechAct: false, passive: false }));
  }
}

/**
 * "auf die Forderung des CSU-Vorsitzenden, in der Gesundheitspolitik auf die SPD zuzugehen", "Trotz der Ankündigung
 * ihres Trainers, die Zusammenarbeit zu beenden, …": a noun of saying (pack contentNouns) after its article, followed by
 * its comma (a genitive of at most six words between) and a content clause (dass, a zu-infinitive or the reported
 * mood, no relative clause), is a noun cue; the genitive is its speaker.
 */
function matchContentNouns(doc: WithQuotes, sentence: Sentence, cues: CueCandidate[], used: Set<number>, quoted: Uint8Array): void {
  const { tokens, pack } = doc;
  const nouns = pack.contentNouns;
  if (!nouns || nouns.size === 0) return;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd - 2; i++) {
    const noun = tokens[i]!;
    if (noun.type !== 'word' || quoted[i] || used.has(i) || !nouns.has(noun.lower) || !isCapitalized(noun)) continue;
    let det = i - 1;
    while (det > sentence.tokenStart && det > i - 3 && !pack.determiners.has(tokens[det]!.lower) && isAdjectiveLike(tokens[det], pack)) det--;
    if (!pack.determiners.has(tokens[det]!.lower) || used.has(det)) continue;
    // The comma: right after the noun or after a genitive ("des CSU-Vorsitzenden Edmund Stoiber").
    let comma = -1;
    if (tokens[i + 1]!.text === ',') comma = i + 1;
    else if (GENITIVE_OPENERS.has(tokens[i + 1]!.lower)) {
      for (let k = i + 2; k < Math.min(sentence.tokenEnd, i + 8); k++) {
        const t = tokens[k]!;
        if (t.text === ',') { comma = k; break; }
        if (t.type !== 'word' || quoted[k] || (!isCapitalized(t) && !pack.determiners.has(t.lower) && !isAdjectiveLike(t, pack))) break;
      }
    }
    // "der Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit … zu beenden": a name in apposition to the genitive.
    if (comma > i + 1 && !opensNounContent(doc, comma + 1, sentence)) {
      let k = comma + 1;
      while (k < Math.min(sentence.tokenEnd, comma + 5) && tokens[k]!.type === 'word' && isCapitalized(tokens[k])) k++;
      if (k > comma + 1 && tokens[k]?.text === ',') comma = k;
    }
    if (comma < 0 || !opensNounContent(doc, comma + 1, sentence)) continue;
    used.add(det); used.add(i);
    cues.push(makeCue(doc, [det, i], sentence.index, { type: 'noun', lemma: noun.lower, speakerSide: 'after', speechAct: false, passive: false }));
  }
}

/** Whether a dass clause, a zu-infinitive or a clause in the reported mood starts at token `from` (no relative clause). */
function opensNounContent(doc: WithQuotes, from: number, sentence: Sentence): boolean {
  const { tokens, pack } = doc;
  const first = tokens[from];
  if (!first || first.type !== 'word' || from >= sentence.tokenEnd) return false;
  if (first.lower === 'dass' || first.lower === 'daß') return true;
  if (RELATIVE_PRONOUNS.has(first.lower) && !isCapitalized(tokens[from + 1]) && !isAdjectiveLike(tokens[from + 1], pack)) return false;
  // (A purpose or manner infinitive is no content: "…, um … zu", "ohne … zu".)
  if (pack.subordinators.has(first.lower) || INFINITIVE_ADVERBIALS.has(first.lower)) return false;
  for (let k = from; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || TERMINAL_PUNCT.has(t.text) || t.type === 'quote') return false;
    if (pack.reportedMoodForms.has(t.lower)) return true;
    if (t.lower === 'zu' && tokens[k + 1]?.type === 'word' && !isCapitalized(tokens[k + 1]) && /en$/.test(tokens[k + 1]!.lower)
      && (CLAUSE_PUNCT.has(tokens[k + 2]?.text ?? '.') || TERMINAL_PUNCT.has(tokens[k + 2]?.text ?? '.') || tokens[k + 2]?.lower === 'und')) return true;
    // "zuzugehen", "einzubringen": a separable particle, "zu" and the infinitive in one word.
    if (/^\p{Ll}+zu\p{Ll}+en$/u.test(t.text) && t.text.length > 8 && [...pack.separableParticles].some((p) => t.lower.startsWith(p + 'zu') && t.lower.length > p.length + 5)) return true;
  }
  return false;
}


/**
 * Whether the words from `from` to the clause end `end` are an attribute of the noun before them (a genitive or a
 * prepositional phrase of at most five words, or nothing) followed only by lower-case words of which the first belongs to
 * the verb cue `cueIds` ("… Verdacht | aus", "… Bereitschaft | ihres Landes | erklärt", "… Mahnung | an die Politik | ausgesprochen").
 */
function attributeBeforeClose(doc: WithQuotes, from: number, end: number, cueIds: ReadonlySet<number>): boolean {
  const { tokens, pack } = doc;
  let close = from;
  while (close < end && !cueIds.has(close)) close++;
  if (close >= end || close - from > 5) return false;
  if (close > from && !GENITIVE_OPENERS.has(tokens[from]!.lower) && !ATTRIBUTE_PREPOSITIONS.has(tokens[from]!.lower)) return false;
  for (let k = from; k < close; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || pack.subjectPronouns.has(t.lower) || pack.reportedMoodForms.has(t.lower)) return false;
  }
  for (let k = close; k < end; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || isCapitalized(t) || pack.determiners.has(t.lower)) return false;
  }
  return true;
}

/** Prepositions opening an attribute of a noun of saying ("eine Mahnung an die Politik", "der Verdacht gegen den Minister"). */
const ATTRIBUTE_PREPOSITIONS = new Set(['an', 'gegen', 'über', 'für', 'zu', 'zum', 'zur', 'von', 'vom', 'auf', 'mit', 'nach']);

/** Words opening a genitive after a noun ("die Forderung des Vorsitzenden", "der Ankündigung ihres Trainers"). */
const GENITIVE_OPENERS = new Set(['des', 'der', 'eines', 'einer', 'seines', 'seiner', 'ihres', 'ihrer', 'dieses', 'dieser']);

/** Prepositions before the article of a noun cue ("kam zu dem Schluss", "geht von dem Verdacht aus", "im Verdacht"). */
const NOMINAL_PREPOSITIONS = new Set(['zu', 'zum', 'zur', 'von', 'vom', 'im', 'in']);

/** Prepositions in the field before the verb that the word lists leave out ("Günter Metzges vom Online-Netzwerk Campact ist …"). */
const NOMINAL_FIELD_WORDS = new Set(['von', 'vom', 'aus', 'ins', 'seitens', 'bezüglich', 'mitsamt']);

/** Finite forms of "sein" ("ist der Meinung", "waren der Ansicht"). */
const FINITE_SEIN = new Set(['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'waren', 'warst', 'sei', 'seien', 'wäre', 'wären']);

/** English words before a noun that never stand alone as a subject (unlike "this", "some", "many"). */
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that may stand between an English auxiliary and its participle ("has repeatedly denied", "was he told"). */
const INSIDE_ENGLISH_VERB = /^(\p{L}+ly|not|never|also|already|since|long|just|still|now|he|she|it|they|we|i|you)$/u;

/** Finite forms of "sein" that form the perfect passive with "worden" ("war … berichtet worden"). */
const PASSIVE_PERFECT_FINITE = new Set(['war', 'waren', 'ist', 'sind', 'sei', 'seien', 'wäre', 'wären']);

/** Lower-case words before a quoting phrase that are no verb: prepositions and conjunctions. */
const NOT_VERBS = new Set([
  'bis', 'zwischen', 'ohne', 'samt', 'neben', 'hinter', 'seit', 'ab', 'wegen', 'trotz', 'innerhalb', 'außerhalb', 'aufgrund',
  'angesichts', 'anlässlich', 'bezüglich', 'hinsichtlich', 'infolge', 'statt', 'anstatt', 'entlang', 'per', 'pro', 'via', 'oder',
  'sowie', 'ihr', 'ihm', 'ihnen', 'sich', 'ihn', 'uns',
]);

/** Whether "zufolge" closes the phrase opened at token i (within eight words, before any clause punctuation). */
function zufolgeInClause(tokens: Token[], i: number, sentence: Sentence): boolean {
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 9); k++) {
    const t = tokens[k]!;
    if (t.lower === 'zufolge') return true;
    if (CLAUSE_PUNCT.has(t.text) || TERMINAL_PUNCT.has(t.text)) return false;
  }
  return false;
}

/** Words of time right before "nach" that make it temporal ("kurz nach", "zwei Monate nach"). */
const TIME_BEFORE_NACH = new Set([
  'kurz', 'unmittelbar', 'gleich', 'direkt', 'bald', 'sofort', 'erst', 'schon', 'noch', 'lange', 'wenige', 'tag', 'tage', 'tagen', 'woche', 'wochen',
  'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'stunde', 'stunden', 'minute', 'minuten', 'jahrzehnte', 'jahrzehnten',
]);

/**
 * "Das erklärte General Winai Phattiyakul vom CDRM am Montag gegenüber ausländischen Diplomaten.": a form after a
 * demonstrative opening the sentence is its verb also before a capitalized word when no other finite verb follows in its
 * clause (not "Das erklärte Ziel der Regierung ist …", "Das genannte Unternehmen meldete …").
 */
function verbOfDemonstrative(tokens: Token[], i: number, sentence: Sentence, pack: LanguagePack): boolean {
  if (i - 1 !== sentence.tokenStart) return false;
  // The subject goes on after its first word with a name, an adjunct or the sentence end ("General Winai …", "Stoiber
  // heute", "der Sprecher am Montag"), not with a lower-case verb ("Das bestätigte Ergebnis stimmt").
  const after = tokens[i + 2];
  if (!after || !(isCapitalized(after) || TERMINAL_PUNCT.has(after.text) || PHRASE_PREPOSITIONS_DE.has(after.lower) || SUBJECT_ADVERBS.has(after.lower))) return false;
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || TERMINAL_PUNCT.has(t.text)) break;
    if (t.type !== 'word' || isCapitalized(t)) continue;
    if (isKnownFiniteForm(t.lower, pack) || pack.cueWords.has(t.lower) || /te[nt]?$/.test(t.lower)) return false;
  }
  return true;
}

/** Adverbs between a subject and the rest of its clause ("Dies bestätigte Stoiber heute in München"). */
const SUBJECT_ADVERBS = new Set(['heute', 'gestern', 'vorgestern', 'selbst', 'jedoch', 'dagegen', 'auch', 'ebenfalls', 'später', 'zuvor']);
/** Demonstratives that can stand alone as the subject before a reporting verb ("Das erklärte …", "Dies bestätigte …"). */
const DEMONSTRATIVE_SUBJECTS = new Set(['das', 'dies', 'dieses', 'dieser', 'diese', 'jener', 'jene', 'this', 'that']);

const PHRASES_BY_FIRST_WORD = new WeakMap<readonly PhraseCue[], Map<string, PhraseCue[]>>();

/** The pack's phrase cues by their first word, in pack order (built once per pack). */
function phrasesStartingWith(word: string, pack: LanguagePack): readonly PhraseCue[] {
  let index = PHRASES_BY_FIRST_WORD.get(pack.phraseCues);
  if (!index) {
    index = new Map();
    for (const phrase of pack.phraseCues) {
      const first = phrase.words[0] ?? '';
      const list = index.get(first);
      if (list) list.push(phrase); else index.set(first, [phrase]);
    }
    PHRASES_BY_FIRST_WORD.set(pack.phraseCues, index);
  }
  return index.get(word) ?? NO_PHRASES;
}
const NO_PHRASES: readonly PhraseCue[] = [];

function matchPhrase(tokens: Token[], i: number, sentence: Sentence, pack: LanguagePack): PhraseCue | null {
  for (const phrase of phrasesStartingWith(tokens[i]!.lower, pack)) {
    if (i + phrase.words.length > sentence.tokenEnd) continue;
    if (!phrase.words.every((word, k) => tokens[i + k]!.lower === word)) continue;
    const prev = i > sentence.tokenStart ? tokens[i - 1] : undefined;
    const next = tokens[i + phrase.words.length];
    if (phrase.afterCommaOnly && !(prev && (prev.text === ',' || prev.text === '–' || prev.text === '—' || prev.type === 'quote'))) continue;
    // ("Wie es hieß, …": also after a cue subordinator, the clause closing right after; not "Wie es heißt Paul?".)
    const afterWie = prev !== undefined && pack.cueSubordinators.has(prev.lower) && next?.text === ',';
    if (phrase.clauseInitialOnly && prev && !(CLAUSE_PUNCT.has(prev.text) || prev.type === 'quote' || (prev.type === 'word' && prev.lower === 'und') || afterWie)) continue;
    if (phrase.afterCommaOnly && !(next && next.type === 'word')) continue;
    // "Aus der Regierung ist zu hören, …": only after its finite copula (not "um zu hören, was …", "der hier zu hören
    // ist") with no subject right after it ("war der Fahrer zu hören, wie er …"), and before its content.
    const opening = tokens[i + phrase.words.length + 1];
    if (phrase.contentRightAfter && !(next && opening
      && ((next.text === ',' && pack.complementizers.has(opening.lower)) || (next.text === ':' && opening.type === 'quote')))) continue;
    if (phrase.copulaBefore && (!(next && (next.text === ',' || next.text === ':'))
      || pack.cueSubordinators.has(tokens[i + phrase.words.length + 1]?.lower ?? '')
      || copulaBefore(tokens, i, sentence, phrase.copulaBefore, pack) < 0)) continue;
    // "…, so wurde der Hafen geschlossen", "Wird …, so werden die Ausgaben begrenzt": 'so' before a finite verb that
    // reports nothing (an auxiliary, modal or copula) is the consequence 'so', no source follows.
    if (phrase.type === 'so' && next && isKnownFiniteForm(next.lower, pack) && !pack.cueWords.get(next.lower)?.some((e) => !e.particle)) continue;
    // "Zwei Monate nach dem Urteil", "kurz nach der Veröffentlichung": after a time word "nach" tells the time.
    if (phrase.requiresSourceNoun && phrase.speakerSide === 'after' && prev && TIME_BEFORE_NACH.has(prev.lower)) continue;
    // "Es stehen aber nach wie vor offizielle Paketquellen bereit": the adverb 'nach wie vor' ("still") names no source.
    if (phrase.requiresSourceNoun && next?.lower === 'wie' && tokens[i + 2]?.lower === 'vor') continue;
    // "war meiner Meinung nach „gut“", "sind Ihrer Meinung nach verfassungswidrig?": the speaker's own view or the
    // interviewer's question to the addressee, no source the article reports.
    // (A capitalized 'Ihrer' opening the sentence may be 'her/their': "Ihrer Ansicht nach sei …" stays a source.)
    const possessiveAt = phrase.speakerSide === 'after' ? i + 1 : i - 2;
    const possessive = tokens[possessiveAt];
    if (phrase.requiresSourceNoun && possessive && possessiveAt >= sentence.tokenStart
      && (FIRST_PERSON_POSSESSIVES.has(possessive.lower) || (ADDRESSEE_POSSESSIVES.has(possessive.text) && possessiveAt > sentence.tokenStart))) continue;
    if (phrase.requiresSourceNoun) {
      // "Gerüchte, nach denen Barrett an Krebs litt": the relative pronoun stands for the source before the comma.
      if (phrase.speakerSide === 'after' && prev?.text === ',' && next && RELATIVE_SOURCE_PRONOUNS.has(next.lower)) return phrase;
      if (phrase.speakerSide === 'after') {
        let found = false;
        for (let k = i + 1; k < Math.min(i + 5, sentence.tokenEnd); k++) {
          const t = tokens[k]!;
          // "Nach der Veröffentlichung kam es zu Demonstrationen", "Nach der Nachricht vom Rücktritt stiegen die Kurse": with
          // the definite article an event noun tells the time ("nach einer Veröffentlichung im Magazin „Nature“" the source).
          if (EVENT_SOURCE_NOUNS.has(t.lower) && DEFINITE_ARTICLES.has(tokens[k - 1]?.lower ?? '')) break;
          if (isSourceNoun(t, pack)) { found = true; break; }
          // The head noun of the phrase is the first capitalized word: "nach Börsenschluss die Zahlen" names a time.
          // (A name in the genitive may stand before it: "Nach Schäubles Idee", "Nach Grupps Meinung".)
          if (t.type !== 'word' || (pack.nounsCapitalized && isCapitalized(t) && !(/[sxz]$/.test(t.text) && isCapitalized(tokens[k + 1])))) break;
        }
        if (!found) continue;
      } else {
        if (!isSourceNoun(prev, pack)) continue;
        if (next && next.type === 'word' && (pack.determiners.has(next.lower) || isSourceNoun(next, pack))) continue;
        // "die Sicht nach oben": a noun in the nominative or accusative ('die', 'das') before a direction is no source.
        if (NON_DATIVE_ARTICLES.has(tokens[i - 2]?.lower ?? '') || (next && DIRECTIONS.has(next.lower))) continue;
      }
    }
    return phrase;
  }
  return null;
}

/**
 * Whether an adverb at i points back to a document named in one of the two sentences before it (phrase cues with
 * documentBefore): the adverb opens its sentence or follows a lower-case word ("stehen danach", not "in den Stunden
 * danach"), and a word of those sentences is one of the pack's documentNouns or a compound ending in one.
 */
function pointsToDocument(doc: WithQuotes, sentence: Sentence, i: number): boolean {
  const { tokens, pack } = doc;
  const nouns = pack.documentNouns;
  if (!nouns) return false;
  const prev = i > sentence.tokenStart ? tokens[i - 1]! : null;
  if (prev && !(prev.type === 'word' && !isCapitalized(prev) && !pack.determiners.has(prev.lower))) return false;
  const from = doc.sentences[Math.max(0, sentence.index - 2)]!.tokenStart;
  for (let k = from; k < sentence.tokenStart; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || (pack.nounsCapitalized && !isCapitalized(t))) continue;
    for (const noun of nouns) if (t.lower === noun || (t.lower.length > noun.length + 2 && t.lower.endsWith(noun))) return true;
  }
  return false;
}

/**
 * The finite copula of a hearsay phrase ("ist zu hören") earlier in its clause, within six words and with no subject
 * right after it (a determiner or a capitalized word: "war der Fahrer zu hören"); -1 when there is none.
 */
function copulaBefore(tokens: Token[], i: number, sentence: Sentence, forms: readonly string[], pack: LanguagePack): number {
  for (let k = i - 1; k >= Math.max(sentence.tokenStart, i - 7); k--) {
    const t = tokens[k]!;
    if (t.type !== 'word') return -1;
    if (forms.includes(t.lower)) {
      const after = tokens[k + 1]!;
      return k + 1 < i && (pack.determiners.has(after.lower) || isCapitalized(after)) ? -1 : k;
    }
  }
  return -1;
}

/** Source nouns that also name an event after which something happens ("nach der Veröffentlichung"). */
const EVENT_SOURCE_NOUNS = new Set(['veröffentlichung', 'nachricht']);
/** Definite articles in the dative after "nach". */
const DEFINITE_ARTICLES = new Set(['der', 'dem', 'den']);

/** Possessives of the first person ("meiner Meinung nach") and of the addressee ("nach Ihrer Ansicht", "deiner Meinung nach"). */
const FIRST_PERSON_POSSESSIVES = new Set(['meiner', 'meinen', 'meinem', 'unserer', 'unseren', 'unserem']);
const ADDRESSEE_POSSESSIVES = new Set(['Ihrer', 'Ihren', 'Ihrem', 'deiner', 'deinen', 'deinem', 'eurer', 'euren', 'eurem']);
/** Articles that never open a dative noun phrase (German): no source of a postposed 'nach'. */
const NON_DATIVE_ARTICLES = new Set(['die', 'das', 'eine', 'ein']);
/** Adverbs of direction after 'nach' ("nach oben", "nach Hause"): a preposition of direction, not a postposed source. */
const DIRECTIONS = new Set(['oben', 'unten', 'vorn', 'vorne', 'hinten', 'links', 'rechts', 'außen', 'innen', 'draußen', 'hause']);

/** The kind-related fields of a cue candidate. */
export interface CueShape { type: CueCandidate['type']; lemma: string; speakerSide: CueCandidate['speakerSide']; speechAct: boolean; passive: boolean }

/** A word in the field before a quoting phrase or noun of saying that can be its clause's verb: lower-case, and no article, pronoun, stop word, preposition or number. */
function mayBeVerb(t: Token, pack: LanguagePack): boolean {
  return !isCapitalized(t) && !pack.determiners.has(t.lower) && !pack.speakerStopWords.has(t.lower) && !NOT_VERBS.has(t.lower)
    && !pack.subjectPronouns.has(t.lower) && !/^\d/.test(t.text);
}

/** The cue with more tokens (a phrase, noun or subordinator it takes along), of the same kind. */
export function widenCue(doc: WithQuotes, cue: CueCandidate, ids: number[]): CueCandidate {
  return makeCue(doc, [...cue.tokenIds, ...ids], cue.sentence, { type: cue.type, lemma: cue.lemma, speakerSide: cue.speakerSide, speechAct: cue.speechAct, passive: cue.passive });
}

/** Builds a cue candidate from token ids (parts for discontinuous pieces). */
export function makeCue(doc: WithQuotes, ids: number[], sentence: number, shape: CueShape): CueCandidate {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: Span[] = [];
  for (const id of sorted) {
    const token = doc.tokens[id]!;
    const last = parts[parts.length - 1];
    if (last && doc.tokens[id - 1] && sorted.includes(id - 1)) {
      last.end = token.end;
      last.text = doc.text.slice(last.start, last.end);
    } else {
      parts.push({ text: token.text, start: token.start, end: token.end });
    }
  }
  const first = parts[0]!;
  const lastPart = parts[parts.length - 1]!;
  const cue = { text: doc.text.slice(first.start, lastPart.end), start: first.start, end: lastPart.end, ...(parts.length > 1 ? { parts } : {}) };
  return { cue, tokenIds: sorted, sentence, ...shape };
}

/** End (exclusive) of the clause holding token i: the next clause punctuation, quote mark or sentence end. */
export function clauseEnd(tokens: Token[], i: number, sentence: Sentence): number {
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    // "gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt": a date in apposition to a weekday is one
    // piece of its clause.
    const date = t.text === ',' ? dateAppositionEnd(tokens, k, sentence) : -1;
    if (date > 0) { k = date; continue; }
    if (CLAUSE_PUNCT.has(t.text) || (TERMINAL_PUNCT.has(t.text) && !isOrdinalDot(tokens, k)) || t.type === 'quote') return k;
  }
  return sentence.tokenEnd;
}

/** Start (inclusive) of the clause holding token i. */
export function clauseStart(tokens: Token[], i: number, sentence: Sentence): number {
  for (let k = i - 1; k >= sentence.tokenStart; k--) {
    // A parenthesis is one piece of its clause: "Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt".
    if (tokens[k]!.text === ')') {
      let open = k - 1;
      while (open >= sentence.tokenStart && open > k - 12 && tokens[open]!.text !== '(' && tokens[open]!.text !== ')' && tokens[open]!.type !== 'quote') open--;
      if (open >= sentence.tokenStart && tokens[open]!.text === '(') { k = open; continue; }
    }
    const t = tokens[k]!;
    if (t.text === ',') {
      const open = dateAppositionStart(tokens, k, sentence);
      if (open > 0) { k = open; continue; }
    }
    if (CLAUSE_PUNCT.has(t.text) || (TERMINAL_PUNCT.has(t.text) && !isOrdinalDot(tokens, k)) || t.type === 'quote') return k + 1;
  }
  return sentence.tokenStart;
}

/** Weekday names before a date in apposition ("am Montag, dem 27. März, …"). */
const WEEKDAYS = new Set(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag']);

/**
 * When the comma at k opens a date in apposition to a weekday (", dem 27. März," / ", den 9. September 2005,"), the
 * index of the comma that closes it, else -1.
 */
function dateAppositionEnd(tokens: Token[], k: number, sentence: Sentence): number {
  if (!WEEKDAYS.has(tokens[k - 1]?.lower ?? '')) return -1;
  const article = tokens[k + 1]?.lower;
  if (article !== 'dem' && article !== 'den') return -1;
  if (!/^\d{1,2}$/.test(tokens[k + 2]?.text ?? '') || tokens[k + 3]?.text !== '.' || !isCapitalized(tokens[k + 4])) return -1;
  let close = k + 5;
  if (/^\d{4}$/.test(tokens[close]?.text ?? '')) close++;
  return close < sentence.tokenEnd - 1 && tokens[close]!.text === ',' ? close : -1;
}

/** When the comma at k closes a date in apposition to a weekday, the index of the comma that opens it, else -1. */
function dateAppositionStart(tokens: Token[], k: number, sentence: Sentence): number {
  for (const open of [k - 5, k - 6]) if (open > sentence.tokenStart && tokens[open]?.text === ',' && dateAppositionEnd(tokens, open, sentence) === k) return open;
  return -1;
}

/** One initial or several written together before the last dot: "R" in "Jürgen R. Thumann", "C.Y" in "C.Y. Leung". */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * The dot of an ordinal number ("am 25. November"), an initial ("Jürgen R. Thumann") or a title or number
 * abbreviation ("Dr. Heino Stoever", "Nr. 72") inside a sentence: it ends no clause.
 */
export function isOrdinalDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (tokens[k]!.text !== '.' || !prev || prev.end !== tokens[k]!.start || next?.type !== 'word') return false;
  if (/^\d{1,2}$/.test(prev.text)) return !(tokens[k - 2]?.text === ',' && tokens[k - 2]!.end === prev.start);
  // An abbreviation before a lower-case word, which no sentence opens with: "( Awoda , dt. etwa Arbeiterpartei )".
  if (/^\p{Ll}/u.test(next.text) && /^\p{L}{1,4}$/u.test(prev.text)) return true;
  return (INITIALS.test(prev.text) || NAME_ABBREVIATIONS.has(prev.lower)) && /^[\p{Lu}\d]/u.test(next.text);
}

/** Abbreviations that stand inside a name or before a number ("Prof. Dr. Beckmann", "Nr. 72", "St. Andrews"). */
const NAME_ABBREVIATIONS = new Set(['dr', 'prof', 'nr', 'st', 'jr', 'sr', 'mr', 'mrs', 'ms', 'med', 'mag', 'ing']);

/** End of the clause holding token i, reading over short quotes ("sagte zum „Algemeen Dagblad“, nach …"). */
export function clauseEndOverShortQuotes(doc: WithQuotes, i: number, sentence: Sentence): number {
  let k = i;
  for (;;) {
    const end = clauseEnd(doc.tokens, k, sentence);
    const at = doc.quoteByStart.get(end);
    // (A quote after an article is a name, however long: "erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“, …".)
    const named = at !== undefined && end > i && (doc.pack.determiners.has(doc.tokens[end - 1]!.lower)
      || (end - 1 > i && isAdjectiveLike(doc.tokens[end - 1], doc.pack) && doc.pack.determiners.has(doc.tokens[end - 2]!.lower)));
    if (at === undefined || !(doc.quotes[at]!.short || named) || doc.quotes[at]!.tokenEnd >= sentence.tokenEnd) return end;
    k = doc.quotes[at]!.tokenEnd - 1;
  }
}

/** Start of the clause holding token i, reading over short quotes ("Wie der Zeitung „Hürriyet“ berichtet wird"). */
export function clauseStartOverShortQuotes(doc: WithQuotes, i: number, sentence: Sentence): number {
  let k = i;
  for (;;) {
    const start = clauseStart(doc.tokens, k, sentence);
    const at = doc.quoteByEnd.get(start);
    // (A quote after an article is a phrase of the clause, however long: "Von einem „besonders schweren Eingriff in das
    // Persönlichkeitsrecht“ spricht der Gesetzentwurf", as clauseEndOverShortQuotes reads it after the verb.)
    const q = at === undefined ? undefined : doc.quotes[at]!;
    // (Not a title, which opens with a capital: "Teile des „Gesetzes über den Verfassungsschutz …“ erklärte …".)
    const named = q !== undefined && doc.pack.determiners.has(doc.tokens[q.tokenStart - 1]?.lower ?? '')
      && !isCapitalized(doc.tokens[q.tokenStart + 1]) && !doc.tokens.slice(q.tokenStart + 1, q.tokenEnd - 1).some((t) => TERMINAL_PUNCT.has(t.text));
    if (q === undefined || !(q.short || named) || q.tokenStart <= sentence.tokenStart) return start;
    k = q.tokenStart;
  }
}

/**
 * Whether the companion a cue needs (the first group, one word) stands before its infinitive after a modal: "Sie konnten
 * sich darauf einigen, …" reports the agreement, where a bare modal infinitive only announces speech.
 */
function companionBeforeInfinitive(tokens: Token[], start: number, i: number, lemma: string, pack: LanguagePack): boolean {
  const group = pack.cueNeedsCompanion.has(lemma) ? pack.cueCompanions.get(lemma)?.[0] : undefined;
  if (!group) return false;
  for (let k = start; k < i; k++) if (group.some((words) => words.length === 1 && words[0] === tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether the verb at `i` declares a status (pack declarativeLemmas): a predicate with its preposition right before the
 * verb or closing the clause [start, end): 'für' before a lower-case word that is no determiner or pronoun ("für
 * unzulässig erklärt worden", "erklärte das Tor für gültig"; not "erklärte für die Regierung, …"), 'zum'/'zur' before a
 * noun right before the verb ("zum Katastrophengebiet erklärt wurde"; not "erklärte zum Abschluss, …").
 */
function declaresStatus(doc: WithQuotes, start: number, end: number, i: number, lemma: string): boolean {
  const { tokens, pack } = doc;
  const preds = pack.declarativeLemmas?.get(lemma);
  if (!preds) return false;
  for (let k = start; k + 1 < end; k++) {
    const word = tokens[k]!.lower;
    const next = tokens[k + 1]!;
    if (next.type !== 'word') continue;
    const closes = k + 2 === i || k + 2 === end;
    if (preds.adjectives.has(word) && closes && /^\p{Ll}/u.test(next.text) && !pack.determiners.has(next.lower)
      && !pack.subjectPronouns.has(next.lower) && !PREDICATE_NON_ADJECTIVES.has(next.lower)) return true;
    if (preds.nouns.has(word) && k + 2 === i && /^\p{Lu}/u.test(next.text)) return true;
  }
  return false;
}

/** Lower-case words after 'für' that are no predicate adjective: pronouns and quantifiers ("für sich", "für mich", "für alle"). */
const PREDICATE_NON_ADJECTIVES = new Set(['sich', 'mich', 'dich', 'uns', 'euch', 'ihn', 'ihm', 'jeden', 'jede', 'jedes', 'jedermann', 'alles', 'nichts', 'mehr', 'weniger', 'etwa', 'rund', 'insgesamt', 'heute', 'morgen', 'gestern']);

/** Whether [start, end) holds a word of the set (lower case). */
function holdsWordOf(tokens: Token[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let k = start; k < end; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

/** English words after which a verb form is a noun ("the reports", "its claims"). */
const NOUN_MARKERS_EN = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'your', 'my']);

function matchVerb(doc: WithQuotes, sentence: Sentence, i: number, entries: readonly CueWord[], used: Set<number>): CueCandidate | null {
  const { tokens, pack } = doc;
  // Read over short quotes: "wies dies als „Unverschämtheit“ zurück", "Von einer „gezielten Indiskredition“ sprach er".
  const start = clauseStartOverShortQuotes(doc, i, sentence);
  const end = clauseEndOverShortQuotes(doc, i, sentence);
  // Participle readings first: "werden beschuldigt" is a passive, not "er beschuldigt".
  // Then separable readings ("rief ... auf" before "rief").
  const ordered = [...entries].sort((a, b) => Number(b.participle) - Number(a.participle) || Number(!!b.particle) - Number(!!a.particle));
  // "Wie eine Studie ergab": a clause opened by a cue subordinator.
  const wieClause = start < i && pack.cueSubordinators.has(tokens[start]!.lower);
  // "muss noch bestätigt werden": a passive infinitive reports nothing.
  if (passiveInfinitive(tokens, start, i, pack)) return null;
  // English "The minister's comments came …", "the reports": a verb form after a possessive or an article is a noun.
  const before = tokens[i - 1];
  if (!pack.nounsCapitalized && before && i > sentence.tokenStart && (/['’]s$/.test(before.lower) || NOUN_MARKERS_EN.has(before.lower))) return null;
  // ("smaller than feared", "better than expected": a comparison, nobody speaks.)
  if (!pack.nounsCapitalized && before?.lower === 'than') return null;
  for (const entry of ordered) {
    if (entry.participle && pack.activeOnlyLemmas?.has(entry.lemma)) continue;
    const wieOnly = pack.wieOnlyLemmas?.has(entry.lemma) ?? false;
    if (wieOnly && !wieClause && !pack.cueNeedsCompanion.has(entry.lemma)) continue;
    // "Die Namen der Besatzung lauten: …", "so lautet der Titel einer Studie": a name is given, nothing is said.
    // (Also over a long quote: "Die neue Bezeichnung wird … „Fresenius S.E. (Societas Europaea)“ lauten".)
    const naming = pack.namingSubjects?.get(entry.lemma);
    if (naming && holdsWordOf(tokens, sentence.tokenStart, end, naming)) continue;
    // "wurde zu sieben Jahren Haft verurteilt", "Die Flut forderte 92 Todesopfer": a word of the clause gives the verb another sense.
    // (A subordinator opening the clause is none of them: "Als bekannt wurde, dass …".)
    const otherSense = pack.nonActObjects.get(entry.lemma);
    if (otherSense && holdsWordOf(tokens, pack.subordinators.has(tokens[start]!.lower) ? start + 1 : start, end, otherSense)) continue;
    // "hat das Gericht für zulässig erklärt", "die … zum Katastrophengebiet erklärt wurde": a declared status, no speech.
    if (declaresStatus(doc, start, end, i, entry.lemma)) continue;
    const ids = [i];
    if (entry.particle) {
      let particle = -1;
      // The particle closes the clause (possibly before "und"/"oder", a comma or the sentence end).
      for (let k = i + 1; k < end && particle < 0; k++) {
        if (tokens[k]!.lower !== entry.particle) continue;
        const after = tokens[k + 1];
        if (k === end - 1 || (after && (after.lower === 'und' || after.lower === 'oder' || after.lower === 'sowie'))) particle = k;
      }
      // "teilte der Direktor der Behörde, Bagus Puruhito, mit": the particle may close the clause after an apposition.
      if (particle < 0 && !entry.participle) particle = particleAfterApposition(tokens, end, sentence, entry.particle, pack);
      // "Wie Adidas bekannt gab", "wurde bekannt gegeben": a long particle written apart right before the verb.
      if (entry.particle.length >= DETACHED_PARTICLE_LENGTH && tokens[i - 1]?.lower === entry.particle) particle = i - 1;
      else if (entry.participle) particle = -1;
      if (particle < 0) continue;
      ids.push(particle);
    }
    // A finite form whose clause closes with another separable particle is another verb: "sprachen ihn frei", "wertet sie aus".
    if (!entry.particle && !entry.participle && i + 1 < end && closingParticle(tokens, i, end, pack)) continue;
    // A modal infinitive ("wollte das nicht bestätigen", "um zu sagen") only announces speech.
    // (Not with the companion the cue needs before it: "konnten sich darauf einigen", the modal then part of the cue.)
    if (!entry.participle && /en$/.test(tokens[i]!.lower) && hasModalBefore(tokens, start, i, pack)) {
      if (!companionBeforeInfinitive(tokens, start, i, entry.lemma, pack)) continue;
      for (let k = start; k < i; k++) if (MODALS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'zu') { ids.push(k); break; }
    }
    // "ließ ein Sprecher kurz verlauten", "lässt sie Folgendes erklären": the finite causative heads the infinitive cue.
    if (!entry.participle && pack.causativeForms && /en$/.test(tokens[i]!.lower)) {
      for (let k = i - 1; k >= start; k--) if (pack.causativeForms.has(tokens[k]!.lower)) { ids.push(k); break; }
    }
    let passive = false;
    if (entry.participle) {
      let aux = -1;
      // "war bekannt geworden", "waren davon ausgegangen": a perfect with "sein".
      const seinAux = pack.seinPerfect?.lemmas.has(entry.lemma) ? pack.seinPerfect.auxiliaries : undefined;
      const isAux = (t: Token) => pack.auxiliaries.has(t.lower) || (seinAux !== undefined && seinAux.has(t.lower));
      // (English keeps its auxiliary next to the participle, an adverb or subject at most between: "has repeatedly denied",
      // "was he told"; not 'are' of another clause over a quote: "The allegations are „unfounded,“ said Peskov".)
      const auxFrom = pack.nounsCapitalized ? start : Math.max(start, i - 3);
      for (let k = i - 1; k >= auxFrom; k--) {
        if (!pack.nounsCapitalized && tokens[k]!.type !== 'word') break;
        if (isAux(tokens[k]!)) { aux = k; break; }
        // (Only adverbs and a pronoun stand between: not "was smaller than feared".)
        if (!pack.nounsCapitalized && !INSIDE_ENGLISH_VERB.test(tokens[k]!.lower)) break;
      }
      if (aux < 0 && i + 1 < end && isAux(tokens[i + 1]!)) aux = i + 1; // "…, wie er gesagt hatte"
      // "hatte der Investor, Larry Silverstein, zugesagt": the auxiliary stands before an apposition.
      if (aux < 0 && start === i) aux = auxiliaryBeforeApposition(tokens, start, sentence, pack);

      if (aux < 0) continue; // attributive participle ("die erwähnte Studie")
      ids.push(aux);
      // "soll Anelka zu Domenech gesagt haben": the modal of hearsay or claim before a perfect infinitive belongs to the cue.
      if (aux === i + 1 && PERFECT_INFINITIVES.has(tokens[aux]!.lower)) {
        for (let k = i - 1; k >= start; k--) if (CLAIM_MODALS.has(tokens[k]!.lower)) { ids.push(k); break; }
      }
      passive = pack.passiveAuxiliaries.has(tokens[aux]!.lower);
      // "Es wird vermutet, dass …": the impersonal subject belongs to the passive cue.
      if (passive && aux === start + 1 && pack.impersonalSubjects.has(tokens[start]!.lower)) ids.push(start);
      // "ist ... gesagt worden": take "worden" too. (English has none after the participle: not the 'was' of the content
      // in "was told by police that the road was closed".)
      for (let k = i + 1; k < (pack.nounsCapitalized ? end : i + 1); k++) if (pack.passiveAuxiliaries.has(tokens[k]!.lower) && k !== aux) { ids.push(k); passive = true; }
      // "war … berichtet worden": the finite "sein" of the pluperfect passive belongs to the cue.
      if (ids.some((id) => tokens[id]!.lower === 'worden')) {
        for (let k = i - 1; k >= start; k--) if (PASSIVE_PERFECT_FINITE.has(tokens[k]!.lower)) { ids.push(k); break; }
      }
    }
    // English "Shares are expected to rise": a passive that presumes, with a subject of its own, attributes nothing.
    if (passive && pack.presumingPassives?.has(entry.lemma) && !ids.some((id) => pack.impersonalSubjects.has(tokens[id]!.lower))
      && !pack.complementizers.has(tokens[i + 1]?.lower ?? '')) return null;
    const first = tokens[start];
    if (first && pack.cueSubordinators.has(first.lower) && start < i) ids.push(start);
    // The first group is the one a cue may need ("zeigte sich"); later groups are optional ("hält es für").
    let companionFound = false;
    const groups = pack.cueCompanions.get(entry.lemma) ?? [];
    // (English puts the companion right after the verb, an adverb at most between: "warned of", "called again for"; not
    // "warned on Thursday that millions of people …".)
    const companionFrom = pack.nounsCapitalized ? start : i + 1;
    const companionEnd = pack.nounsCapitalized ? end : Math.min(end, i + 3);
    for (let g = 0; g < groups.length; g++) {
      const found = findCompanion(tokens, companionFrom, companionEnd, groups[g]!, used, pack);
      if (!found) continue;
      ids.push(...found);
      if (g === 0) companionFound = true;
    }
    if (!companionFound && pack.cueNeedsCompanion.has(entry.lemma) && !(wieOnly && wieClause)) continue; // "zeigte sich besorgt", not "zeigte Fotos"
    const openers = pack.predicateCompanions?.get(entry.lemma);
    if (openers) for (const k of predicateOf(tokens, start, end, openers, ids, used, pack)) if (!ids.includes(k)) ids.push(k);
    return makeCue(doc, ids, sentence.index, {
      type: entry.pos === 'noun' ? 'noun' : 'verb', lemma: entry.lemma, speakerSide: entry.speakerSide, speechAct: entry.speechAct, passive,
    });
  }
  return null;
}

/**
 * The separable particle right after an apposition that follows the clause end:
 * ", <noun phrase>, mit." (one comma-delimited stretch of at most eight words
 * that opens like a noun phrase), or -1.
 */
function particleAfterApposition(tokens: Token[], end: number, sentence: Sentence, particle: string, pack: LanguagePack): number {
  if (tokens[end]?.text !== ',') return -1;
  const opener = tokens[end + 1];
  if (!opener || opener.type !== 'word') return -1;
  // "warf Obama, nachdem dessen Entscheidung publik wurde, vor, er habe …": an adverbial clause stands there as well.
  const adverbial = ADVERBIAL_SUBORDINATORS.has(opener.lower);
  if (!adverbial && !(/^\p{Lu}/u.test(opener.text) || pack.determiners.has(opener.lower))) return -1;
  // "schlägt … dem Minister für Verkehr, Infrastruktur und Tourismus Gilles de Robien vor, …": the comma parts the members of
  // an enumeration (closed by "und"/"oder"), and the particle closes the clause before the next comma or the sentence end.
  let enumeration = false;
  for (let k = end + 2; k < Math.min(sentence.tokenEnd - 1, end + (adverbial ? 16 : 11)); k++) {
    const t = tokens[k]!;
    if (!adverbial && (t.lower === 'und' || t.lower === 'oder') && k <= end + 4) enumeration = true;
    const closes = t.text === ',' || (TERMINAL_PUNCT.has(t.text) && !isInitialDot(tokens, k));
    if (enumeration && closes && tokens[k - 1]?.lower === particle && k - 1 > end + 3) return k - 1;
    if (t.type === 'quote' || (TERMINAL_PUNCT.has(t.text) && !isInitialDot(tokens, k))) return -1;
    if (t.text !== ',') continue;
    const candidate = tokens[k + 1];
    const after = tokens[k + 2];
    if (candidate?.lower !== particle) return -1;
    return !after || TERMINAL_PUNCT.has(after.text) || after.text === ',' || after.lower === 'und' ? k + 1 : -1;
  }
  return -1;
}

/** Subordinators of an adverbial clause that may stand between a verb's clause and its separable particle (German). */
const ADVERBIAL_SUBORDINATORS = new Set(['nachdem', 'weil', 'obwohl', 'obgleich', 'während', 'bevor', 'ehe', 'seitdem', 'sobald', 'falls', 'indem']);

/**
 * The auxiliary of a participle that stands alone after an apposition:
 * "<aux> <subject>, <apposition>, <participle>" (the apposition at most eight
 * words, opening like a noun phrase), or -1.
 */
function auxiliaryBeforeApposition(tokens: Token[], start: number, sentence: Sentence, pack: LanguagePack): number {
  if (tokens[start - 1]?.text !== ',') return -1;
  for (let k = start - 2; k > Math.max(sentence.tokenStart, start - 11); k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || (TERMINAL_PUNCT.has(t.text) && !isInitialDot(tokens, k))) return -1;
    if (t.text !== ',') continue;
    const opener = tokens[k + 1]!;
    if (!(/^\p{Lu}/u.test(opener.text) || pack.determiners.has(opener.lower))) return -1;
    // (An apposition ends with its noun or name; a stretch closing with a lower-case word is a clause: "…, die es den Wählern
    // ermöglicht hätten, eine wohlüberlegte Wahlentscheidung zu treffen, kritisiert die OSZE …".)
    const closing = tokens[start - 2]!;
    if (closing.type === 'word' && !/^[\p{Lu}\d]/u.test(closing.text)) return -1;
    for (let m = k - 1; m >= sentence.tokenStart; m--) {
      const u = tokens[m]!;
      if (CLAUSE_PUNCT.has(u.text) || u.type === 'quote') return -1;
      if (pack.auxiliaries.has(u.lower)) return m;
    }
    return -1;
  }
  return -1;
}

/** The dot of a name's initial inside a sentence ("Larry A. Silverstein"): a single letter before it, a capitalized word after. */
function isInitialDot(tokens: Token[], k: number): boolean {
  return tokens[k]!.text === '.' && INITIALS.test(tokens[k - 1]?.text ?? '') && isCapitalized(tokens[k + 1]);
}

/**
 * The tokens of the first alternative of the group standing in [start, end) (alternatives tried in order), or null. In a
 * language that capitalizes nouns one lower-case word that is no article or pronoun may stand between two words of an
 * alternative: an adverb or adjective ("hat sich überraschend bereit erklärt", "mit den folgenden Worten").
 */
function findCompanion(tokens: Token[], start: number, end: number, group: CompanionGroup, used: Set<number>, pack: LanguagePack): number[] | null {
  const insertable = (t: Token | undefined) => pack.nounsCapitalized && t !== undefined && t.type === 'word' && !isCapitalized(t)
    && !pack.determiners.has(t.lower) && !pack.subjectPronouns.has(t.lower);
  for (let a = 0; a < group.length; a++) {
    const words = group[a]!;
    for (let k = start; k + words.length <= end; k++) {
      if (tokens[k]!.lower !== words[0] || used.has(k)) continue;
      const ids = [k];
      let at = k;
      for (let m = 1; m < words.length && ids.length === m; m++) {
        if (at + 1 < end && tokens[at + 1]!.lower === words[m] && !used.has(at + 1)) at += 1;
        else if (at + 2 < end && insertable(tokens[at + 1]) && tokens[at + 2]!.lower === words[m] && !used.has(at + 2)) at += 2;
        else break;
        ids.push(at);
      }
      if (ids.length === words.length) return ids;
    }
  }
  return null;
}

/** Whether the clause (i, end) closes with a separable particle of the verb at i ("sprachen … frei", "wertet sie aus"). */
function closingParticle(tokens: Token[], i: number, end: number, pack: LanguagePack): boolean {
  let last = end - 1;
  while (last > i && tokens[last]!.type !== 'word') last--;
  if (!(last > i + 1 && pack.separableParticles.has(tokens[last]!.lower) && tokens[last - 1]!.type === 'word')) return false;
  // "beschuldigt die Rebellen immer wieder", "nach wie vor", "ab und zu": an adverb, no particle.
  if (ADVERB_PHRASES.has(`${tokens[last - 1]!.lower} ${tokens[last]!.lower}`)) return false;
  // "nannte die Sanktionen … und rief die Armee auf": the particle may belong to a coordinated verb; one that closes the
  // verb's own conjunct is its own ("forderte die Nationalgarde an und rief den Notstand aus").
  for (let k = i + 1; k < last; k++) {
    if (!CLAUSE_COORDINATORS.has(tokens[k]!.lower)) continue;
    return k > i + 2 && pack.separableParticles.has(tokens[k - 1]!.lower) && tokens[k - 2]!.type === 'word';
  }
  return true;
}

const CLAUSE_COORDINATORS = new Set(['und', 'oder', 'sowie', 'aber', 'sondern']);

/** Adverbs ending in a word that is also a separable particle ("immer wieder", "nach wie vor", "ab und zu"). */
const ADVERB_PHRASES = new Set(['immer wieder', 'schon wieder', 'erneut wieder', 'wie vor', 'und zu', 'und an']);

/** Whether a form ending in -e/-en/-em/-er/-es is a participle with an adjective ending ("erklärte", "bestätigten"; not "sagte"). */
function mayBeInflectedParticiple(form: string, pack: LanguagePack): boolean {
  const base = form.replace(/e[nmrs]?$/, '');
  const entries = pack.cueWords.get(base);
  return entries === undefined || entries.some((e) => e.participle);
}

/** Pronouns that may stand between a relative pronoun and its verb ("die er erklärte"). */
const PRONOUNS_BEFORE_VERB: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS_DE);

/** Infinitives of the perfect auxiliaries ("gesagt haben", "gewesen sein"). */
const PERFECT_INFINITIVES = new Set(['haben', 'sein']);
/** Modals of hearsay and claim before a perfect infinitive ("soll gesagt haben", "will erfahren haben"). */
const CLAIM_MODALS = new Set(['soll', 'sollen', 'sollte', 'sollten', 'will', 'wollen', 'wollte', 'wollten']);

const MODALS = new Set(['will', 'wollte', 'wollten', 'wolle', 'kann', 'konnte', 'konnten', 'könne', 'könnte', 'könnten', 'muss', 'musste', 'müsse', 'soll', 'sollte', 'sollten', 'möchte', 'darf', 'durfte', 'zu', 'wird', 'werde', 'würde', 'würden', 'werden', 'würdest', 'wirst', 'kannst', 'willst', 'wollen', 'können', 'müssen', 'dürfen', 'möchten', 'mussten', 'durften', 'müssten', 'dürfte', 'dürften']);

function hasModalBefore(tokens: Token[], start: number, i: number, pack: LanguagePack): boolean {
  if (!pack.nounsCapitalized) return false;
  // "zu" marks an infinitive right before it ("um zu sagen"); elsewhere it is a preposition ("Folgendes zu ihrer Person erklären").
  for (let k = start; k < i; k++) if (MODALS.has(tokens[k]!.lower) && (tokens[k]!.lower !== 'zu' || k === i - 1)) return true;
  return false;
}

/**
 * "Haushaltsstreit: Lindner lehnt neue Schulden ab": in a headline (a paragraph of one sentence without a closing full stop)
 * a single word before a colon whose clause holds a verb cue of its own is a topic label; the clause is attributed by its
 * own verb. (Not before a pronoun, "Lawrow: Wir lehnen das ab", nor in the lines of an interview, "STANDARD: Sie fordern …".)
 */
function labelsAttribution(doc: WithQuotes, colon: CueCandidate, sentenceCues: readonly CueCandidate[]): boolean {
  const { tokens } = doc;
  const at = colon.tokenIds[0]!;
  const sentence = doc.sentences[colon.sentence]!;
  if (tokens[at]!.text !== ':' || at - sentence.tokenStart !== 1 || TERMINAL_PUNCT.has(tokens[sentence.tokenEnd - 1]!.text)) return false;
  const alone = (other: Sentence | undefined) => other === undefined || other.paragraph !== sentence.paragraph;
  if (!alone(doc.sentences[sentence.index - 1]) || !alone(doc.sentences[sentence.index + 1])) return false;
  const after = tokens[at + 1];
  const words = getSpeakerPack(doc.language);
  if (!after || after.type !== 'word' || words.nominativePronouns.has(after.lower) || words.ambiguousPronouns.has(after.lower) || doc.pack.impersonalSubjects.has(after.lower)) return false;
  return sentenceCues.some((cue) => cue.type === 'verb' && cue.tokenIds[0]! > at + 1);
}

/** "Lawrow: Es gibt ..." / "Bundesinnenminister Schäuble: „...“": a short capitalized phrase before a colon. */
function matchColon(doc: WithQuotes, sentence: Sentence): CueCandidate | null {
  const { tokens, pack } = doc;
  for (let k = sentence.tokenStart + 1; k < Math.min(sentence.tokenEnd - 1, sentence.tokenStart + 10); k++) {
    if (tokens[k]!.text !== ':') continue;
    let from = k - 1;
    while (from > sentence.tokenStart && tokens[from - 1]!.type === 'word' && k - from < 5) from--;
    if (from > sentence.tokenStart && tokens[from - 1]!.text !== '-' && tokens[from - 1]!.text !== '–') return null;
    // "Hintergrund: …", "Bild: Nächtliche Szene vor dem Haus", "Wikinews-Portal: …": a heading or caption label, no speaker.
    if (k - from === 1 && pack.headingLabels?.has(tokens[from]!.lower.split('-').pop()!)) return null;
    // The content must read as a sentence or quote ("Lawrow: Es gibt …"), not a score or a list ("Japan: 1:0").
    const after = tokens[k + 1]!;
    if (!(after.type === 'quote' || /^\p{Lu}/u.test(after.text))) return null;
    // "Koppelin wörtlich: „…“": an adverb of quoting closes the speaker's name and is the cue (before a quote only).
    const adverb = pack.nounsCapitalized && after.type === 'quote' && k - 1 > from && QUOTING_ADVERBS.has(tokens[k - 1]!.lower) ? k - 1 : -1;
    // "Zitat von Schröder: „…“": a noun of quoting opens the phrase and is the cue; the rest names the speaker.
    const noun = pack.nounsCapitalized && after.type === 'quote' && from === sentence.tokenStart && k - from >= 2 && QUOTING_NOUNS.has(tokens[from]!.lower) ? from : -1;
    for (let m = from; m < k; m++) {
      if (m === adverb) continue;
      const t = tokens[m]!;
      if (t.type !== 'word' || pack.cueWords.has(t.lower) || pack.speakerStopWords.has(t.lower) || pack.determiners.has(t.lower)) return null;
      if (!/^\p{Lu}/u.test(t.text) && !pack.speakerInnerWords.has(t.lower)) return null;
    }
    const cueAt = adverb >= 0 ? adverb : noun >= 0 ? noun : k;
    return makeCue(doc, [cueAt], sentence.index, { type: 'colon', lemma: ':', speakerSide: noun >= 0 ? 'after' : 'before', speechAct: false, passive: false });
  }
  return null;
}

/** Words that make 'so' a quantifier or degree adverb ("so mancher Reifen", "so viele"). */
const SO_QUANTIFIERS = new Set(['mancher', 'manche', 'manches', 'manchem', 'manchen', 'manch', 'viele', 'viel', 'wenig', 'wenige', 'lange', 'weit', 'schnell', 'bald', 'sehr']);

/** Adverbs of quoting before a colon: "Koppelin wörtlich: „…“". */
const QUOTING_ADVERBS = new Set(['wörtlich', 'sinngemäß']);
/** Nouns of quoting that open a colon intro with their source: "Zitat von Schröder: „…“", "O-Ton Merkel: „…“". */
const QUOTING_NOUNS = new Set(['zitat', 'o-ton', 'originalton']);

/** Longest unquoted predicate that joins a cue ("für immer unwahrscheinlicher"). */
const MAX_PREDICATE_WORDS = 3;

/**
 * The predicative complement of a judging verb in its clause [start, end): its opener ("für", "als") and up to three
 * lower-case words that run to the clause end or to a word of the cue (particle, participle, auxiliary), with the
 * correlative "es" of the clause before the opener ("hält es für möglich", "sah es als erwiesen an"); empty when there is none.
 */
function predicateOf(tokens: Token[], start: number, end: number, openers: ReadonlySet<string>, ids: readonly number[], used: Set<number>, pack: LanguagePack): number[] {
  for (let k = start; k < end; k++) {
    if (!openers.has(tokens[k]!.lower) || used.has(k)) continue;
    const words: number[] = [];
    let m = k + 1;
    while (m < end && !ids.includes(m) && words.length <= MAX_PREDICATE_WORDS) {
      const t = tokens[m]!;
      if (t.type !== 'word' || isCapitalized(t) || pack.determiners.has(t.lower) || pack.subjectPronouns.has(t.lower) || pack.cueWords.has(t.lower)) break;
      words.push(m++);
    }
    if (words.length === 0 || words.length > MAX_PREDICATE_WORDS || (m < end && !ids.includes(m))) continue;
    // Only with the correlative "es" that stands for the content clause: "hält einen Abzug für unwahrscheinlich" judges an object.
    for (let e = start; e < k; e++) if (pack.impersonalSubjects.has(tokens[e]!.lower) && !used.has(e)) return [k, ...words, e];
    return [];
  }
  return [];
}

/**
 * "muss noch von der Generalversammlung bestätigt werden", "um … bestätigt zu werden": a participle before the
 * infinitive 'werden' after a modal (or 'zu') is a passive infinitive, a thing still to be done or approved.
 */
function passiveInfinitive(tokens: Token[], start: number, i: number, pack: LanguagePack): boolean {
  const next = tokens[i + 1]?.lower;
  if (next === 'zu') return tokens[i + 2]?.lower === 'werden';
  return next === 'werden' && hasModalBefore(tokens, start, i, pack);
}
