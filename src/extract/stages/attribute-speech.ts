import type { Attribution, Cue, QuoteSpan, Span, WithAttributions, WithCues } from '../types.js';
import { attributeCue, classify, findSubject, reportedCueVerb, type DraftAttribution } from './attribute-cue.js';
import { contentEnd, trimRange } from './content-range.js';
import type { Range } from './speaker-phrase.js';
import { FIRST_PERSON, isAdjectiveLike, isCapitalized, isKnownFiniteForm, isMoodOrAuxiliary, RELATIVE_PRONOUNS, TERMINAL_PUNCT, TITLE_JOINERS } from './token-tests.js';

/** Priority when two cues claim the same content: the higher one is the attribution, the other its relay. */
const PRIORITY: Record<string, number> = { verb: 6, noun: 5, colon: 4, so: 3, preposition: 2, impersonal: 1, demnach: 0 };
/** Unambiguous Konjunktiv I forms (German): a sentence holding one is reported speech. */
const STRONG_MOOD = new Set(['sei', 'seien', 'habe', 'könne', 'müsse', 'werde', 'solle', 'wolle', 'dürfe', 'gebe']);

/** Konjunktiv II forms among the reported-mood forms ending in -e: a condition as often as reported speech. */
const KONJUNKTIV_TWO = new Set([
  'hätte', 'würde', 'wäre', 'gäbe', 'stünde', 'bräuchte', 'ließe', 'käme', 'brächte', 'böte', 'läge', 'fände', 'wüsste', 'bekäme',
  'befände', 'gälte', 'hieße',
]);

/**
 * Whether token k is a Konjunktiv I in the third person singular (a reported-mood form in -e that is no Konjunktiv
 * II): "liege", "gehe", "bestehe". Not a capitalized word inside the sentence ("die Sorge").
 */
function konjunktivOne(doc: WithCues, k: number, sentenceStart: number): boolean {
  const t = doc.tokens[k]!;
  if (t.type !== 'word' || !t.lower.endsWith('e') || !doc.pack.reportedMoodForms.has(t.lower) || KONJUNKTIV_TWO.has(t.lower)) return false;
  return k === sentenceStart || !/^\p{Lu}/u.test(t.text);
}

/** Third-person pronouns next to a finite verb ("Er hoffe", "Deshalb fühle sie sich"). */
const THIRD_PERSON = new Set(['er', 'sie', 'es', 'man']);
/** Lower-case words in -e next to a pronoun that are no verbs ("ohne sie", "gebe es keine", "er gerade"). */
const NON_VERBS_IN_E = new Set([
  'ohne', 'heute', 'gerade', 'nahe', 'lange', 'gerne', 'alleine', 'sowie', 'welche', 'solche', 'jede', 'meine', 'deine', 'eure',
  'inne', 'vorne', 'hinten', 'bitte', 'ebene', 'ferne', 'eigene', 'selbe', 'wurde', 'infolge', 'zufolge', 'danke', 'nie', 'die',
]);
/**
 * A Konjunktiv I in the third person singular missing from the pack's list, told by its form and place: a lower-case
 * word in -e that is no preterite ('-te'/'-de', but 'bereite', 'bedeute', 'entscheide' are Konjunktiv I), no determiner or
 * adverb, and stands next to a third-person pronoun ("Er hoffe", "Dabei fühle sie sich") or right after a subject of
 * names and nouns opening the sentence ("Das Gehen bereite seinem Bruder Schwierigkeiten", "Denn Deutschland propagiere
 * …"); a verb in '-iere' is one anywhere ("propagiere", "kritisiere").
 */
function unlistedKonjunktivOne(doc: WithCues, k: number, sentenceStart: number): boolean {
  const { tokens, pack } = doc;
  const t = tokens[k]!;
  const w = t.lower;
  if (w.length < 4 || !w.endsWith('e') || !/^\p{Ll}+$/u.test(t.text) || pack.determiners.has(w) || NON_VERBS_IN_E.has(w) || w.endsWith('weise')) return false;
  if (/[^aeiouäöü]iere$/u.test(w)) return true;
  if (pack.reportedMoodForms.has(w)) return false;
  if (/(?:te|de)$/u.test(w) && !/(?:eite|eute|iete|eide|ilde)$/u.test(w)) return false;
  // Endings of adjectives and participles ("sexuelle", "eindeutige", "lebende", "gewonnene", "stärkere", "jegliche").
  if (/(?:lle|ige|nde|ene|ere|che|ale|are|ive|ste|sse|ose|bare)$/u.test(w)) return false;
  const previous = tokens[k - 1];
  const next = tokens[k + 1];
  if (k - 1 === sentenceStart && previous && THIRD_PERSON.has(previous.lower)) return true;
  if (next && next.text === next.lower && THIRD_PERSON.has(next.lower) && k > sentenceStart) return true;
  // A subject field of capitalized words (after an article or a conjunction) right before the word.
  let m = sentenceStart;
  if (m < k && (tokens[m]!.lower === 'denn' || tokens[m]!.lower === 'und' || tokens[m]!.lower === 'aber')) m++;
  // After an article a noun ("Das Gehen bereite"); without one a name of two words at least ("Angela Merkel hoffe"), not
  // a preposition or adverb before an adjective ("Für weite Teile", "Insbesondere schwarze Einwohner").
  const article = m < k && pack.determiners.has(tokens[m]!.lower);
  if (article) m++;
  if (k - m < (article ? 1 : 2) || k - m > 3) return false;
  for (let j = m; j < k; j++) if (tokens[j]!.type !== 'word' || !/^\p{Lu}/u.test(tokens[j]!.text) || THIRD_PERSON.has(tokens[j]!.lower)) return false;
  return true;
}
/**
 * Sentences a reportative "soll … getan haben / gewesen sein" may lie after its source: beyond it the dataset leaves such a
 * sentence unannotated (the author's hedge; train: 0 of 8 at four to eight sentences).
 */
const MAX_REPORTATIVE_GAP = 3;
/** Continuation may reach this many paragraphs past the attributed sentence. */
const MAX_PARAGRAPH_GAP = 1;

/**
 * Stage 4: links cues, speakers and contents into attributions.
 * 1. every cue gets its content and speaker (attributeCue);
 * 2. attributions of the same content merge: the weaker cue becomes a relay;
 * 3. direct quotes left over become attributions without cue;
 * 4. a sentence in reported mood (Konjunktiv I, "würde", "soll") right after an
 *    attributed sentence continues it;
 * 5. attributions without own speaker ("demnach", quotes, continuations)
 *    take the speaker of the preceding attribution.
 */
export function attributeSpeech(doc: WithCues): WithAttributions {
  const cueDrafts: DraftAttribution[] = [];
  for (const cue of doc.cues) {
    const found = attributeCue(doc, cue);
    if (found && !conditionalBefore(doc, found) && !mainClauseAfterRelative(doc, found)) cueDrafts.push(skipLeadingRelative(doc, found));
  }
  const merged = mergeOverlapping(doc, cueDrafts);
  const drafts = [...merged.map((m) => m.draft)];
  addCoordinatedQuotes(doc, drafts);
  addQuotesBeforeCue(doc, drafts);
  addClausesBeforeCue(doc, drafts);
  addQuotesAfterContent(doc, drafts);
  addQuotesInCueClause(doc, drafts);
  const leftovers = addLeftoverQuotes(doc, drafts);
  addContinuations(doc, drafts, leftovers);
  dropQuestions(doc, drafts);
  drafts.sort((a, b) => a.content[0] - b.content[0]);
  inheritSpeakers(doc, drafts);
  const relaysOf = new Map(merged.map((m) => [m.draft, m.relays]));
  const indexOf = new Map(drafts.map((d, i) => [d, i]));
  const attributions = drafts.map((d) => toAttribution(doc, d, relaysOf.get(d) ?? [], indexOf));
  return { ...doc, attributions };
}

/**
 * A claim whose content runs to the question mark that ends its sentence outside quotes asks, it asserts nothing:
 * "Für wie wahrscheinlich halten Sie es, dass diesen Drohungen Taten folgen?", "Die entscheidende Frage lautet: Darf ein
 * Gymnasium … verwehren?", an interviewer's "STANDARD: Wie reagieren die Menschen auf Ihre Arbeit?". A quoted question
 * stays the speaker's words ("„Was ist mit dem Radler passiert?“, hatte er gefragt"), as does a question before its cue
 * clause or after a verb of asking (pack askingLemmas), and so does a claim the question only follows ("Wir haben ein mulmiges Gefühl, sagt Trummer, denn wer weiß, wie das alles weitergeht?").
 */
