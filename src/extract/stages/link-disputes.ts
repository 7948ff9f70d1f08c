import { AUTHOR_PARTY } from '../../knowledge/index.js';
import type { WithAuthorClaims, WithDisputes } from '../resolution-types.js';
import type { ExtractedClaim, ExtractedRelation, RelationType, Span, Token } from '../types.js';
import { claimHull, contains, overlaps, sentenceIndexAt, spansIn } from './claim-geometry.js';
import { contentStems, contrastSides, isNegated, jaccard, sharedCount } from './claim-similarity.js';
import { hasClaimPointer, type StanceHit } from './find-stance-cues.js';
import { containsAnySequence, matchSequenceAt, wordsIn } from './match-words.js';
import { firstIndexWhere } from '../first-index-where.js';

/** How many sentences back a dispute may reach. */
const WINDOW = 10;

interface ClaimInfo {
  claim: ExtractedClaim;
  sentence: number;
  words: Token[];
  sentenceWords: Token[];
  stems: Set<string>;
  /** Per contrast pair: 1 left side present, 2 right side, 3 both. */
  contrast: number[];
  marker: boolean;
  negated: boolean;
}

/**
 * Stage: links denials, doubts, contradictions and support between claims.
 * Explicit stance cues ("wies ... zurück", "nicht überzeugt", "schloss sich
 * ... an", "denied", "cast doubt", "agreed") find their target through
 * anaphors ("die Anschuldigungen", "dieses Ansinnen", relative "was"), the
 * parties named with the cue and recency; coordinated claims of a denier
 * contradict the same target; supporting a denial contradicts what it
 * denies; and opposed content on the same topic ("über internationalen
 * Gewässern" vs "in iranisches Hoheitsgebiet") is a contradiction. Word
 * overlap only rates topic; polarity and denial are separate features.
 * O(claims²) per article.
 */
