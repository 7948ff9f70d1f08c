import type { Referent, RelayLink, WithRelays, WithSpeakers } from '../resolution-types.js';
import type { ClaimRelay, ExtractedClaim, Span, Token } from '../types.js';
import { claimHull, claimSentences, contains, cueSentences, overlaps, spansIn } from './claim-geometry.js';
import { matchesPattern, wordsIn } from './match-words.js';

const RELAY_KINDS = new Set(['agency', 'outlet']);
/** Nouns naming an agency or outlet before its name ("der Nachrichtenagentur Interfax", "the news agency"). */
const AGENCY_NOUNS = new Set(['nachrichtenagentur', 'agentur', 'presseagentur', 'zeitung', 'tageszeitung', 'nachrichtenmagazin', 'magazin', 'sender', 'fernsehsender', 'agency', 'newspaper', 'broadcaster']);

/**
 * Stage: builds relay chains. A claim by an agency or outlet that reports
 * another party's claim is folded into that claim's `via` ("Frankreich wies
 * ... laut einem Reuters-Bericht zurück" and "wurde Esper von Frankreich
 * gewarnt ..., berichtete Reuters" are Paris's claims via ["Reuters"]). The
 * chain is ordered from the article inward.
 */
export function chainRelays(doc: WithSpeakers): WithRelays {
  const isRelayParty = (party: string): boolean => RELAY_KINDS.has(doc.knowledge.parties.get(party)?.kind ?? '');
  const claims = doc.claims.map((claim) => ({ ...claim, via: [...claim.via], ...(claim.relays ? { relays: claim.relays.map((r) => ({ ...r })) } : {}) }));
  const removed = new Set<string>();
  const relays: RelayLink[] = [];
  const moved = new Map<number, Pick<ExtractedClaim, 'speaker' | 'actor' | 'party' | 'via'>>();

  // Innermost relays first, so an outer relay ("..., wie AFP meldete") finds the already chained claim.
  const byLength = [...claims].sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const relay of byLength) {
    if (!isRelayParty(relay.party) || removed.has(relay.id)) continue;
    const inner = findInnerClaim(doc, claims, relay, removed, isRelayParty);
    if (inner) {
      inner.via = [...relay.via, relay.party, ...inner.via];
      inner.relays = [...relay.relays ?? [], { party: relay.party, cue: relay.cue, speaker: relay.speaker }, ...inner.relays ?? []];
      removed.add(relay.id);
      relays.push({ inner: inner.id, relay: relay.id, party: relay.party });
      continue;
    }
    const found = findEmbeddedSource(doc, relay, isRelayParty);
    if (found) {
      const source = found.referent;
      if (relay.speaker) moved.set(relay.speaker.start, { speaker: { text: source.text, start: source.start, end: source.end }, actor: source.actor, party: source.party, via: [...relay.via, relay.party] });
      if (found.inverted) trimToClause(doc.text, relay, source);
      relay.relays = [...relay.relays ?? [], { party: relay.party, cue: relay.cue, speaker: relay.speaker }];
      // The relayed source's own verb is the claim's cue ("Teheran wies den Vorwurf zurück, berichtete Reuters": Tehran
      // "wies … zurück", Reuters "berichtete"); an act inside the content makes the claim a reported act.
      const own = innerVerbCue(doc, relay, source);
      if (own) {
        relay.cue = own;
        if (relay.kind === 'indirect' && contains(relay, own)) relay.kind = 'reported';
      }
      relay.via = [...relay.via, relay.party];
      relay.speaker = { text: source.text, start: source.start, end: source.end };
      relay.actor = source.actor;
      relay.party = source.party;
      relay.confidence = Math.min(relay.confidence, source.confidence, 0.8);
      relays.push({ inner: relay.id, relay: relay.id, party: relay.via[relay.via.length - 1]! });
    }
  }

  // Continuations that shared the relay's speaker follow it to the embedded source.
  for (const claim of claims) {
    const target = claim.speaker ? moved.get(claim.speaker.start) : undefined;
    if (target && claim.party !== target.party) Object.assign(claim, { ...target, via: [...target.via] });
  }
  const kept = claims.filter((claim) => !removed.has(claim.id));
  const speakerStarts = new Set(kept.map((claim) => claim.speaker?.start));
  for (const claim of kept) {
    if (claim.via.length > 0 || isRelayParty(claim.party)) continue;
    const relay = findRelayMention(doc, claim, isRelayParty, speakerStarts);
    if (relay) claim.via = [relay.party];
  }
  for (const claim of kept) keepChainRelays(doc, claim);
  return { ...doc, claims: kept, relays };
}