function dropQuestions(doc: WithCues, drafts: DraftAttribution[]): void {
  const quoted = new Uint8Array(doc.tokens.length);
  for (const q of doc.quotes) quoted.fill(1, q.tokenStart, q.tokenEnd);
  // (A draft another one takes its speaker or cue from stays.)
  const referenced = new Set(drafts.flatMap((d) => [d.continues, d.speakerFrom]));
  const asks = ([, to]: Range): boolean => {
    const { tokenEnd } = doc.sentences[doc.tokens[to - 1]!.sentence]!;
    for (let k = to - 1; k < tokenEnd; k++) {
      const t = doc.tokens[k]!;
      if (t.text === '?') return !quoted[k];
      if (t.type === 'word' && k >= to) return false;
    }
    return false;
  };
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    // A question its cue clause follows ("Wer erzählt denn sowas?, fragt Wieser", in text without quote marks) is quoted.
    const cueAfter = d.cue !== null && Math.min(...d.cue.tokenIds) >= d.content[1];
    // So is one after a verb of asking with its subject ("Strolz fragte: Können wir etwas tun?"; not an interview's
    // label "Frage: Wie lange dauert das?", which opens its sentence).
    const askedBy = d.cue !== null && d.cue.type === 'verb' && (doc.pack.askingLemmas?.has(d.cue.lemma) ?? false) ? d.cue : null;
    const asked = askedBy !== null && Math.min(...askedBy.tokenIds) > doc.sentences[askedBy.sentence]!.tokenStart;
    if (d.kind !== 'direct' && !cueAfter && !asked && !referenced.has(d) && asks(d.content)) drafts.splice(i, 1);
  }
}

/** Prepositions before a relative pronoun ("…, zu der ein Bündnis aufgerufen hatte, …"). */
const RELATIVE_CLAUSE_PREPOSITIONS = new Set(['für', 'mit', 'von', 'auf', 'an', 'in', 'über', 'unter', 'gegen', 'durch', 'bei', 'aus', 'nach', 'zu', 'um', 'vor', 'ohne', 'zwischen']);

/**
 * Whether a verb cue closing a relative clause ("…, die sich dem Ausstand angeschlossen hatten, brachen diesen ab",
 * "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es …") took as content the clause after its
 * comma that holds no mark of reported content (a dass/ob clause, a zu-infinitive, a verb in the reported mood, a direct
 * quote) up to its next comma: that is the enclosing clause going on, not what was said.
 */
function mainClauseAfterRelative(doc: WithCues, d: DraftAttribution): boolean {
  const { tokens, pack } = doc;
  if (!pack.nounsCapitalized || !d.cue || d.cue.type !== 'verb') return false;
  const last = Math.max(...d.cue.tokenIds);
  if (tokens[last + 1]?.text !== ',' || d.content[0] !== last + 2) return false;
  const sentence = doc.sentences[d.cue.sentence]!;
  let comma = Math.min(...d.cue.tokenIds) - 1;
  while (comma > sentence.tokenStart && tokens[comma]!.text !== ',' && !TERMINAL_PUNCT.has(tokens[comma]!.text)) comma--;
  if (tokens[comma]?.text !== ',') return false;
  let opener = comma + 1;
  if (RELATIVE_CLAUSE_PREPOSITIONS.has(tokens[opener]?.lower ?? '')) opener++;
  if (!RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? '')) return false;
  for (let k = d.content[0]; k < d.content[1] && tokens[k]!.text !== ','; k++) {
    const t = tokens[k]!;
    if (pack.complementizers.has(t.lower) || t.lower === 'zu' || STRONG_MOOD.has(t.lower) || pack.reportedMoodForms.has(t.lower) || /^\p{Ll}+zu\p{Ll}+en$/u.test(t.text)) return false;
    const quote = doc.quoteByStart.get(k);
    if (quote !== undefined && !doc.quotes[quote]!.short) return false;
  }
  return true;
}

/** Longest relative clause skipped at the start of a content. */
const MAX_LEADING_RELATIVE = 20;

/**
 * A content after its cue that opens with a relative clause on the noun before it ("schrieb in einer Presseerklärung,
 * die auf ihrer Homepage veröffentlicht wurde, sie wolle …", "Nach Aussage von X, …, der der Gruppe angehört, wurde die
 * Partei ausgewählt, …") starts after that clause when a content clause follows its comma: dass/ob, a finite verb
 * resuming the clause ("wurde", "seien") or a subject pronoun with a verb in the reported mood ("sie wolle").
 */
function skipLeadingRelative(doc: WithCues, d: DraftAttribution): DraftAttribution {
  const { tokens, pack } = doc;
  if (!pack.nounsCapitalized || !d.cue || Math.max(...d.cue.tokenIds) >= d.content[0] || tokens[d.content[0] - 1]?.text !== ',') return d;
  let k = d.content[0];
  if (RELATIVE_CLAUSE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) k++;
  const pronoun = tokens[k];
  // (An article before its noun opens a clause of its own: "…, die SPLA werde nicht vergelten, …".)
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.text) || isCapitalized(tokens[k + 1])) return d;
  // The relative clause closes with its verb before a comma (a word, no quote inside).
  let comma = -1;
  for (let m = k + 1; m < Math.min(d.content[1], k + MAX_LEADING_RELATIVE); m++) {
    const t = tokens[m]!;
    if (t.type === 'quote' || TERMINAL_PUNCT.has(t.text) || STRONG_MOOD.has(t.lower)) return d;
    if (t.text === ',') { comma = m; break; }
  }
  if (comma < k + 2 || tokens[comma - 1]!.type !== 'word' || isCapitalized(tokens[comma - 1])) return d;
  const next = tokens[comma + 1];
  const second = tokens[comma + 2];
  if (!next || !second) return d;
  const contentClause = pack.complementizers.has(next.lower)
    || (next.text === next.lower && (isKnownFiniteForm(next.lower, pack) || pack.reportedMoodForms.has(next.lower)))
    || (THIRD_PERSON.has(next.lower) && pack.reportedMoodForms.has(second.lower));
  if (!contentClause) return d;
  const shifted = { ...d, content: [comma + 1, d.content[1]] as Range };
  return shifted.content[1] > shifted.content[0] ? shifted : d;
}

/** Relative adverbs that open a content clause on a noun of saying ("Berichte, wonach …"). */
const WONACH = new Set(['wonach']);

interface Merged { draft: DraftAttribution; relays: DraftAttribution[] }

/** Subordinators of a condition ("wenn", "falls"). */
const CONDITIONAL = new Set(['wenn', 'falls', 'sofern', 'if']);

/**
 * Whether the content is a conditional clause in the indicative before its cue ("Falls das Unternehmen Insolvenz
 * anmelden muss, droht dem HSV der Zwangsabstieg"): the condition of the main clause, not what was said.
 */