export function linkDisputes(doc: WithAuthorClaims): WithDisputes {
  // Word tokens per sentence, computed once (several claims share a sentence).
  const sentenceWordCache = new Map<number, Token[]>();
  const infos: ClaimInfo[] = doc.claims.map((claim) => {
    const sentence = sentenceIndexAt(doc.sentences, claim.start);
    const s = doc.sentences[sentence];
    const words = wordsIn(doc.tokens, claim.start, claim.end);
    let sentenceWords = s ? sentenceWordCache.get(sentence) : words;
    if (!sentenceWords && s) {
      sentenceWords = wordsIn(doc.tokens, s.start, s.end);
      sentenceWordCache.set(sentence, sentenceWords);
    }
    return {
      claim, sentence, words, sentenceWords: sentenceWords ?? words, stems: contentStems(words, doc.stance.stopWords, doc.stance.topicSynonyms),
      contrast: contrastSides(words, doc.stance.contrastPairs), marker: containsAnySequence(words, doc.stance.contradictionMarkers),
      negated: isNegated(words, doc.stance.negations),
    };
  });
  const relations = new Map<string, ExtractedRelation>();
  const add = (from: ExtractedClaim, to: ExtractedClaim, type: RelationType, cue: Span | null, confidence: number): void => {
    if (from.id === to.id) return;
    const key = `${from.id}>${to.id}`;
    const existing = relations.get(key);
    if (!existing || existing.confidence < confidence) relations.set(key, { from: from.id, to: to.id, type, cue, confidence: round(confidence) });
  };

  for (const hit of doc.stanceHits) {
    {
      const from = findFromClaim(inSentences(infos, hit.sentence - 1, hit.sentence + 1), hit);
      if (!from) continue;
      if (hit.entry.needsPointer && !hasClaimPointer(doc, hit)) continue;
      // Support that is not given supports nothing: "wurden diese Angaben noch nicht bestätigt", "konnte niemand bestätigen".
      if (hit.entry.type === 'supports' && isNegated(hit.words, doc.stance.negations)) continue;
      if (stanceOfContent(from.claim, hit)) continue;
      // "Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle.": the claim is the confirmed text itself, its
      // content lies before the cue's sentence, so the pointer ("dies") points at it and at no other claim.
      const cueSentence = doc.sentences[hit.sentence];
      if (cueSentence && from.claim.end <= cueSentence.start) continue;
      if (hit.entry.needsAddressee && !hit.objects.some((o) => !governed(doc, hit.words, o))) continue;
      const target = chooseTarget(doc, inSentences(infos, hit.sentence - WINDOW, hit.sentence), hit, from);
      if (target) add(from.claim, target.claim, hit.entry.type, { text: hit.cue.text, start: hit.cue.start, end: hit.cue.end }, hit.entry.confidence * target.certainty);
    }
  }

  const byId = new Map(infos.map((info) => [info.claim.id, info]));
  const explicit = [...relations.values()];
  for (const relation of explicit) {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    if (!from || !to) continue;
    if (relation.type === 'denies' || relation.type === 'doubts') {
      // Coordinated claims of the denier in the same sentence ("wies ... zurück und deutete an, dass ...").
      for (const sibling of inSentences(infos, from.sentence, from.sentence)) {
        if (sibling === from || sibling.claim.party !== from.claim.party) continue;
        if (relations.has(`${sibling.claim.id}>${to.claim.id}`)) continue;
        add(sibling.claim, to.claim, 'contradicts', relation.cue, 0.6);
      }
    }
    if (relation.type === 'supports') {
      // Supporting a denial contradicts what was denied.
      for (const denied of explicit.filter((r) => r.from === relation.to && r.type !== 'supports')) {
        const target = byId.get(denied.to);
        if (!target) continue;
        for (const sibling of inSentences(infos, from.sentence, from.sentence)) {
          if (sibling.claim.party !== from.claim.party || sibling.claim.party === target.claim.party) continue;
          if (sharedCount(sibling.stems, target.stems) > 0) add(sibling.claim, target.claim, 'contradicts', relation.cue, 0.65);
        }
      }
    }
  }

  for (let b = 0; b < infos.length; b++) {
    const later = infos[b]!;
    for (let a = b - 1; a >= 0; a--) {
      const earlier = infos[a]!;
      if (later.sentence - earlier.sentence > WINDOW) break;
      if (earlier.claim.start >= later.claim.start || earlier.claim.party === later.claim.party) continue;
      if (later.stems.size === 0 || earlier.stems.size === 0) continue;
      const shared = sharedCount(later.stems, earlier.stems);
      if (shared === 0 || relations.has(`${later.claim.id}>${earlier.claim.id}`)) continue;
      if (later.claim.party !== AUTHOR_PARTY && earlier.claim.party !== AUTHOR_PARTY && opposedSides(later.contrast, earlier.contrast)) {
        add(later.claim, earlier.claim, 'contradicts', null, 0.6);
      } else if (later.marker && shared >= 2 && later.claim.party !== AUTHOR_PARTY && earlier.claim.party !== AUTHOR_PARTY) {
        add(later.claim, earlier.claim, 'contradicts', null, 0.45);
      } else if (later.negated !== earlier.negated && jaccard(later.stems, earlier.stems) >= 0.5) {
        add(later.claim, earlier.claim, 'contradicts', null, 0.45);
      }
    }
  }

  const all = [...relations.values()].sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  const outgoing = new Map<string, ExtractedRelation[]>();
  for (const relation of all) outgoing.set(relation.from, [...(outgoing.get(relation.from) ?? []), relation]);
  const claims = doc.claims.map((claim) => {
    const own = outgoing.get(claim.id) ?? [];
    return { ...claim, disputes: own.filter((r) => r.type !== 'supports').map((r) => r.to), supports: own.filter((r) => r.type === 'supports').map((r) => r.to) };
  });
  return { ...doc, claims, relations: all };
}

/**
 * Whether the stance cue lies inside what a source is reported to say, not in its own attribution: then it is the
 * reported content's word, not the source's stance ("Der Plan würde EU-Recht widersprechen, sagte der Experte",
 * a quote „… was der politischen Führung widerspricht“, „im Zweifel“). A claim called baseless inside the content
 * ("Teheran sagte, die Vorwürfe der USA seien haltlos") and a cue whose holder the clause names are the source's stance.
 */
function stanceOfContent(claim: ExtractedClaim, hit: StanceHit): boolean {
  if (claim.party === AUTHOR_PARTY || !contains(claim, hit.cue)) return false;
  if (claim.cue && overlaps(claim.cue, hit.cue)) return false;
  return !(hit.entry.pos === 'noun' && hit.entry.needsPointer) && !hit.holder;
}

/**
 * Whether two claims word a contrast pair on opposite sides ("über internationalen Gewässern" vs "in iranisches
 * Hoheitsgebiet"). A claim naming both sides ("bezeichnen den Angriff als Verteidigungsaktion") takes no side.
 */