/**
 * A claim's `relays` keep the links of its relay chain (parties in `via`) that
 * the extractor parsed as attributions (a relay claim folded in, or a relay
 * merged into the claim's attribution: "laut" + "einem Reuters-Bericht"), one
 * per party, from the article inward. Merged attributions of other sources
 * ("nach Angaben der Polizei" beside a verb cue) are dropped, and so is a
 * mention inside the claim's own speaker ("nach Informationen von Reuters").
 * A `via` party found only as a mention nearby (`findRelayMention`) has none.
 */
function keepChainRelays(doc: WithSpeakers, claim: ExtractedClaim): void {
  const seen = new Set<string>();
  const kept: ClaimRelay[] = [];
  for (const relay of claim.relays ?? []) {
    const party = relay.party === 'unknown' ? partyOf(doc, relay.speaker) : relay.party;
    if (relay.speaker && claim.speaker && overlaps(relay.speaker, claim.speaker)) continue;
    // The quoting party of the claim's own quoting verb ("Ein Fernsehsender zitierte Papandreou mit den Worten") stays.
    if (isQuotingRelay(claim, relay)) { kept.push({ ...relay, party }); continue; }
    if (!claim.via.includes(party) || seen.has(party)) continue;
    seen.add(party);
    kept.push({ ...relay, party });
  }
  kept.sort((a, b) => Number(isQuotingRelay(claim, b)) - Number(isQuotingRelay(claim, a)) || claim.via.indexOf(a.party) - claim.via.indexOf(b.party));
  if (kept.length > 0) claim.relays = kept; else delete claim.relays;
}

/** A relay sharing the claim's own cue: the quoting party of a quoting verb whose speaker is the quoted person. */
export function isQuotingRelay(claim: Pick<ExtractedClaim, 'cue'>, relay: ClaimRelay): boolean {
  return claim.cue !== null && relay.cue !== null && relay.cue.start === claim.cue.start && relay.cue.end === claim.cue.end;
}

/** Party of the first known referent inside a relay's source mention ("einem Reuters-Bericht" -> Reuters), else 'unknown'. */
function partyOf(doc: WithSpeakers, speaker: Span | null): string {
  if (!speaker) return 'unknown';
  return spansIn(doc.referents, speaker.start, speaker.end).find((r) => r.party !== 'unknown')?.party ?? 'unknown';
}

function findInnerClaim(
  doc: WithSpeakers, claims: ExtractedClaim[], relay: ExtractedClaim, removed: Set<string>, isRelayParty: (p: string) => boolean,
): ExtractedClaim | undefined {
  const [first, last] = cueSentences(doc.sentences, relay);
  const relayHull = claimHull(relay);
  const candidates = claims.filter((claim) => {
    if (claim === relay || removed.has(claim.id) || (isRelayParty(claim.party) && claim.party === relay.party)) return false;
    // An outer relay's content holds this relay's cue: it is not reported by this relay.
    if (contains(claim, relay.cue) || contains(claim, relay.speaker)) return false;
    if (claim.speaker && relay.speaker && claim.speaker.start === relay.speaker.start) return false;
    const [cFirst, cLast] = cueSentences(doc.sentences, claim);
    const sameSentence = cFirst <= last && cLast >= first;
    const hull = claimHull(claim);
    return sameSentence && (overlaps(relay, claim) || contains(relay, claim.cue) || contains(relay, claim.speaker) || overlaps(relayHull, hull));
  });
  // Prefer a claim inside the relayed content, then the smallest.
  return candidates.sort((a, b) => Number(contains(relay, b)) - Number(contains(relay, a)) || a.end - a.start - (b.end - b.start))[0];
}