function conditionalBefore(doc: WithCues, d: DraftAttribution): boolean {
  const { tokens, pack } = doc;
  if (!d.cue || d.content[1] > Math.min(...d.cue.tokenIds)) return false;
  let k = d.content[0];
  if (tokens[k]?.lower === 'selbst' || tokens[k]?.lower === 'nur') k++;
  if (!CONDITIONAL.has(tokens[k]?.lower ?? '')) return false;
  for (let m = d.content[0]; m < d.content[1]; m++) {
    if (pack.reportedMoodForms.has(tokens[m]!.lower)) return false;
    const quote = doc.quoteByStart.get(m);
    if (quote !== undefined && !doc.quotes[quote]!.short) return false;
  }
  return true;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

function mergeOverlapping(doc: WithCues, drafts: DraftAttribution[]): Merged[] {
  const result: Merged[] = [];
  const sorted = [...drafts].sort((a, b) => a.content[0] - b.content[0]);
  // Drafts are sorted by start, so only recent hosts can still overlap: scan back while they reach past d's start.
  let maxEnd = -1;
  for (const d of sorted) {
    const size = d.content[1] - d.content[0];
    let host: Merged | undefined;
    if (maxEnd > d.content[0]) {
      for (let k = result.length - 1; k >= 0 && k >= result.length - 50; k--) {
        const m = result[k]!;
        const o = overlap(m.draft.content, d.content);
        if (o > 0 && o >= 0.5 * Math.min(size, m.draft.content[1] - m.draft.content[0])) { host = m; break; }
      }
    }
    maxEnd = Math.max(maxEnd, d.content[1]);
    if (!host) { result.push({ draft: d, relays: [] }); continue; }
    // A verb cue inside the content of a weaker cue is speech reported within that content ("Nach Angaben der
    // Polizei habe der Mann … verlangt, …"): a nested attribution, not the same content said twice, so both stay.
    // (A weaker cue inside a verb's content, "denied …, according to Reuters", is that claim's relay, below.)
    // "Laut Polizei habe es eine Überprüfung gegeben, von dem laut Polizei zu Straftaten aufgerufen worden sein soll": a
    // prepositional attribution of a clause inside the content of another one is a quotation of its own.
    if (d.cue?.type === 'preposition' && host.draft.cue?.type === 'preposition' && d.cue !== host.draft.cue
      && d.content[0] > host.draft.content[0] && d.content[1] <= host.draft.content[1] && cueInside(d, host.draft.content)) {
      result.push({ draft: d, relays: [] });
      continue;
    }
    const dAct = cueInside(d, d.content);
    const hostAct = cueInside(host.draft, host.draft.content);
    const dNested = cueInside(d, host.draft.content) && !hostAct;
    const hostNested = cueInside(host.draft, d.content) && !dAct;
    if (dNested !== hostNested) {
      const outer = dNested ? host.draft : d;
      const inner = dNested ? d : host.draft;
      const po = PRIORITY[outer.cue?.type ?? ''] ?? -1;
      const pi = PRIORITY[inner.cue?.type ?? ''] ?? -1;
      // "Das Institut bestätigte die Befunde des Untersuchungsamts, wonach …": a verb whose content is a "wonach" clause
      // reports it through its object, the source the clause belongs to; the "wonach" attribution leads, the verb is its relay.
      if (inner.cue?.type === 'demnach' && inner.speaker !== null && outer.cue?.type === 'verb'
        && outer.content[0] === inner.cue.tokenIds[0] && WONACH.has(doc.tokens[outer.content[0]]!.lower)) {
        host.draft = inner;
        host.relays.push(outer);
        continue;
      }
      // English "The deal is expected to close next year, according to people familiar with the matter": an agentless
      // passive inside the content of another attribution reports nothing of its own.
      if (!doc.pack.nounsCapitalized && inner.speaker === null && inner.cue?.passive && outer.speaker !== null) {
        host.draft = outer;
        continue;
      }
      if (po < pi && !cueInside(inner, inner.content)) {
        host.draft = outer;
        result.push({ draft: inner, relays: [] });
        continue;
      }
      // A weaker attribution of a part of the content is a nested quotation of its own ("sagte, nach neuesten
      // Erkenntnissen habe …", "…, weil die Mission nach Angaben der UN überfordert ist").
      if (po > pi && inner.speaker !== null && inner.content[1] - inner.content[0] < outer.content[1] - outer.content[0] && inner.cue?.type !== 'demnach') {
        host.draft = outer;
        result.push({ draft: inner, relays: [] });
        continue;
      }
      // "Wie heute bekannt wurde, sind … aufgetreten. Das berichteten Mitarbeiter …": an attribution inside the sentence
      // a demonstrative in the next one stands for is a quotation of its own.
      if (po === pi && outer.cue && doc.tokens[outer.content[0]]!.sentence < outer.cue.sentence) {
        host.draft = outer;
        result.push({ draft: inner, relays: [] });
        continue;
      }
      // Same rank, the inner one a saying verb with its own speaker and content clause: the outer attribution is its
      // relay ("Iran's supreme leader said that Tehran would never negotiate, state media reported"). English only: German
      // finds verbs inside reported clauses that are no cue of their own (train lost 4 articles' claims to them).
      // (Its content a clause: after "that", a quote, or with an auxiliary; not the object of an act, "Iran denied the accusation".)
      if (po === pi && !doc.pack.nounsCapitalized && inner.speaker !== null && !cueInside(inner, inner.content) && outer.cue && !cueInside(outer, outer.content)
        && inner.content[0] > outer.content[0] && inner.content[1] <= outer.content[1] && contentClause(doc, inner.content)) {
        host.relays.push(outer);
        host.draft = inner;
        continue;
      }
      // Same rank: the outer attribution keeps the content, the inner one is its relay
      // ("The United States accused Iran of …, Secretary of State Mike Pompeo said").
      if (po === pi) {
        host.relays.push(inner);
        host.draft = outer;
        continue;
      }
    }
    // "Der Experte geht laut dem Bericht … davon aus, dass …": both are quotations (not the verb's relay, which would be
    // dropped for a source that is no outlet), as the dataset annotates them.
    if (sourceInsideVerbCue(d, host.draft) || sourceInsideVerbCue(host.draft, d)) {
      result.push({ draft: d, relays: [] });
      continue;
    }
    const pd = PRIORITY[d.cue?.type ?? ''] ?? -1;
    const ph = PRIORITY[host.draft.cue?.type ?? ''] ?? -1;
    // Equal rank: the earlier cue leads ("Washington behauptet, dass …, was von Teheran bestritten wird"), unless the
    // later one is the quote's own inverted cue right after it ("Gaddafi hatte gedroht: „…“, sagte Gaddafi.").
    const dTrails = trailsQuote(doc, d);
    const oneTrails = dTrails !== trailsQuote(doc, host.draft);
    const earlier = (d.cue?.cue.start ?? Infinity) < (host.draft.cue?.cue.start ?? Infinity);
    if (oneTrails ? dTrails : pd > ph || (pd === ph && earlier)) { host.relays.push(host.draft); host.draft = d; } else host.relays.push(d);
  }
  return result;
}

/** Whether a content range is a clause: opened by a complementizer or a quote, or holding an auxiliary. */
function contentClause(doc: WithCues, [from, to]: Range): boolean {
  const first = doc.tokens[from];
  if (!first || first.type === 'quote' || doc.pack.complementizers.has(first.lower)) return !!first;
  for (let k = from; k < to; k++) if (doc.pack.auxiliaries.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * A prepositional source standing inside the span of a verb cue, between its parts ("Der Experte geht laut dem Bericht
 * des Fachmagazins sogar davon aus, dass …", "kam der Meldung zufolge zu dem Schluss, dass …"): the source reports the
 * whole attributed clause, a quotation of its own beside the verb's.
 */
function sourceInsideVerbCue(source: DraftAttribution, verb: DraftAttribution): boolean {
  if (source.cue?.type !== 'preposition' || verb.cue?.type !== 'verb' || source.speaker === null) return false;
  const ids = verb.cue.tokenIds;
  const at = source.cue.tokenIds[0]!;
  return at > ids[0]! && at < ids[ids.length - 1]! && source.content[0] <= Math.min(verb.content[0], ids[0]!) && source.content[1] >= verb.content[1];
}

/** A verb cue right after the closing mark of the quote that ends its content and a comma: "„…“, sagte Gaddafi". */
function trailsQuote(doc: WithCues, d: DraftAttribution): boolean {
  if (!d.cue) return false;
  const end = d.content[1];
  return doc.tokens[end - 1]?.type === 'quote' && doc.tokens[end]?.text === ',' && d.cue.tokenIds[0] === end + 1;
}

/** True when all of the draft's cue tokens lie inside the range. */
function cueInside(d: DraftAttribution, [from, to]: Range): boolean {
  if (!d.cue) return false;
  const ids = d.cue.tokenIds;
  return ids[0]! >= from && ids[ids.length - 1]! < to;
}

/** Marks the tokens covered by any draft's content. */
function coverage(doc: WithCues, drafts: DraftAttribution[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const d of drafts) covered.fill(1, d.content[0], d.content[1]);
  return covered;
}

function covers(covered: Uint8Array, [from, to]: Range): boolean {
  for (let k = from; k < to; k++) if (covered[k]) return true;
  return false;
}

/** Words joining two quotes of one speaker ("Parolen wie „…“ und „…“"). */
const QUOTE_JOINERS = new Set(['und', 'oder', 'sowie', ',', 'and', 'or']);

/**
 * A quote joined by "und"/"oder"/a comma to a quote a cue attributes as the speaker's words ("Sie schrieben Parolen wie
 * „Wir werden Euch alle verbrennen“ und „Wir werden unsere Vergeltung haben“ an die Wand") is quoted by the same cue
 * and speaker when no attribution holds it.
 */
function addCoordinatedQuotes(doc: WithCues, drafts: DraftAttribution[]): void {
  const covered = coverage(doc, drafts);
  const added: DraftAttribution[] = [];
  for (const d of drafts) {
    if (d.kind !== 'direct' || d.quote === null) continue;
    for (const step of [1, -1]) {
      let at: number | undefined = d.quote;
      while (at !== undefined) {
        const quote: QuoteSpan = doc.quotes[at]!;
        const joiner = doc.tokens[step > 0 ? quote.tokenEnd : quote.tokenStart - 1];
        if (!joiner || !QUOTE_JOINERS.has(joiner.lower)) break;
        at = step > 0 ? doc.quoteByStart.get(quote.tokenEnd + 1) : doc.quoteByEnd.get(quote.tokenStart - 1);
        if (at === undefined) break;
        const range: Range = [doc.quotes[at]!.tokenStart, doc.quotes[at]!.tokenEnd];
        if (covers(covered, range) || doc.tokens[range[0]]!.sentence !== joiner.sentence) break;
        added.push({ ...d, content: range, quote: at, speakerFrom: undefined });
      }
    }
  }
  drafts.push(...added);
}

/**
 * A quote no attribution holds takes the cue and speaker of the draft `quoteOf` finds it next to, as a direct claim of
 * its own. Coverage is that of the drafts before any is added.
 */
function shareWithNeighbouringQuote(doc: WithCues, drafts: DraftAttribution[], quoteOf: (d: DraftAttribution) => number | undefined): void {
  const covered = coverage(doc, drafts);
  const added: DraftAttribution[] = [];
  for (const d of drafts) {
    const at = quoteOf(d);
    if (at === undefined) continue;
    const quote = doc.quotes[at]!;
    if (covers(covered, [quote.tokenStart, quote.tokenEnd])) continue;
    added.push({ ...d, content: [quote.tokenStart, quote.tokenEnd], quote: at, kind: 'direct', speakerFrom: undefined });
  }
  drafts.push(...added);
}

/**
 * A quote opening the sentence right before a verb cue and its comma ("„Jetzt ist es noch außergewöhnlicher“, schrieb
 * die in New York City geborene Lopez, die den Auftritt kaum erwarten könne") is the speaker's words too when the cue
 * reports a clause after it and no attribution holds the quote: it takes the same cue and speaker.
 */
function addQuotesBeforeCue(doc: WithCues, drafts: DraftAttribution[]): void {
  shareWithNeighbouringQuote(doc, drafts, (d) => {
    if (!d.cue || d.cue.type !== 'verb' || d.cue.passive) return undefined;
    const first = Math.min(...d.cue.tokenIds);
    if (d.content[0] <= first || doc.tokens[first - 1]?.text !== ',') return undefined;
    const at = doc.quoteByEnd.get(first - 1);
    if (at === undefined) return undefined;
    const sentence = doc.sentences[doc.tokens[first]!.sentence]!;
    return doc.quotes[at]!.tokenStart === sentence.tokenStart ? at : undefined;
  });
}

/**
 * "Sie sei geschockt über die Tat, sagte die Königin, ihre Gedanken seien bei den Familien": a verb cue with its speaker
 * after it, standing between two clauses in the reported mood, reports both. The clause after its comma is the cue's
 * content (attributeCue); the clause before it, from the sentence start, takes the same cue and speaker when no
 * attribution holds it. (German: the reported mood marks it as speech; without it the clause is the author's.)
 */
function addClausesBeforeCue(doc: WithCues, drafts: DraftAttribution[]): void {
  const { tokens, pack } = doc;
  if (!pack.nounsCapitalized) return;
  const covered = coverage(doc, drafts);
  const added: DraftAttribution[] = [];
  for (const d of drafts) {
    if (!d.cue || d.cue.type !== 'verb' || d.cue.passive || d.kind === 'reported' || !d.speaker) continue;
    const first = Math.min(...d.cue.tokenIds);
    const last = Math.max(...d.cue.tokenIds);
    const comma = first - 1;
    // The cue opens its clause right after a comma, its speaker follows the verb, and its content follows its own comma.
    if (tokens[comma]?.text !== ',' || d.speaker[0] <= first || d.content[0] <= last || tokens[d.content[0] - 1]?.text !== ',') continue;
    const sentence = doc.sentences[tokens[first]!.sentence]!;
    let from = sentence.tokenStart;
    while (from < comma && tokens[from]!.type === 'punct') from++;
    if (comma - from < 3 || doc.quoteByStart.has(from)) continue;
    const range = trimRange(tokens, [from, comma]);
    if (covers(covered, range) || !reportedMoodOutsideQuotes(doc, range)) continue;
    added.push({ ...d, content: range, ...classify(doc, range, false), speakerFrom: undefined, continues: undefined });
  }
  drafts.push(...added);
}

/** Whether [from, to) holds a verb in the reported mood outside quotes (not with a first-person "ich": "ich sei"). */
function reportedMoodOutsideQuotes(doc: WithCues, [from, to]: Range): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (doc.quoteByStart.has(k)) depth++;
    const t = doc.tokens[k]!;
    if (depth === 0 && doc.pack.reportedMoodForms.has(t.lower) && doc.tokens[k - 1]?.lower !== 'ich' && doc.tokens[k + 1]?.lower !== 'ich') return true;
    if (doc.quoteByEnd.has(k + 1)) depth = Math.max(0, depth - 1);
  }
  return false;
}

/**
 * A quote right after the colon that closes a verb cue's content clause ("Er glaubt weiterhin, dass das Team gestärkt
 * hervorgegangen sei: „Wir haben gelernt …“") is the speaker's words too when no attribution holds it: it takes the same
 * cue and speaker.
 */
function addQuotesAfterContent(doc: WithCues, drafts: DraftAttribution[]): void {
  shareWithNeighbouringQuote(doc, drafts, (d) => {
    if (!d.cue || d.cue.type !== 'verb' || d.kind === 'direct' || d.kind === 'reported') return undefined;
    const colon = d.content[1];
    if (doc.tokens[colon]?.text !== ':' || Math.max(...d.cue.tokenIds) >= d.content[0]) return undefined;
    const at = doc.quoteByStart.get(colon + 1);
    return at !== undefined && !doc.quotes[at]!.short ? at : undefined;
  });
}

/**
 * A quote of the speaker's own words inside a verb cue's clause, between the verb and a content that comes later in the
 * sentence ("Sie bezeichneten die Übereinkunft als einen „beschämenden Deal“, der die Bestrebungen … stärken werde",
 * "nannte Shultz einen „wahren Patrioten“, dank dem …", "rechtfertigte … die Aktion als „defensiver Natur“: …"), is
 * quoted by the same cue and speaker when no attribution holds it: the content clause took the rest of the sentence and
 * left the quote between. Only a quote opening with a lower-case word (an adjective, an adverb, a preposition: the
 * speaker's wording) and with no comma between verb and quote; a capitalized quote there is mostly a name ("sagte der
 * „Berliner Zeitung“, dass …", "meldete die Internet-Nachrichtensite „Golem“, …"). German only.
 */
function addQuotesInCueClause(doc: WithCues, drafts: DraftAttribution[]): void {
  const { tokens, pack } = doc;
  if (!pack.nounsCapitalized) return;
  const covered = coverage(doc, drafts);
  const added: DraftAttribution[] = [];
  for (const d of drafts) {
    if (!d.cue || d.cue.type !== 'verb') continue;
    const first = Math.min(...d.cue.tokenIds);
    if (d.content[0] <= first) continue;
    for (let k = first + 1; k < d.content[0]; k++) {
      const t = tokens[k]!;
      if (t.text === ',' || TERMINAL_PUNCT.has(t.text) || t.sentence !== tokens[first]!.sentence) break;
      const at = doc.quoteByStart.get(k);
      if (at === undefined) continue;
      const quote = doc.quotes[at]!;
      const opening = tokens[quote.tokenStart + 1];
      if (quote.tokenEnd > d.content[0] || !opening || opening.type !== 'word' || isCapitalized(opening)) break;
      // A source named in the clause is no wording of the speaker ("Wie „heise online“ berichtet", "hatte er laut „tagesschau.de“ kritisiert").
      if (d.speaker && quote.tokenStart < d.speaker[1] && quote.tokenEnd > d.speaker[0]) break;
      if (SOURCE_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) break;
      if (covers(covered, [quote.tokenStart, quote.tokenEnd])) break;
      added.push({ ...d, content: [quote.tokenStart, quote.tokenEnd], quote: at, kind: 'direct', speakerFrom: undefined, continues: undefined });
      break;
    }
  }
  drafts.push(...added);
}

/** Prepositions that name a source ("laut „tagesschau.de“"). */
const SOURCE_PREPOSITIONS = new Set(['laut', 'gemäß']);

/** Adds the direct quotes no cue attributed; returns the drafts added. */
function addLeftoverQuotes(doc: WithCues, drafts: DraftAttribution[]): DraftAttribution[] {
  const covered = coverage(doc, drafts);
  const added: DraftAttribution[] = [];
  doc.quotes.forEach((quote, at) => {
    // A slogan after its noun is its bearers' words, also a short one; no speaker is inherited from the speech around it.
    const slogan = sloganAfterNoun(doc, quote);
    if (!slogan && (quote.short || !isSentenceLike(doc, quote) || titleLike(doc, quote))) return;
    // "unter dem Motto „50 Jahre Bundeswehr sind 50 Jahre zuviel!“", "mit dem Titel „…“": a title, no utterance.
    if (doc.pack.titleNouns?.has(doc.tokens[quote.tokenStart - 1]?.lower ?? '')) return;
    const range: Range = [quote.tokenStart, quote.tokenEnd];
    if (covers(covered, range)) return;
    added.push({ cue: null, content: range, speaker: null, kind: 'direct', quote: at, confidence: 0.5, inheritSpeaker: !slogan });
  });
  drafts.push(...added);
  return added;
}


/** Whether a quote follows a slogan noun of the pack, right after it or after 'wie' ("mit der Aufschrift „…“", "Sprüche wie „…“"). */
function sloganAfterNoun(doc: WithCues, quote: WithCues['quotes'][number]): boolean {
  const nouns = doc.pack.sloganNouns;
  if (!nouns) return false;
  let k = quote.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'wie') k--;
  const noun = doc.tokens[k];
  return noun !== undefined && noun.type === 'word' && nouns.has(noun.lower);
}

/**
 * Whether a quote without terminal punctuation reads as a title or name, not an utterance: every word capitalized, a
 * number, a joining article, preposition or conjunction or an attributive adjective before its noun, the first a capital or number ("„Mobile Engländer und die Verbreitung des Fußballs in
 * Europa“", "„Große Goldene Ehrenzeichen mit dem Stern für Verdienste um die Republik Österreich“"); no verb.
 */
function titleLike(doc: WithCues, quote: WithCues['quotes'][number]): boolean {
  // A title opens with a capital or a number ("„die Befreiung von der Zahlung …“" is quoted words).
  const first = doc.tokens[quote.tokenStart + 1];
  if (!first || !(isCapitalized(first) || /^\d/.test(first.text))) return false;
  let capitals = 0;
  // The full stop of a name's abbreviation or of a name written with one closes it ("„Ener1 Group Inc.“", "„Wikimedia
  // Deutschland e.V.“", "der Partei „Die Linke.“"): no end of an utterance.
  const last = quote.tokenEnd - 2;
  const nameDot = last > quote.tokenStart + 1 && doc.tokens[last]!.text === '.' && doc.tokens[last - 1]!.type === 'word';
  for (let k = quote.tokenStart + 1; k < quote.tokenEnd - 1; k++) {
    const t = doc.tokens[k]!;
    if (nameDot && k === last) continue;
    if (TERMINAL_PUNCT.has(t.text)) return false;
    if (t.type !== 'word') continue;
    if (isCapitalized(t)) { capitals++; continue; }
    if (/^\d/.test(t.text) || TITLE_JOINERS.has(t.lower)) continue;
    // An abbreviation written with inner dots ("e.V.").
    if (/^\p{L}+(\.\p{L}+)+$/u.test(t.text)) continue;
    // An attributive adjective before its noun ("die wirkliche Geschichte", "der schwedischen Reichsbank").
    if (isAdjectiveLike(t, doc.pack) && !isKnownFiniteForm(t.lower, doc.pack) && isCapitalized(doc.tokens[k + 1]) && k + 1 < quote.tokenEnd - 1) continue;
    return false;
  }
  return capitals >= 2;
}

/** A quote that reads as an utterance: ends in terminal punctuation, has 8+ words, or follows a colon. */
function isSentenceLike(doc: WithCues, quote: WithCues['quotes'][number]): boolean {
  const before = doc.tokens[quote.tokenStart - 1];
  if (before && before.text === ':') return true;
  let words = 0;
  for (let k = quote.tokenStart + 1; k < quote.tokenEnd - 1; k++) {
    const t = doc.tokens[k]!;
    if (t.type === 'word') words++;
    // Terminal punctuation closes the quote only with no word after it ("„E! Online“", "„XX. Kategorie“" are names).
    if (TERMINAL_PUNCT.has(t.text) && k >= quote.tokenEnd - 3 && doc.tokens[k + 1]!.type !== 'word') return true;
  }
  return words >= 8;
}

function addContinuations(doc: WithCues, drafts: DraftAttribution[], leftovers: DraftAttribution[]): void {
  const { sentences, tokens, pack } = doc;
  // A quote without cue inside a sentence whose own clause is in reported mood ("Es drohe „eine dramatische
  // Erderwärmung“.") is part of the continued sentence: such quotes do not count as attributed yet.
  const sentenceOf = (k: number) => tokens[k]!.sentence;
  const inner = new Set(leftovers.filter((d) => sentenceOf(d.content[0]) === sentenceOf(d.content[1] - 1)));
  const covered = coverage(doc, drafts.filter((d) => !inner.has(d)));
  const quoted = coverage(doc, [...inner]);
  // The finite verbs of cues in Konjunktiv I ("Dieser behaupte, …", "Sie rate zum Kauf …"): reported mood, no cue of the author's.
  const reportedVerbs = new Set<number>();
  for (const cue of doc.cues) {
    const verb = reportedCueVerb(doc, cue);
    if (verb >= 0) reportedVerbs.add(verb);
  }
  // The sentence of a cue whose content lies in an earlier sentence ("Den Verkehrsbetrieben droht ein Streik. Das beschloss
  // die Tarifkommission am Montag."): it closes the attribution, so a continuation may start right after it.
  const cueAfterContent = new Set<number>();
  for (const d of drafts) {
    if (d.cue && !inner.has(d) && d.content[1] <= sentences[d.cue.sentence]!.tokenStart) cueAfterContent.add(d.cue.sentence);
  }
  // An attribution whose content is the clause after the colon closing its cue's clause, up to the end of its sentence
  // ("Diepgen wies die Vorwürfe zurück: Der Senat habe sich … entschieden."), by the sentence it ends: reported sentences
  // right after it go on with the speech it introduces, one stretch with it (as the dataset annotates them).
  const colonHosts = new Map<number, DraftAttribution>();
  for (const d of drafts) {
    if (!d.cue || d.kind === 'direct' || inner.has(d) || tokens[d.content[0] - 1]?.text !== ':' || Math.max(...d.cue.tokenIds) >= d.content[0]) continue;
    const end = sentences[sentenceOf(d.content[1] - 1)]!;
    if (d.content[1] < contentEnd(tokens, end)) continue;
    colonHosts.set(end.index, d);
    // A reported sentence after the colon ("Er habe „nicht den Eindruck, dass sie es kann“.", "Am Sonntag soll in Geesthacht
    // demonstriert werden.") is taken with its final punctuation, as a continued sentence is.
    if (reportedMoodIn(doc, d.content)) d.content = withTerminal(doc, d.content, end.tokenEnd);
  }
  let lastAttributed = -1;
  // The continuation draft of the previous sentence, which a further continuing sentence extends.
  // `sollOnly`: the stretch is reported by "soll" alone, without a subjunctive.
  let open: { draft: DraftAttribution; sentence: number; sollOnly: boolean } | null = null;
  // A sentence in the subjunctive too far from its source to continue it on its own ("Die Gegend liege aber nahe einer
  // Straße …"): the start of its content, joined when the next sentence continues the reported speech.
  let pendingSentence = -1;
  let pendingStart = -1;
  // A sentence of the author's whose reporting verb has a subject but no claim of its own ("Der Iran streitet dies ab",
  // "Anja Hajduk kritisierte die Pläne der Bundesregierung"): a continuation right after it takes that subject.
  let anchor: { sentence: number; speaker: Range; cue: Cue } | null = null;
  let lastCovered = -1;
  // Heading lines since lastAttributed, which count for no gap.
  let headingsSince = 0;
  for (const sentence of sentences) {
    const heldStart = pendingSentence === sentence.index - 1 ? pendingStart : -1;
    pendingSentence = -1;
    const range: Range = [sentence.tokenStart, sentence.tokenEnd];
    if (covers(covered, range) || cueAfterContent.has(sentence.index)) { lastAttributed = sentence.index; lastCovered = sentence.index; headingsSince = 0; continue; }
    // A heading line ending in a colon ("Zwangsabstiege und Punktabzüge:") does not part a continuation from its source.
    if (lastAttributed >= 0 && headingLine(doc, sentence)) { headingsSince++; continue; }
    const holdsQuote = covers(quoted, range);
    const previous = lastAttributed >= 0 ? sentences[lastAttributed]! : null;
    const near = previous !== null && sentence.paragraph - previous.paragraph <= MAX_PARAGRAPH_GAP;
    let mood = false;
    let strong = false;
    let subjunctive = false;
    // Reported speech puts its speaker in the third person: a sentence of the author's with "ich"/"wir" outside quotes
    // ("Ich glaube nicht, dass sie einen Krieg wollen", an interview answer) continues no one.
    let firstPerson = false;
    let embeddedMood = false;
    const embedded = embeddedClauses(doc, sentence);
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (quoted[k]) continue;
      if (FIRST_PERSON.has(tokens[k]!.lower)) firstPerson = true;
      // Reported mood only inside a relative or adverbial clause ("…, die … abgespielt werden sollen") leaves the
      // author's main clause in the indicative: the sentence does not continue reported speech on its own. An unambiguous
      // Konjunktiv I there ("Er war Ermittlern ins Netz gegangen, als er Kontakt … gesucht habe") continues an attribution
      // right before it (embeddedOnly below).
      if (embedded[k - sentence.tokenStart]) { if (STRONG_MOOD.has(tokens[k]!.lower)) embeddedMood = true; continue; }
      const lower = tokens[k]!.lower;
      // "ich habe", "habe ich": the first person singular indicative, not Konjunktiv I (an interview answer).
      if ((tokens[k - 1]?.lower === 'ich' || tokens[k + 1]?.lower === 'ich')) continue;
      if (pack.reportedMoodForms.has(lower)) subjunctive = true;
      if (pack.continuationMoodForms.has(lower)) mood = true;
      if (STRONG_MOOD.has(lower)) strong = true;
      // Any Konjunktiv I in the third person singular ("Der Lohn liege …", "Man gehe allen Spuren nach"): not a noun.
      if (konjunktivOne(doc, k, sentence.tokenStart)) strong = true;
      else if (unlistedKonjunktivOne(doc, k, sentence.tokenStart)) subjunctive = true;
      if (reportedVerbs.has(k)) { subjunctive = true; strong = true; }
    }
    mood ||= subjunctive;
    // (The dataset annotates such a sentence as reported as a whole: train 4 of 4 right after an attribution. Its main
    // clause often names an actor of its own, "Die Alliierten hatten Einspruch erhoben, weil Berlin einen Sonderstatus
    // habe", so it takes no speaker and passes none on.)
    const embeddedOnly = !mood && embeddedMood;
    // Reportative "soll … getan haben / gewesen sein" continues a source up to MAX_REPORTATIVE_GAP sentences back; without a
    // source in reach the dataset mostly leaves it unannotated (the author's hedge).
    let reportative = false;
    if (mood) {
      const last = tokens[contentEnd(tokens, sentence) - 1];
      let hasSoll = false;
      for (let k = sentence.tokenStart; k < sentence.tokenEnd && !hasSoll; k++) hasSoll = pack.continuationMoodForms.has(tokens[k]!.lower);
      reportative = hasSoll && last !== undefined && (last.lower === 'haben' || last.lower === 'sein');
    }
    // Right after an attributed sentence any reported mood continues it; a reportative "soll" may skip a few sentences.
    const gap = previous ? sentence.index - lastAttributed - headingsSince : Infinity;
    // An unambiguous Konjunktiv I ("sei", "habe", "könne") reports speech even far from its source (the dataset's
    // FreeIndirect); the speaker is inherited only within reach (inheritSpeakers).
    const continues = !firstPerson && ((near && mood && gap <= (reportative ? MAX_REPORTATIVE_GAP : 1)) || strong || (near && embeddedOnly && gap <= 1));
    if (!continues) {
      if (!mood && !holdsQuote) {
        const found = cueAnchor(doc, sentence);
        if (found) anchor = { sentence: sentence.index, ...found };
      }
      if (holdsQuote) { lastAttributed = sentence.index; headingsSince = 0; }
      else if (subjunctive && !firstPerson && reportedClauseAfterIntro(doc, sentence) < 0) {
        const start = trimRange(tokens, [sentence.tokenStart, contentEnd(tokens, sentence)])[0];
        pendingSentence = sentence.index;
        pendingStart = heldStart >= 0 ? heldStart : start;
      }
      continue;
    }
    // A continued sentence is taken whole, with its final punctuation (as the dataset does) ...
    let content = withTerminal(doc, trimRange(tokens, [sentence.tokenStart, contentEnd(tokens, sentence)]), sentence.tokenEnd);
    if (content[1] <= content[0]) {
      if (holdsQuote) { lastAttributed = sentence.index; headingsSince = 0; }
      continue;
    }
    // ... up to a colon that opens a quote, which stays the speaker's words of its own ("sei klar festgelegt: „…“") ...
    let quoteAfterColon = false;
    if (holdsQuote) {
      for (let k = content[0]; k < content[1] - 1 && !quoteAfterColon; k++) {
        if (tokens[k]!.text === ':' && quoted[k + 1]) { content = [content[0], k + 1]; quoteAfterColon = true; }
      }
    }
    // ... with the quotes in it, which are no attributions of their own then.
    if (holdsQuote) {
      for (let i = drafts.length - 1; i >= 0; i--) {
        const d = drafts[i]!;
        if (inner.has(d) && d.content[0] >= content[0] && d.content[1] <= content[1]) drafts.splice(i, 1);
      }
    }
    // ... unless it opens with a main clause of the author's that only introduces the reported clause
    // ("Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe"): then the reported clause alone.
    const reportedClause = reportedClauseAfterIntro(doc, sentence);
    // After a colon or semicolon the reported clause ends the sentence and takes its final punctuation.
    if (reportedClause >= 0) {
      content = tokens[reportedClause - 1]!.text === ',' ? [reportedClause, contentEnd(tokens, sentence)] : withTerminal(doc, [reportedClause, contentEnd(tokens, sentence)], sentence.tokenEnd);
    }
    // Consecutive continued sentences are one stretch of reported speech (as the dataset annotates them), also across a
    // paragraph break; a clause after an intro stands on its own, like a clause after a cue. A sentence reported only by
    // "soll" (the dataset's FreeIndirect) and one in the subjunctive (IndirectFreeIndirect) are separate stretches.
    const sollOnly = !subjunctive;
    if (reportedClause < 0 && open && open.sentence === sentence.index - 1 && open.sollOnly === sollOnly) {
      open.draft.content = [open.draft.content[0], content[1]];
      const merged = classify(doc, open.draft.content, false);
      open.draft.kind = merged.kind;
      open.draft.quote = merged.quote;
      open.sentence = sentence.index;
    } else if (reportedClause < 0 && !sollOnly && lastAttributed === sentence.index - 1 && colonHosts.has(sentence.index - 1)) {
      const host = colonHosts.get(sentence.index - 1)!;
      host.content = [host.content[0], content[1]];
      const merged = classify(doc, host.content, false);
      host.kind = merged.kind;
      host.quote = merged.quote;
      open = { draft: host, sentence: sentence.index, sollOnly };
    } else {
      // A subjunctive sentence right before, which did not continue alone, opens the stretch.
      if (reportedClause < 0 && !sollOnly && heldStart >= 0) content = [heldStart, content[1]];
      const { kind, quote } = classify(doc, content, false);
      const added: DraftAttribution = { cue: null, content, speaker: null, kind, quote, confidence: 0.55, inheritSpeaker: !embeddedOnly };
      if (anchor && anchor.sentence > lastCovered && anchor.sentence > lastAttributed && sentence.index - anchor.sentence <= 1) {
        added.speaker = anchor.speaker;
        added.anchorCue = anchor.cue;
      }
      drafts.push(added);
      // A clause after a colon or semicolon ends its sentence, so the next sentence may continue it.
      // (A sentence reported only in its embedded clause, without a speaker, opens no stretch for the sentences after it.)
      open = !embeddedOnly && (reportedClause < 0 || tokens[reportedClause - 1]!.text !== ',') ? { draft: added, sentence: sentence.index, sollOnly } : null;
    }
    // The quote after the colon ends the stretch.
    if (quoteAfterColon) open = null;
    lastAttributed = sentence.index;
    lastCovered = sentence.index;
    headingsSince = 0;
  }
}