function opposedSides(later: number[], earlier: number[]): boolean {
  return later.some((side, k) => {
    const other = earlier[k] ?? 0;
    return side !== 3 && other !== 3 && ((side & 1 && other & 2) || (side & 2 && other & 1));
  });
}

/**
 * Whether a party named in a stance clause stands after a preposition (with or without a determiner): "vor einem
 * Bürgerkrieg in Polen" names no addressee of "warnte", "warnte die USA" does.
 */
function governed(doc: WithAuthorClaims, words: Token[], referent: Span): boolean {
  const index = words.findIndex((w) => w.start >= referent.start);
  const one = index >= 1 ? words[index - 1] : undefined;
  const two = index >= 2 ? words[index - 2] : undefined;
  const isPrep = (w: Token | undefined): boolean => !!w && doc.stance.governingPrepositions.has(w.lower) && !doc.pack.agentPrepositions.has(w.lower);
  return isPrep(one) || (isPrep(two) && !!one && doc.pack.determiners.has(one.lower));
}

/** Demonstratives before an anaphor ("that claim", "diese Darstellung", "diesen Vorwurf"). */
const DEMONSTRATIVES = /^(this|that|these|those|dies(e|er|es|en|em)?|jene[rsnm]?)$/;

/**
 * Whether two claims come from the same source: the same party, or, both unresolved, the same actor or the same
 * speaker as written, determiner aside ("Human rights groups disputed that claim" may dispute Rwanda's government,
 * both unknown).
 */
function sameSource(a: ExtractedClaim, b: ExtractedClaim, determiners: ReadonlySet<string>): boolean {
  if (a.party !== b.party) return false;
  if (a.party !== 'unknown') return true;
  if (a.actor !== null || b.actor !== null) return a.actor === b.actor;
  return !a.speaker || !b.speaker || bareMention(a.speaker.text, determiners) === bareMention(b.speaker.text, determiners);
}

/** A mention without its leading determiner, lower-cased: a headline's "ORF" and the body's "Der ORF" are one source. */
function bareMention(text: string, determiners: ReadonlySet<string>): string {
  const words = text.toLowerCase().split(/\s+/);
  return (words.length > 1 && determiners.has(words[0]!) ? words.slice(1) : words).join(' ');
}

/** Claims whose sentence lies in [first, last] (infos are in text order, so sentences never decrease). */
function inSentences(infos: ClaimInfo[], first: number, last: number): ClaimInfo[] {
  const lo = firstIndexWhere(infos, (info) => info.sentence >= first);
  const out: ClaimInfo[] = [];
  for (let k = lo; k < infos.length && infos[k]!.sentence <= last; k++) out.push(infos[k]!);
  return out;
}

