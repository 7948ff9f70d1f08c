/** Kinds of party: a government (named by its capital), a news agency, an outlet, a group, the article's own voice. */
export type PartyKind = 'government' | 'agency' | 'outlet' | 'group' | 'author';

/**
 * A party as stored in the database. `aliases` are German and English names;
 * an alias ending in `*` is a word prefix ("iranisch*" matches "iranische",
 * "US-*" matches "US-Regierung").
 */
export interface PartySeed {
  key: string;
  name: string;
  kind: PartyKind;
  aliases: string[];
}

/** An actor (person or institution) who belongs to a party. Aliases include titles and epithets. */
export interface ActorSeed {
  key: string;
  name: string;
  party: string;
  kind: 'person' | 'institution';
  aliases: string[];
}

/** What a mention resolves to. */
export interface KnowledgeMatch {
  actor: string | null;
  party: string;
  /** 'person' and 'institution' come from actors; 'party' from a party alias. */
  kind: 'person' | 'institution' | 'party';
  partyKind: PartyKind;
  /** How the match was made: whole alias, inflected alias, or word prefix ("US-", "iranisch*"). */
  via: 'alias' | 'inflected' | 'prefix';
  confidence: number;
  /** Matched by a title or epithet of a person ("US-Präsident"), not by a name: the office may have changed hands. */
  byTitle?: boolean;
}

/** A knowledge hit inside a text, with UTF-16 offsets into that text. */
export interface KnowledgeMention extends KnowledgeMatch {
  text: string;
  start: number;
  end: number;
}

/** The compiled gazetteer used by the extractor. Pure data plus lookup functions. */
export interface Knowledge {
  parties: ReadonlyMap<string, PartySeed>;
  actors: ReadonlyMap<string, ActorSeed>;
  /** Resolve a whole mention ("der amtierende US-Verteidigungsminister Mark Esper"). */
  lookup(mention: string): KnowledgeMatch | null;
  /** Every alias occurrence in a text, longest match first, non-overlapping, in text order. */
  findMentions(text: string): KnowledgeMention[];
}

/** The party key for the article's own voice. */
export const AUTHOR_PARTY = 'author';
/** The party key for a speaker that could not be resolved. */
export const UNKNOWN_PARTY = 'unknown';