/** Whether [from, to) holds a reported-mood form (Konjunktiv I/II, "soll"; in German an unlisted Konjunktiv I by its form) outside quotes. */
function reportedMoodIn(doc: WithCues, [from, to]: Range): boolean {
  const { tokens, pack } = doc;
  for (let k = from; k < to; k++) {
    const at = doc.quoteByStart.get(k);
    if (at !== undefined) { k = doc.quotes[at]!.tokenEnd - 1; continue; }
    const lower = tokens[k]!.lower;
    if (pack.reportedMoodForms.has(lower) || pack.continuationMoodForms.has(lower) || (pack.nounsCapitalized && unlistedKonjunktivOne(doc, k, from))) return true;
  }
  return false;
}

/**
 * A heading on a line of its own ending in a colon, without a verb: capitalized words and joining articles, prepositions
 * and conjunctions only ("Zwangsabstiege und Punktabzüge:", "Reaktionen:").
 */
function headingLine(doc: WithCues, sentence: WithCues['sentences'][number]): boolean {
  const { tokens, text } = doc;
  const last = tokens[sentence.tokenEnd - 1];
  const next = tokens[sentence.tokenEnd];
  if (!last || last.text !== ':' || sentence.tokenEnd - sentence.tokenStart > 8) return false;
  if (next && !text.slice(last.end, next.start).includes('\n')) return false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd - 1; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') { if (t.text === '.' || t.text === ',') continue; return false; }
    if (!isCapitalized(t) && !TITLE_JOINERS.has(t.lower) && t.lower !== 'bzw') return false;
  }
  return true;
}