/** Inside relayed content: a source as the clause subject before a verb, or a passive agent ("von Frankreich gewarnt"). */
function findEmbeddedSource(doc: WithSpeakers, relay: ExtractedClaim, isRelayParty: (p: string) => boolean): { referent: Referent; inverted: boolean } | undefined {
  const words = wordsIn(doc.tokens, relay.start, relay.end);
  const sentenceIndex = claimSentences(doc.sentences, relay)[0];
  const sentence = doc.sentences[sentenceIndex];
  const sentenceWords = sentence ? wordsIn(doc.tokens, sentence.start, sentence.end) : words;
  const passive = sentenceWords.some((w) => doc.pack.passiveAuxiliaries.has(w.lower));
  const isVerbLike = (token: Token | undefined): boolean =>
    !!token && (doc.pack.cueWords.has(token.lower) || doc.stance.stanceCues.some((cue) => cue.pos === 'verb' && matchesPattern(token.lower, cue.words[0] ?? '')));
  for (const referent of spansIn(doc.referents, relay.start, relay.end)) {
    if (isRelayParty(referent.party) || referent.kind === 'party' && referent.partyKind !== 'government' && referent.partyKind !== 'group') continue;
    const index = words.findIndex((w) => w.start >= referent.start);
    const previous = words[index - 1];
    if (passive && previous && doc.pack.agentPrepositions.has(previous.lower)) return { referent, inverted: false };
    const lastIndex = words.findIndex((w) => w.end >= referent.end);
    if (index <= 2 && [1, 2, 3].some((k) => isVerbLike(words[lastIndex + k]))) return { referent, inverted: false };
    // Inversion at the start of the relayed content: "erklärte der französische Präsident Emmanuel Macron, ...".
    if (index <= 4 && isVerbLike(words[0]) && referent.kind !== 'party') return { referent, inverted: true };
  }
  return undefined;
}

/** The verb cue of an embedded source: the first verb cue of the claim's sentences starting within three words of the source mention. */
function innerVerbCue(doc: WithSpeakers, claim: ExtractedClaim, source: Referent): ExtractedClaim['cue'] {
  const words = wordsIn(doc.tokens, Math.min(claim.start, source.start), Math.max(claim.end, source.end));
  const from = words.findIndex((w) => w.start >= source.start);
  const to = words.findIndex((w) => w.start >= source.end);
  if (from < 0) return null;
  const near = new Set(words.slice(Math.max(0, from - 3), to < 0 ? words.length : to + 3).map((w) => w.start));
  const cue = doc.cues.find((c) => c.type === 'verb' && near.has(c.cue.start) && c.cue.start >= claim.start - 1 && !(claim.cue && overlaps(c.cue, claim.cue)));
  return cue ? cue.cue : null;
}

/** When the relayed content opens with the inner cue and source ("erklärte X, ..."), the content is what follows the comma. */
function trimToClause(text: string, claim: ExtractedClaim, source: Referent): void {
  if (source.start - claim.start > 80) return;
  const comma = text.indexOf(',', source.end);
  if (comma < 0 || comma >= claim.end - 2 || /[.!?]/.test(text.slice(source.end, comma))) return;
  let start = comma + 1;
  while (start < claim.end && /\s/.test(text[start] ?? '')) start++;
  claim.start = start;
  claim.text = text.slice(start, claim.end);
}

/** A relay mention in the claim's sentence (exported for claims added later): "laut einem Reuters-Bericht", "Reuters zufolge", "berichtete Reuters". */
export function findRelayMention(
  doc: WithSpeakers, claim: ExtractedClaim, isRelayParty: (p: string) => boolean, speakerStarts: Set<number | undefined>,
): Referent | undefined {
  const [first, last] = claimSentences(doc.sentences, claim);
  const start = doc.sentences[first]?.start ?? claim.start;
  const end = doc.sentences[last]?.end ?? claim.end;
  const words = wordsIn(doc.tokens, start, end);
  for (const referent of spansIn(doc.referents, start, end)) {
    if (!isRelayParty(referent.party)) continue;
    if (speakerStarts.has(referent.start)) continue;
    const inside = contains(claim, referent);
    const index = words.findIndex((w) => w.start >= referent.start);
    const lastIndex = words.findIndex((w) => w.end >= referent.end);
    // (One word further back over the agency's own noun: "nach Angaben der Nachrichtenagentur Interfax".)
    const agencyNoun = AGENCY_NOUNS.has(words[index - 1]?.lower ?? '');
    const near = [words[index - 1], words[index - 2], words[index - 3], ...agencyNoun ? [words[index - 4]] : []];
    const after = [words[lastIndex + 1], words[lastIndex + 2]];
    if (near.some((w) => w && doc.stance.relayBefore.has(w.lower))) return referent;
    if (after[0] && doc.stance.relayAfter.has(after[0].lower)) return referent;
    if (inside) continue;
    if ([words[index - 1], words[index - 2], ...after].some((w) => w && doc.stance.relayVerbs.some((p) => matchesPattern(w.lower, p)))) return referent;
  }
  return undefined;
}