function order(id: string): number {
  return Number(id.slice(1)) || 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The claim that carries the stance: the holder's claim around the cue, else the claim containing the cue. */
function findFromClaim(infos: ClaimInfo[], hit: StanceHit): ClaimInfo | undefined {
  const inSentence = infos.filter((info) => overlaps(claimHull(info.claim), hit.clause) || info.sentence === hit.sentence);
  if (hit.holder) {
    const holder = hit.holder;
    const own = inSentence.filter((info) => info.claim.party === holder.party);
    const around = own.find((info) => contains(claimHull(info.claim), hit.cue)) ?? own.find((info) => overlaps(claimHull(info.claim), hit.clause));
    if (around ?? own[0]) return around ?? own[0];
  }
  return inSentence.find((info) => contains(claimHull(info.claim), hit.cue)) ?? inSentence.find((info) => contains(info.claim, hit.cue));
}

/** Scores earlier claims of other parties by anaphor, named party, relative pronoun, recency and topic. */
function chooseTarget(doc: WithAuthorClaims, infos: ClaimInfo[], hit: StanceHit, from: ClaimInfo): { claim: ExtractedClaim; certainty: number } | null {
  const anaphors = doc.stance.claimAnaphors.filter((a) => hit.words.some((_, i) => matchSequenceAt(hit.words, i, a.words) > 0));
  const stems = anaphors.flatMap((a) => a.targetStems);
  const nounAnaphors = anaphors.filter((a) => !a.words.some((w) => DEMONSTRATIVES.test(w)));
  const objectParties = new Set(hit.objects.map((o) => o.party));
  const addressees = new Set(hit.objects.filter((o) => !governed(doc, hit.words, o)).map((o) => o.party));
  // Parties the clause names besides the claim's own speaker ("Tehran said the allegations of the US were baseless").
  const namedParties = new Set([...objectParties].filter((p) => p !== from.claim.party && p !== 'unknown'));
  const relative = hit.words.slice(0, 2).some((w) => doc.stance.relativeAnaphors.has(w.lower));
  const demonstrative = hit.words.some((w, i) => DEMONSTRATIVES.test(w.lower) && anaphors.some((a) => matchSequenceAt(hit.words, i + 1, a.words) > 0));
  // The anaphor's antecedent earlier in its own sentence and in no other claim ("Toifl ist der Beweismittelfälschung
  // beschuldigt; er bestreitet den Vorwurf"): what is denied is that text, no earlier claim.
  const sentence = doc.sentences[hit.sentence];
  const antecedent = sentence && stems.length > 0 && wordsIn(doc.tokens, sentence.start, hit.clause.start)
    .find((w) => stems.some((s) => w.lower.startsWith(s)));
  if (antecedent && !infos.some((info) => info !== from && contains(claimHull(info.claim), antecedent))) return null;
  let best: { claim: ExtractedClaim; score: number } | null = null;
  let relativeFound = false;
  for (const info of infos) {
    const claim = info.claim;
    if (claim === from.claim || sameSource(claim, from.claim, doc.pack.determiners) || claim.start >= hit.cue.start && claim.start >= from.claim.start) continue;
    if (overlaps(claim, from.claim)) continue;
    // A claim that itself speaks of the pointed-at noun ("hatte den Bericht der New York Times als falsch
    // zurückgewiesen") is a stance on that report, not the report ("zweifelten am Wahrheitsgehalt der Berichte").
    if (nounAnaphors.some((a) => info.words.some((_, i) => matchSequenceAt(info.words, i, a.words) > 0))) continue;
    // A warning is aimed at its addressee: only the addressee's own claims are candidates.
    if (hit.entry.needsAddressee && !addressees.has(claim.party)) continue;
    // So is a claim called baseless whose pointer names a party ("Die Vorwürfe der USA seien haltlos"): only its claims.
    if (hit.entry.pos === 'noun' && hit.entry.needsPointer && namedParties.size > 0 && !namedParties.has(claim.party)) continue;
    if (from.claim.party === AUTHOR_PARTY && claim.party === AUTHOR_PARTY) continue;
    const distance = hit.sentence - info.sentence;
    if (distance < 0 || distance > WINDOW) continue;
    let score = 2 * (1 - distance / (WINDOW + 1));
    const relativeHit = relative && distance === 0 && claim.end <= hit.clause.start;
    const stemHit = stems.length > 0 && info.sentenceWords.some((w) => stems.some((s) => w.lower.startsWith(s)));
    const partyHit = objectParties.has(claim.party);
    const authorPartyHit = !partyHit && claim.party === AUTHOR_PARTY && objectParties.size > 0
      && spansIn(doc.referents, claim.start, claim.end).some((r) => objectParties.has(r.party));
    const overlap = jaccard(from.stems, info.stems);
    // A stance cue needs something pointing at the target; an author claim needs a specific pointer, not a generic "dies".
    const specific = relativeHit || stemHit || partyHit || authorPartyHit || overlap >= 0.2;
    if (!specific && (claim.party === AUTHOR_PARTY || anaphors.length === 0)) continue;
    // Two unresolved sources need more than nearness: the anaphor's own stems, a relative pronoun, shared words, or a
    // demonstrative anaphor right after the claim ("Human rights groups disputed that claim").
    if (claim.party === 'unknown' && from.claim.party === 'unknown' && !(relativeHit || stemHit || overlap >= 0.2 || (demonstrative && distance <= 1))) continue;
    if (relativeHit) { score += 5; relativeFound = true; }
    if (stemHit) score += 3;
    if (partyHit) score += 4;
    if (authorPartyHit) score += 1.5;
    score += 2 * overlap;
    if (!best || score > best.score) best = { claim, score };
  }
  // A relative pronoun ("…, was Washington bestreitet", "which Iran denied") points at its own sentence: when no claim
  // stands there ("Nordkorea unterstellt den USA, einen Angriff vorzubereiten, was …"), an earlier claim is no target.
  if (!best || (relative && !relativeFound)) return null;
  return { claim: best.claim, certainty: best.score >= 4 ? 1 : best.score >= 2.5 ? 0.8 : 0.6 };
}