/** The subject of an active verb cue of the sentence, when the sentence's first verb cue has one (cueAnchor). */
function cueAnchor(doc: WithCues, sentence: WithCues['sentences'][number]): { speaker: Range; cue: Cue } | null {
  if (!doc.pack.nounsCapitalized) return null;
  // (Not a threat without its content: "Jetzt droht ein Streik".)
  const cue = doc.cues.find((c) => c.sentence === sentence.index && c.type === 'verb' && !c.passive);
  if (!cue || doc.pack.actNeedsContent.has(cue.lemma)) return null;
  const subject = findSubject(doc, cue, sentence);
  // A name or noun, not a pronoun (its referent is resolved with the speakers).
  if (!subject || !doc.tokens.slice(subject[0], subject[1]).some((t) => isCapitalized(t) && !doc.pack.subjectPronouns.has(t.lower))) return null;
  return { speaker: subject, cue: cue.cue };
}

/**
 * Marks the tokens of a sentence that lie in an embedded clause: one opened by a subordinator or a relative
 * pronoun, at the sentence start or after a comma, up to the next comma. A clause after a comma that opens
 * otherwise ("…, und er habe …", "…, dann sei …") is a main clause again.
 */
function embeddedClauses(doc: WithCues, sentence: WithCues['sentences'][number]): Uint8Array {
  const { tokens, pack } = doc;
  const marks = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
  let inside = false;
  let boundary = true;
  let afterComma = false;
  // A fronted subordinate clause ends in a comma; without one the opener is a preposition ("Während der Operation habe …").
  let comma = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && !comma; k++) comma = tokens[k]!.text === ',';
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (boundary && t.type === 'word') {
      // "dass"/"ob" after a comma opens the reported clause of an intro (reportedClauseAfterIntro); opening the
      // sentence, it is a subject clause ("Dass er kommen würde, war bekannt").
      const opener = pack.subordinators.has(t.lower) && (!pack.complementizers.has(t.lower) || k === sentence.tokenStart) && (comma || k > sentence.tokenStart);
      inside = opener || (afterComma && RELATIVE_OPENERS.has(t.lower) && !articleBeforeSubject(doc, k))
        // A preposition with a relative pronoun ("…, mit denen die Kosten verringert werden sollen").
        || (afterComma && /^\p{Ll}+$/u.test(t.text) && PREPOSITIONAL_RELATIVES.has(tokens[k + 1]?.lower ?? ''))
        // "…, für die ein unzulänglicher Gesetzesrahmen verantwortlich sei.": with der/die/das, the finite verb closes the clause.
        || (afterComma && RELATIVE_PREPOSITIONS.has(t.lower) && ARTICLE_RELATIVES.has(tokens[k + 1]?.lower ?? '') && verbFinal(doc, k + 2, sentence.tokenEnd));
      boundary = false;
    }
    // A relative clause follows a comma; after a colon or semicolon a new main clause starts.
    if (t.text === ',' || t.text === ';' || t.text === ':') { boundary = true; afterComma = t.text === ','; inside = false; continue; }
    if (inside) marks[k - sentence.tokenStart] = 1;
  }
  return marks;
}

