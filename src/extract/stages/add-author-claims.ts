import { AUTHOR_PARTY } from '../../knowledge/index.js';
import type { Referent, WithAuthorClaims, WithRelays } from '../resolution-types.js';
import type { Cue, ExtractedClaim, Sentence, Span, Token } from '../types.js';
import { findRelayMention } from './chain-relays.js';
import { claimHull, overlaps, sentenceIndexAt, spansIn } from './claim-geometry.js';
import { findStanceCues, hasClaimPointer, type StanceHit } from './find-stance-cues.js';
import { isSubjectField, readSpeakerForward } from './speaker-phrase.js';
import { fullNameIn, isAgent } from './resolve-speakers.js';
import { containsAnySequence, firstMatchAt, wordsIn } from './match-words.js';
import { FIRST_PERSON, isAdjectiveLike, isCapitalized, RELATIVE_PRONOUNS } from './token-tests.js';
import { firstIndexWhere } from '../first-index-where.js';

const RELAY_KINDS = new Set(['agency', 'outlet']);
const TRIM = /[\s"„“”»«'‚‘’.!?:;,–—-]/u;
/** Sentence-final punctuation and closing quote marks. */
const FINAL_MARKS = /[.!?"“”»«'‘’]/u;

/**
 * Stage: covers every assertive sentence with a claim. In order:
 * stance claims ("Teheran wies die Anschuldigungen zurück", "was von Teheran
 * bestritten wird": the holder's claim, kind 'reported'); colon attribution
 * ("Mehr zum Thema - Lawrow: Es gibt Kräfte ..."); continuation of the
 * previous speaker in the reported mood ("Das würde dazu beitragen ...");
 * otherwise the article's own voice (party 'author', kind 'author'), flagged
 * `unsourced` for causal/evaluative judgements, `hedged`, with scare-quoted
 * words as `distanced`. Questions and link teasers are skipped. Ids are
 * renumbered in text order.
 */
export function addAuthorClaims(doc: WithRelays): WithAuthorClaims {
  const isRelayParty = (party: string): boolean => RELAY_KINDS.has(doc.knowledge.parties.get(party)?.kind ?? '');
  const claims: ExtractedClaim[] = doc.claims.map((claim) => ({ ...claim }));
  const added: ExtractedClaim[] = [];
  let counter = 0;
  const make = (fields: Partial<ExtractedClaim> & Pick<ExtractedClaim, 'start' | 'end' | 'kind' | 'party'>): ExtractedClaim => {
    const claim: ExtractedClaim = {
      id: `n${++counter}`, text: doc.text.slice(fields.start, fields.end), cue: null, speaker: null, actor: null, via: [], confidence: 0.5,
      unsourced: false, hedged: false, distanced: [], disputes: [], supports: [], ...fields,
    };
    claim.hedged = claim.hedged || isHedged(doc, claim);
    claim.distanced = claim.distanced.length > 0 ? claim.distanced : findDistanced(doc, claim);
    added.push(claim);
    return claim;
  };

  const stanceHits = doc.sentences.flatMap((sentence) => findStanceCues(doc, sentence, isRelayParty));
  // Claims by the sentence their content starts in (stance claims join as they are made).
  const bySentence = new Map<number, ExtractedClaim[]>();
  const file = (claim: ExtractedClaim): void => {
    const k = sentenceIndexAt(doc.sentences, claim.start);
    bySentence.set(k, [...(bySentence.get(k) ?? []), claim]);
  };
  claims.forEach(file);
  const nearby = (sentence: number): ExtractedClaim[] =>
    [sentence - 2, sentence - 1, sentence, sentence + 1].flatMap((k) => bySentence.get(k) ?? []);
  for (const hit of stanceHits) {
    {
      // The claims around the hit (read before any claim of this hit is filed).
      const near = nearby(hit.sentence);
      if (hit.entry.pos === 'verb' && hit.entry.type !== 'supports' && !hit.holder && hasClaimPointer(doc, hit) && !insideUtterance(doc, hit.cue)) {
        // "Der japanische Reeder des Tankers widersprach der US-Darstellung": a denial or doubt of a claim whose subject
        // resolves to no party is still that subject's (party unknown), not the article's own voice disputing the claim.
        // (Only one pointing at a claim, "Darstellung", "die Vorwürfe", "dies": gold annotates few other denials.)
        const subject = unresolvedSubject(doc, hit);
        if (subject && !near.some((c) => overlaps(c, hit.clause) || (c.cue !== null && sharesCueWord(c.cue, hit.cue)))) {
          // (A full name in it is the actor: "Der Ernährungsmediziner Hans Möller von der Charité zweifelt an …".)
          const actor = fullNameIn(subject.text, doc.stance);
          file(make({ start: hit.clause.start, end: hit.clause.end, kind: 'reported', cue: hit.cue, party: 'unknown', actor, speaker: subject, confidence: Math.min(hit.entry.confidence, 0.5) }));
        }
        continue;
      }
      if (hit.entry.pos !== 'verb' || !hit.holder || hit.holder.party === AUTHOR_PARTY) continue;
      // A generic verb of support ("bestätigte den Zwischenfall", "unterstützt die EU-Behörde", "hatte diesen unterstützt")
      // supports a claim only when its clause points at one (an anaphor, a relative pronoun), as for its dispute link;
      // otherwise it confirms or backs a thing or a person, no claim of its own (train: 0 of 9 such claims are gold
      // quotations). A generic rejection stays ("Die USA lehnten die Aufnahme zunächst ab" is a gold reported act).
      if (hit.entry.needsPointer && hit.entry.type === 'supports' && !hasClaimPointer(doc, hit)) continue;
      // A stance verb inside a quoted utterance belongs to the quoted speaker's words ("„Ein Präsident, der das
      // Existenzrecht Israels in Frage stellt, …“"): no claim of its own, and the quote keeps its full length.
      if (insideUtterance(doc, hit.cue)) continue;
      const holder = hit.holder;
      const own = near.filter((c) => c.party === holder.party && overlaps(c, hit.clause));
      const scare = own.find((c) => isSingleQuotedWord(doc, c) && c.start >= hit.clause.start && c.end <= hit.clause.end);
      if (scare) {
        // A lone quoted word inside a stance clause is a scare quote, not the content ("von den ... "Beweisen" nicht überzeugt").
        const word = wordsIn(doc.tokens, scare.start, scare.end)[0]!;
        Object.assign(scare, {
          start: hit.clause.start, end: hit.clause.end, text: hit.clause.text, kind: 'reported',
          cue: scare.cue && sharesCueWord(scare.cue, hit.cue) ? scare.cue : hit.cue,
          distanced: [{ text: word.text, start: word.start, end: word.end }],
        });
        continue;
      }
      if (own.length > 0) continue;
      // The verb already is the cue of an attribution ("Dies bestätigte der Vatikan", "Wie eine Sprecherin bestätigte, …"):
      // the stance is that attribution's, not a second claim of the holder.
      if (near.some((c) => c.cue !== null && sharesCueWord(c.cue, hit.cue))) continue;
      // "Frankreich lehnte den Vorschlag ab, sagte Merkel", "Iran denied the charge, the White House said": the clause is
      // another party's report of the holder's act. One claim, the holder's, relayed by that party, not two claims over
      // one clause. (A reporter with no party stays a claim of its own, "…, diplomats said": `via` holds parties only, and
      // folding it in would hide from the editor that the act is known only from an unnamed source.)
      const reporter = near.find((c) => reportsClause(c, hit.clause, holder));
      if (reporter) {
        reporter.relays = [{ party: reporter.party, cue: reporter.cue, speaker: reporter.speaker }, ...reporter.relays ?? []];
        reporter.via = [...reporter.via, reporter.party];
        Object.assign(reporter, {
          kind: 'reported', cue: hit.cue, party: holder.party, actor: holder.actor, speaker: writtenMention(doc, holder),
          confidence: Math.min(reporter.confidence, hit.entry.confidence, holder.confidence),
        });
        continue;
      }
      // A claim running into the stance clause ends before it; one reaching past it holds it (a relative clause inside a
      // continued sentence: "Die Verabschiedung des Plans, der von Frankreich unterstützt wird, soll … erfolgen") and stays whole.
      for (const other of near) if (other.end > hit.clause.start && other.start < hit.clause.start && other.end <= hit.clause.end + 1) trimEnd(doc.text, other, hit.clause.start);
      const claim = make({
        start: hit.clause.start, end: hit.clause.end, kind: 'reported', cue: hit.cue, party: holder.party, actor: holder.actor,
        speaker: writtenMention(doc, holder), confidence: Math.min(hit.entry.confidence, holder.confidence),
      });
      file(claim);
      const relay = findRelayMention(doc, claim, isRelayParty, new Set([claim.speaker?.start]));
      if (relay) claim.via = [relay.party];
    }
  }

  // Sentences touched by a claim (its content, cue or speaker) are attributed.
  const covered = new Set<number>();
  for (const claim of [...claims, ...added]) {
    const hull = claimHull(claim);
    const first = sentenceIndexAt(doc.sentences, hull.start);
    const last = sentenceIndexAt(doc.sentences, Math.max(hull.start, hull.end - 1));
    for (let k = Math.max(0, first); k <= last; k++) if (overlaps(hull, doc.sentences[k]!)) covered.add(k);
  }
  for (const sentence of doc.sentences) {
    if (covered.has(sentence.index)) continue;
    const words = wordsIn(doc.tokens, sentence.start, sentence.end);
    if (words.length < 3 || sentence.text.trimEnd().endsWith('?')) continue;
    const advocacy = findAdvocacy(doc, sentence, words);
    if (advocacy) {
      make(advocacy);
      continue;
    }
    const colon = findColonAttribution(doc, sentence, words);
    if (colon) {
      make(colon);
      continue;
    }
    if (firstMatchAt(words, 0, doc.stance.teaserPrefixes) > 0) continue;
    const span = trimSpan(doc.text, sentence.start, sentence.end);
    // Reported speech puts its speaker in the third person: "Ich glaube nicht, dass …" is an interviewee's own voice.
    const reported = words.some((w) => doc.pack.reportedMoodForms.has(w.lower)) && !words.some((w) => FIRST_PERSON.has(w.lower));
    const previous = reported ? findPrevious([...claims, ...added], sentence, doc.sentences) : undefined;
    if (previous && previous.party !== AUTHOR_PARTY) {
      // Reported speech keeps its final punctuation and closing quote mark, as continued sentences do (attribute-speech).
      let end = span.end;
      while (end < sentence.end && FINAL_MARKS.test(doc.text[end] ?? '')) end++;
      make({
        ...span, end, kind: 'indirect', party: previous.party, actor: previous.actor, speaker: previous.speaker, via: [...previous.via],
        confidence: Math.min(previous.confidence, 0.6),
      });
      continue;
    }
    make({
      ...span, kind: 'author', party: AUTHOR_PARTY, confidence: 0.9, unsourced: containsAnySequence(words, doc.stance.judgements),
    });
  }

  const merged = [...claims, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  const renamed = merged.map((claim, i) => ({ ...claim, id: `c${i + 1}` }));
  const addedIds = renamed.filter((claim, i) => added.includes(merged[i]!)).map((claim) => claim.id);
  return { ...doc, claims: renamed, addedClaims: addedIds, stanceHits };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && TRIM.test(text[start] ?? '')) start++;
  while (end > start && TRIM.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function trimEnd(text: string, claim: ExtractedClaim, before: number): void {
  const span = trimSpan(text, claim.start, before);
  if (span.end <= claim.start) return;
  claim.end = span.end;
  claim.text = text.slice(claim.start, claim.end);
}

/** The nearest claim in the previous sentence of the same paragraph. */
function findPrevious(claims: ExtractedClaim[], sentence: Sentence, sentences: readonly Sentence[]): ExtractedClaim | undefined {
  const prev = sentences[sentence.index - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return undefined;
  const inPrev = claims.filter((c) => overlaps(claimHull(c), prev));
  return inPrev.sort((a, b) => b.end - a.end)[0];
}

/** "Lawrow: Es gibt Kräfte ...", optionally after a teaser ("Mehr zum Thema - "). */
function findColonAttribution(doc: WithRelays, sentence: Sentence, words: Token[]): (Partial<ExtractedClaim> & Pick<ExtractedClaim, 'start' | 'end' | 'kind' | 'party'>) | null {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const colonIndex = tokens.findIndex((t) => t.text === ':');
  if (colonIndex < 1 || colonIndex > 12) return null;
  const colon = tokens[colonIndex]!;
  let first = 0;
  const prefix = firstMatchAt(words, 0, doc.stance.teaserPrefixes);
  if (prefix > 0) {
    const afterPrefix = words[prefix - 1]!;
    first = tokens.findIndex((t) => t.start >= afterPrefix.end && t.type === 'word');
  }
  const speakerTokens = tokens.slice(first, colonIndex).filter((t) => t.type === 'word');
  if (speakerTokens.length === 0 || speakerTokens.length > 4) return null;
  const start = speakerTokens[0]!.start;
  const end = speakerTokens[speakerTokens.length - 1]!.end;
  const mention = doc.text.slice(start, end);
  const found = doc.knowledge.findMentions(mention);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || only.via === 'prefix' || only.start > 4 || only.end < mention.length) return null;
  const content = trimSpan(doc.text, colon.end, sentence.end);
  if (content.end <= content.start) return null;
  const cue: Cue = { text: ':', start: colon.start, end: colon.end };
  const quoted = /^[„“"»«‚‘']/.test(doc.text.slice(colon.end).trimStart());
  return {
    ...content, kind: quoted ? 'direct' : 'indirect', cue, speaker: { text: mention, start, end }, party: only.party, actor: only.actor,
    confidence: Math.min(0.75, only.confidence),
  };
}

/**
 * "versuchte der US-Vertreter seine Amtskollegen davon zu überzeugen, sich
 * ... zu stellen": a push reported without a reporting verb is the
 * subject's claim (kind 'reported'); its content is what follows the cue
 * clause.
 */
function findAdvocacy(doc: WithRelays, sentence: Sentence, words: Token[]): (Partial<ExtractedClaim> & Pick<ExtractedClaim, 'start' | 'end' | 'kind' | 'party'>) | null {
  for (let i = 0; i < words.length; i++) {
    const length = firstMatchAt(words, i, doc.stance.advocacyCues);
    if (!length) continue;
    const first = words[i]!;
    const last = words[i + length - 1]!;
    const isPrep = (w: Token | undefined): boolean => !!w && (doc.stance.governingPrepositions.has(w.lower) || doc.pack.agentPrepositions.has(w.lower));
    const holder = spansIn(doc.referents, sentence.start, first.start).find((r) => {
      if (!isAgent(doc.text, r, doc.stance)) return false;
      const index = words.findIndex((w) => w.start >= r.start);
      return !isPrep(words[index - 1]) && !(isPrep(words[index - 2]) && doc.pack.determiners.has(words[index - 1]?.lower ?? ''));
    });
    if (!holder || holder.party === AUTHOR_PARTY) return null;
    const comma = doc.text.indexOf(',', last.end);
    const content = comma >= 0 && comma < sentence.end - 2 ? trimSpan(doc.text, comma + 1, sentence.end) : trimSpan(doc.text, sentence.start, sentence.end);
    return {
      ...content, kind: 'reported', cue: { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end },
      speaker: writtenMention(doc, holder), party: holder.party, actor: holder.actor,
      confidence: Math.min(0.6, holder.confidence),
    };
  }
  return null;
}

/** The subject phrase filling the field from the clause start to a stance verb (no party found in it), or null. */
function unresolvedSubject(doc: WithRelays, hit: StanceHit): Span | null {
  const { tokens, pack } = doc;
  const from = firstIndexWhere(tokens, (t) => t.start >= hit.clause.start);
  const verb = firstIndexWhere(tokens, (t) => t.start >= hit.cue.start);
  if (from < 0 || verb <= from || tokens[verb - 1]!.type === 'punct') return null;
  // (Not a relative clause: "…, die den Angaben der Organisation widerspricht".)
  if (tokens[from - 1]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[from]!.lower)) return null;
  let range = readSpeakerForward(tokens, from, verb, pack);
  if (!range || range[1] !== verb || !isSubjectField(tokens, [from, verb], pack)) {
    // "Der Angeklagte hat die Vorwürfe bestritten", "Im Prozess hat der Angeklagte alle Vorwürfe bestritten": a participle
    // closing its clause has its subject before the finite auxiliary or, after a fronted phrase, right after it. (A fronted
    // object is read as the subject, as with the finite verb: "Die Vorwürfe hat der Minister bestritten".)
    const aux = tokens.slice(from, verb).findIndex((t) => t.type === 'word' && pack.auxiliaries.has(t.lower));
    // (Not a passive, whose field holds the object: "Dieser Darstellung wurde von einem Militärsprecher widersprochen".)
    if (tokens.slice(from, verb).some((t) => pack.passiveAuxiliaries.has(t.lower))) return null;
    const at = from + aux;
    if (aux <= 0 || (tokens[verb + 1]?.type === 'word' && !pack.auxiliaries.has(tokens[verb + 1]!.lower))) return null;
    const before = readSpeakerForward(tokens, from, at, pack);
    if (before && before[1] === at && isSubjectField(tokens, [from, at], pack)) range = before;
    else {
      const after = readSpeakerForward(tokens, at + 1, verb, pack);
      if (!after || after[0] !== at + 1 || !pack.determiners.has(tokens[at + 1]!.lower)) return null;
      range = after;
    }
  }
  const first = tokens[range[0]]!;
  const last = tokens[range[1] - 1]!;
  if (pack.subjectPronouns.has(first.lower) && range[1] - range[0] === 1) return null;
  return { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * The holder's mention as written in its noun phrase: with the article and attributes before the name
 * ("Der Iran", "Die japanische Regierung", "die USA"), as the speaker span of a stance claim.
 */
function writtenMention(doc: WithRelays, holder: Span): Span {
  const { tokens, pack } = doc;
  const first = firstIndexWhere(tokens, (t) => t.start >= holder.start);
  const head = tokens[first];
  if (!head || head.start !== holder.start) return { text: holder.text, start: holder.start, end: holder.end };
  let from = first;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (t.sentence !== head.sentence || t.type !== 'word' || pack.cueWords.has(t.lower)) break;
    const article = pack.determiners.has(t.lower);
    const attribute = isAdjectiveLike(t, pack);
    if (article) { from--; break; }
    if (!attribute) break;
    from--;
  }
  // Only a phrase opened by its article (or the name alone): "Iran" stays "Iran" after a preposition or a verb.
  // A genitive article after a noun ("Sprecher der Regierung") is no article of the holder's own phrase.
  // Only articles and adjectives are taken ("Eine Forderung Frankreichs" has another head).
  const before = tokens[from - 1];
  const genitive = before !== undefined && before.sentence === head.sentence && isCapitalized(before) && !pack.speakerStopWords.has(before.lower);
  if (from === first || !pack.determiners.has(tokens[from]!.lower) || genitive) return { text: holder.text, start: holder.start, end: holder.end };
  const start = tokens[from]!.start;
  return { text: doc.text.slice(start, holder.end), start, end: holder.end };
}

function isSingleQuotedWord(doc: WithRelays, claim: ExtractedClaim): boolean {
  return wordsIn(doc.tokens, claim.start, claim.end).length === 1 && doc.quotes.some((q) => q.start <= claim.start && q.end >= claim.end);
}

function isHedged(doc: WithRelays, claim: ExtractedClaim): boolean {
  const words = wordsIn(doc.tokens, claim.start, claim.end);
  return words.some((w) => doc.pack.hedges.has(w.lower)) || containsAnySequence(words, doc.stance.hedgePhrases);
}

/** Scare-quoted single words inside the claim ("Beweisen"). */
function findDistanced(doc: WithRelays, claim: ExtractedClaim): Span[] {
  const spans: Span[] = [];
  // Quotes in text order (the usual case): only those starting inside the claim, found by binary search.
  const quotes = isSortedByStart(doc.quotes) ? spansIn(doc.quotes, claim.start, claim.end) : doc.quotes;
  for (const quote of quotes) {
    if (quote.start < claim.start || quote.end > claim.end) continue;
    const inner = wordsIn(doc.tokens, quote.start, quote.end);
    if (inner.length !== 1) continue;
    const word = inner[0]!;
    spans.push({ text: word.text, start: word.start, end: word.end });
  }
  return spans;
}

const sortedChecked = new WeakMap<readonly Span[], boolean>();

/** True when the spans are ordered by start (checked once per array). */
function isSortedByStart(spans: readonly Span[]): boolean {
  let sorted = sortedChecked.get(spans);
  if (sorted === undefined) {
    sorted = spans.every((span, k) => k === 0 || spans[k - 1]!.start <= span.start);
    sortedChecked.set(spans, sorted);
  }
  return sorted;
}

/** Whether two cues share a word (their parts, or the cues themselves when continuous). */
/**
 * Whether an indirect claim of another known party is a report of the holder's act in the stance clause: its cue and
 * speaker lie outside the clause, the holder is inside it, and claim and clause cover nearly the same stretch.
 */
function reportsClause(claim: ExtractedClaim, clause: Span, holder: Referent): boolean {
  if (claim.party === 'unknown' || claim.party === AUTHOR_PARTY || claim.party === holder.party) return false;
  if (claim.kind !== 'indirect' || !claim.cue || !claim.speaker || overlaps(claim.cue, clause) || overlaps(claim.speaker, clause)) return false;
  if (holder.start < claim.start || holder.end > claim.end) return false;
  const shared = Math.min(claim.end, clause.end) - Math.max(claim.start, clause.start);
  return shared >= 0.9 * Math.max(claim.end - claim.start, clause.end - clause.start);
}

function sharesCueWord(a: Cue, b: Cue): boolean {
  const partsA = a.parts && a.parts.length > 0 ? a.parts : [a];
  const partsB = b.parts && b.parts.length > 0 ? b.parts : [b];
  return partsA.some((x) => partsB.some((y) => overlaps(x, y)));
}

/** Whether a span lies inside a direct quote that is an utterance (not a short title or scare quote). */
function insideUtterance(doc: WithRelays, span: Span): boolean {
  return doc.quotes.some((quote) => !quote.short && quote.start < span.start && span.end < quote.end);
}
