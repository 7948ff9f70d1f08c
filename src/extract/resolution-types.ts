/**
 * Stage types of the knowledge stages (speaker resolution, relay chains,
 * author claims, disputes), continuing the chain of `types.ts`:
 * WithAttributions -> WithClaims -> WithSpeakers -> WithRelays ->
 * WithAuthorClaims -> WithDisputes.
 */
import type { Knowledge, KnowledgeMatch, PartyKind } from '../knowledge/index.js';
import type { StancePack } from './lang/stance-pack.js';
import type { StanceHit } from './stages/find-stance-cues.js';
import type { ExtractedClaim, ExtractedRelation, Span, WithAttributions } from './types.js';

/** Claims built from attributions (party still 'unknown'). */
export interface WithClaims extends WithAttributions { claims: ExtractedClaim[] }

/** An entity mentioned in the article (knowledge hit or a name introduced in the article). */
export interface Referent extends Span {
  actor: string | null;
  party: string;
  kind: KnowledgeMatch['kind'];
  partyKind: PartyKind;
  confidence: number;
  /** Matched only by a word prefix ("US-Drohne", "iranische"): a speaker only with an agent head ("US-Vertreter", "iranische Regierung"). */
  prefix?: boolean;
  /** Matched by a title or epithet only ("der US-Präsident"). */
  byTitle?: boolean;
  /** Named inside a quotation (someone's words, "a gift to Vladimir Putin"): no antecedent of a later pronoun. */
  quoted?: boolean;
  /** Head of the title that introduced this person in the article ("us-präsident" of "US-Präsident Joe Biden"). */
  title?: string;
}

/** Speakers resolved to actor and party; the article's referents in text order. */
export interface WithSpeakers extends WithClaims {
  knowledge: Knowledge;
  stance: StancePack;
  referents: Referent[];
}

/** A relay merged away: `relay` (an agency/outlet claim) reported `inner`. Ids as before renumbering. */
export interface RelayLink { inner: string; relay: string; party: string }

/** Claims carry their relay chains (`via`). */
export interface WithRelays extends WithSpeakers { relays: RelayLink[] }

/** Every assertive sentence is covered by a claim (author voice, colon or stance claims added); ids renumbered in text order. */
export interface WithAuthorClaims extends WithRelays {
  addedClaims: string[];
  /** Denial/doubt/support cues of every sentence, in text order (found once, used again by the dispute stage). */
  stanceHits: StanceHit[];
}

/** Disputes and support linked; claims' `disputes`/`supports` filled. */
export interface WithDisputes extends WithAuthorClaims { relations: ExtractedRelation[] }