/**
 * Start of the reported clause when a sentence opens with a clause in the
 * indicative that ends in a comma and the next clause opens with dass/ob or
 * holds the reported mood: "Die Experten kamen zu dem Ergebnis, dass …".
 * A fronted subordinate clause ("Nachdem er …, habe er …") belongs to the
 * content; -1 when the sentence has no such intro.
 */
function reportedClauseAfterIntro(doc: WithCues, sentence: WithCues['sentences'][number]): number {
  const { tokens, pack } = doc;
  const first = tokens[sentence.tokenStart];
  if (!first || first.type !== 'word' || pack.subordinators.has(first.lower) || verbFirst(doc, sentence.tokenStart)) return -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.type === 'quote') {
      // A title or scare quote in the intro is part of it ("gegenüber der „Westdeutschen Allgemeinen Zeitung“").
      const at = doc.quoteByStart.get(k);
      if (at !== undefined && doc.quotes[at]!.short) { k = doc.quotes[at]!.tokenEnd - 1; continue; }
    }
    if (t.type === 'quote' || pack.reportedMoodForms.has(t.lower) || pack.continuationMoodForms.has(t.lower)) return -1;
    // "Das Gehen bereite seinem Bruder Schwierigkeiten, ärztlich seien …": a clause in Konjunktiv I is reported itself.
    if (unlistedKonjunktivOne(doc, k, sentence.tokenStart)) return -1;
    // An intro ending in a colon or semicolon: "Ende August war ein Fall bekannt geworden: Ein Mann soll …".
    if (t.text === ':' || t.text === ';') return moodBefore(doc, k + 1, sentence.tokenEnd) ? k + 1 : -1;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    if (!next || next.type !== 'word') return -1;
    // "Im Gegenteil, es sei …": a short phrase opening with a preposition or adverb and without a verb before the comma is
    // an adverbial of the reported clause (not a subject: "Einige der Menschen, gegen die …", "Auch der Verdacht …, er sei …").
    if (k - sentence.tokenStart <= 3 && pack.speakerStopWords.has(first.lower) && !mayHoldVerb(doc, sentence.tokenStart, k)) return -1;
    if (pack.complementizers.has(next.lower)) return k + 1;
    // "Die Beiträge stärkten die Hochschulen, und so würden sie … wahrgenommen": a main clause coordinated after the
    // comma; the clause before is no intro, the sentence is reported whole.
    // (A clause before it in the indicative stays the author's: "Seine Frau ist … operiert worden, und er wolle …".)
    if (MAIN_COORDINATORS.has(next.lower) && !indicativeBefore(doc, sentence.tokenStart, k)) return -1;
    // A relative or adverbial clause after the subject ("Die Toten, von denen einige gefesselt worden seien, seien …",
    // "Enthaltungen, wie es notwendig wäre, würden …") is no reported clause after an intro.
    if ((pack.subordinators.has(next.lower) || PREPOSITIONAL_RELATIVES.has(tokens[k + 2]?.lower ?? ''))) return -1;
    for (let m = k + 1; m < sentence.tokenEnd; m++) {
      const u = tokens[m]!;
      if (u.text === ',' || TERMINAL_PUNCT.has(u.text)) break;
      // ("der Iran werde …" is a clause with its subject, not a relative clause: a noun follows the article.)
      if (pack.reportedMoodForms.has(u.lower)) return RELATIVE_OPENERS.has(next.lower) && !articleBeforeSubject(doc, k + 1) ? -1 : k + 1;
    }
    return -1;
  }
  return -1;
}

/**
 * A fronted conditional clause with its verb first ("Verläuft der Test erfolgreich, würde …", "Sollte es regnen, …"): a
 * form in -t, an auxiliary or a reported-mood form before an article or subject pronoun.
 */
function verbFirst(doc: WithCues, k: number): boolean {
  const { tokens, pack } = doc;
  const verb = tokens[k]!.lower;
  const next = tokens[k + 1]?.lower ?? '';
  if (pack.determiners.has(verb) || pack.speakerStopWords.has(verb) && !pack.auxiliaries.has(verb)) return false;
  if (!pack.determiners.has(next) && !pack.subjectPronouns.has(next)) return false;
  return verb.endsWith('t') || pack.auxiliaries.has(verb) || pack.reportedMoodForms.has(verb);
}

/**
 * Whether (from, to) holds a word that may be a finite verb: a lower-case word other than an article, preposition or
 * adverb (auxiliaries count). The capitalized first word of the sentence tells nothing.
 */
function mayHoldVerb(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || isCapitalized(t) || pack.determiners.has(t.lower)) continue;
    if (!pack.speakerStopWords.has(t.lower) || pack.auxiliaries.has(t.lower)) return true;
  }
  return false;
}

/**
 * "…, der Konzern werde …": the word at k is the article of a subject with its finite verb right after the noun (verb
 * second), not a relative pronoun ("…, das Angriffe verhindern soll" puts the verb last).
 */
function articleBeforeSubject(doc: WithCues, k: number): boolean {
  const { tokens, pack } = doc;
  const noun = tokens[k + 1];
  const verb = tokens[k + 2];
  if (!noun || !verb || !/^\p{Lu}/u.test(noun.text)) return false;
  return isMoodOrAuxiliary(verb.lower, pack);
}

/** True when a reported-mood form stands in [from, to) before the first comma. */
function moodBefore(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  for (let m = from; m < to; m++) {
    const u = tokens[m]!;
    if (u.text === ',' || u.type === 'quote' || TERMINAL_PUNCT.has(u.text)) return false;
    if (pack.reportedMoodForms.has(u.lower) || pack.continuationMoodForms.has(u.lower)) return true;
  }
  return false;
}

/** Prepositions (German) opening a relative clause with der/die/das ("…, für die …", "…, mit der …"). */
const RELATIVE_PREPOSITIONS = new Set(['für', 'mit', 'von', 'auf', 'an', 'in', 'über', 'unter', 'gegen', 'durch', 'bei', 'aus', 'nach', 'zu', 'um', 'vor', 'ohne', 'zwischen']);
/** Relative pronouns after a preposition that are articles as well: a relative clause only when its verb closes it. */
const ARTICLE_RELATIVES = new Set(['der', 'die', 'das']);

/** Whether [from, to) holds a finite auxiliary in the indicative ("ist", "hat", "wurde"). */
function indicativeBefore(doc: WithCues, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (INDICATIVE_AUXILIARIES.has(doc.tokens[k]!.lower)) return true;
  return false;
}

const INDICATIVE_AUXILIARIES = new Set(['ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'muss', 'müssen', 'will', 'wollen']);

/** Conjunctions joining main clauses ("…, und so würden sie …"). */
const MAIN_COORDINATORS = new Set(['und', 'oder', 'denn', 'sondern']);

/** Whether the clause from `from` (up to a comma or the sentence end) ends in a reported-mood or auxiliary form. */
function verbFinal(doc: WithCues, from: number, to: number): boolean {
  const { tokens, pack } = doc;
  let last = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':' || TERMINAL_PUNCT.has(t.text) || t.type === 'quote') break;
    if (t.type === 'word') last = k;
  }
  if (last < 0) return false;
  return isMoodOrAuxiliary(tokens[last]!.lower, pack);
}

/** Relative pronouns after a preposition ("mit denen", "in dem", "von welchen"); not "der/die/das", which are articles as often. */
const PREPOSITIONAL_RELATIVES = new Set(['denen', 'dem', 'deren', 'dessen', 'welchem', 'welcher', 'welchen', 'welche', 'welches']);

/** Words opening a relative clause, which belongs to the noun before it, not a reported clause. */
const RELATIVE_OPENERS = new Set(['der', 'die', 'das', 'dem', 'den', 'dessen', 'deren', 'welche', 'welcher', 'welches', 'was', 'wo', 'who', 'which', 'that']);

/** Extends a range over the terminal punctuation right after it (up to `limit`). */
export function withTerminal(doc: WithCues, [from, to]: Range, limit: number): Range {
  let end = to;
  while (end < limit && TERMINAL_PUNCT.has(doc.tokens[end]!.text)) end++;
  return [from, end];
}

function inheritSpeakers(doc: WithCues, drafts: DraftAttribution[]): void {
  let last: DraftAttribution | null = null;
  // The last attribution with a speaker or a cue: a further quote takes its cue.
  let lastCued: DraftAttribution | null = null;
  // The last sentence of lastCued's stretch: its content or a continuation that took its speaker.
  let stretchEnd = -1;
  const paragraphOf = (d: DraftAttribution) => doc.sentences[doc.tokens[d.content[0]]!.sentence]!.paragraph;
  // The paragraph an attribution ends in: a stretch of continued sentences may run over paragraph breaks, and the
  // distance to what follows counts from its end.
  const endParagraphOf = (d: DraftAttribution) => doc.sentences[doc.tokens[d.content[1] - 1]!.sentence]!.paragraph;
  const sentenceOf = (d: DraftAttribution) => doc.tokens[d.content[0]]!.sentence;
  for (const d of drafts) {
    if (d.inheritSpeaker && !d.speaker && last && paragraphOf(d) - endParagraphOf(last) <= MAX_PARAGRAPH_GAP) {
      d.speaker = last.speaker;
      // A continued sentence without a cue of its own continues `last`'s attribution: its cue too, public only
      // (toAttribution). A quote that takes only the speaker (not the cue, below) is no such continuation.
      if (!d.cue && d.kind !== 'direct') d.continues = last;
      // An attribution whose speaker is settled only later (refineSpeakers: "…, die Gerhard Schröder … erklärt hatte: „…“",
      // "Ein Sprecher wollte nicht bestätigen, dass …") passes that one on (speakerFrom).
      if (!last.speaker) d.speakerFrom = last;
    }
    if (d.inheritSpeaker && d.kind === 'direct' && !d.cue && lastCued?.cue && paragraphOf(d) - endParagraphOf(lastCued) <= MAX_PARAGRAPH_GAP) {
      // A further quote of the same speaker is attributed by the same cue ("sagte er: „…“ … „…“").
      // So does a quote in the very sentence of an indirect attribution's cue ("…, so Elshorst weiter: „…“").
      const sentence = doc.tokens[d.content[0]]!.sentence;
      // So does a quote right after the colon that closes a continued sentence ("hat sich … geäußert: Die Pflichten …
      // seien … festgelegt: „…“"): the continuation's attribution introduces it.
      const afterContinued = last !== null && last.continues !== undefined && last.content[1] === d.content[0]
        && doc.tokens[d.content[0] - 1]?.text === ':' && cuedSource(last) === lastCued;
      const follows = afterContinued || (lastCued.kind === 'direct' ? sentence - stretchEnd <= 1 : sentence === lastCued.cue.sentence);
      // Not a quote opened by a name of its own ("Erkki Tuomioja, Präsident des Rats: „…“"): refineSpeakers reads that intro.
      if (follows && !namedIntro(doc, d.content[0], sentence)) {
        d.cue = lastCued.cue;
        d.speaker = lastCued.speaker;
        d.speakerFrom = undefined;
        d.continues = lastCued;
      }
    }
    // A shorter attribution nested in the sentence of a longer one ("Nach Angaben der Gesundheitsbehörden beläuft sich die
    // Zahl auf 384, darunter laut UNO-Angaben 62 Zivilisten") passes no speaker on: the sentence's main source does.
    const nested = last && d.cue?.type === 'preposition' && last.cue && sentenceOf(d) === sentenceOf(last)
      && d.content[1] - d.content[0] < last.content[1] - last.content[0];
    // (Nor does an attribution without cue and speaker that takes none either: a slogan, a sentence reported only in its
    // embedded clause.)
    if (!nested && (d.inheritSpeaker || d.cue || d.speaker)) last = d;
    const endSentence = doc.tokens[d.content[1] - 1]!.sentence;
    // A continuation that took lastCued's speaker ("sagte: „…“ Aktuell bestehe … „…“") extends its stretch, keeping its cue.
    if (!d.cue && d.inheritSpeaker && lastCued && (d.speaker ? d.speaker === lastCued.speaker : d.speakerFrom === lastCued)) stretchEnd = endSentence;
    else if (d.speaker || d.cue) { lastCued = d; stretchEnd = endSentence; }
  }
}

/**
 * A noun phrase without a verb ending in a colon right before the quote at `quoteStart`, opening its sentence:
 * "Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“" (capitalized words, articles and the
 * inner words of names only).
 */
function namedIntro(doc: WithCues, quoteStart: number, sentence: number): boolean {
  const { tokens, pack } = doc;
  const colon = quoteStart - 1;
  const from = doc.sentences[sentence]!.tokenStart;
  if (colon <= from || tokens[colon]!.text !== ':' || tokens[colon]!.sentence !== sentence) return false;
  for (let k = from; k < colon; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') { if (t.text === ',' || t.text === '(' || t.text === ')') continue; return false; }
    if (!/^\p{Lu}/u.test(t.text) && !pack.determiners.has(t.lower) && !pack.speakerInnerWords.has(t.lower)) return false;
  }
  return true;
}

function spanOf(doc: WithCues, [from, to]: Range): Span {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}

function toAttribution(doc: WithCues, d: DraftAttribution, relays: DraftAttribution[], indexOf: Map<DraftAttribution, number>): Attribution {
  const from = d.speakerFrom && !d.speaker && !d.cue ? indexOf.get(d.speakerFrom) : undefined;
  const lent = d.anchorCue ?? (d.continues ? lentCue(d) : null);
  const distanced: Span[] = [];
  for (let k = d.content[0]; k < d.content[1]; k++) {
    const at = doc.quoteByStart.get(k);
    const quote = at === undefined ? undefined : doc.quotes[at];
    if (quote && quote.short && quote.tokenEnd - quote.tokenStart <= 3 && at !== d.quote) {
      distanced.push({ text: doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[quote.tokenEnd - 2]!.end), start: doc.tokens[k + 1]!.start, end: doc.tokens[quote.tokenEnd - 2]!.end });
    }
  }
  return {
    content: spanOf(doc, d.content),
    contentTokens: d.content,
    kind: d.kind,
    cue: d.cue ? d.cue.cue : null,
    cueType: d.cue ? d.cue.type : null,
    speaker: d.speaker ? spanOf(doc, d.speaker) : null,
    sentence: doc.tokens[d.content[0]]!.sentence,
    confidence: Math.max(0.05, Math.min(1, d.confidence)),
    distanced,
    relays: [
      ...relays.map((r) => ({ cue: r.cue ? r.cue.cue : null, cueType: r.cue ? r.cue.type : null, speaker: r.speaker ? spanOf(doc, r.speaker) : null })),
      // The quoting party of a quoting verb shares the claim's cue ("Ein Fernsehsender zitierte Papandreou mit den Worten").
      ...d.quoter && d.cue ? [{ cue: d.cue.cue, cueType: d.cue.type, speaker: spanOf(doc, d.quoter) }] : [],
    ],
    ...(from !== undefined ? { speakerFrom: from } : {}),
    ...(lent ? { continuation: { cue: lent } } : {}),
  };
}

/**
 * The cue of the attribution a continuation continues (`continues`, followed back over continuations of continuations):
 * the continuation is attributed by it, in an earlier sentence. Null when that attribution has none.
 */
function lentCue(d: DraftAttribution): Cue | null {
  return cuedSource(d)?.cue?.cue ?? null;
}

/** The attribution with a cue that a continuation continues (`continues`, followed back over continuations of continuations). */
function cuedSource(d: DraftAttribution): DraftAttribution | undefined {
  let source = d.continues;
  for (let depth = 0; source && depth < 50; depth++) {
    if (source.cue) return source;
    source = source.continues;
  }
  return undefined;
}
