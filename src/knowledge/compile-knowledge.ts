import { normalizeAlias, stemAlias } from './normalize-alias.js';
import type { ActorSeed, Knowledge, KnowledgeMatch, KnowledgeMention, PartyKind, PartySeed } from './types.js';

interface Entry {
  actor: string | null;
  party: string;
  kind: KnowledgeMatch['kind'];
  partyKind: PartyKind;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** Acronyms ("US", "UK", "AP") match case-sensitively so "us" and "ap" stay ordinary words. */
const ACRONYM = /^[\p{Lu}\p{N}.-]{1,5}$/u;
const MAX_ALIAS_WORDS = 6;

const CONFIDENCE: Record<KnowledgeMatch['via'], number> = { alias: 0.95, inflected: 0.85, prefix: 0.6 };

/**
 * Build the lookup tables of a gazetteer: normalized alias -> actor/party,
 * an inflection-tolerant key ("des Iran", "Irans", "Frankreichs"), case-sensitive
 * acronyms, and word prefixes from aliases ending in `*` ("US-*", "iranisch*").
 * Actor aliases win over party aliases; the first seed wins a collision.
 */
export function compileKnowledge(parties: PartySeed[], actors: ActorSeed[]): Knowledge {
  const partyMap = new Map(parties.map((party) => [party.key, party]));
  const actorMap = new Map(actors.map((actor) => [actor.key, actor]));
  const exact = new Map<string, Entry>();
  const inflected = new Map<string, Entry>();
  const acronyms = new Map<string, Entry>();
  const prefixes: Array<{ prefix: string; entry: Entry }> = [];

  const add = (alias: string, entry: Entry): void => {
    const trimmed = alias.trim();
    if (!trimmed) return;
    if (trimmed.endsWith('*')) {
      const prefix = normalizeAlias(trimmed.slice(0, -1));
      if (prefix) prefixes.push({ prefix, entry });
      return;
    }
    if (ACRONYM.test(trimmed) && !/^\p{Lu}\p{Ll}/u.test(trimmed)) {
      if (!acronyms.has(trimmed)) acronyms.set(trimmed.replace(/\.$/, ''), entry);
      return;
    }
    const key = normalizeAlias(trimmed);
    if (!key) return;
    if (!exact.has(key)) exact.set(key, entry);
    const stem = stemAlias(key);
    if (!inflected.has(stem)) inflected.set(stem, entry);
  };

  for (const actor of actors) {
    const party = partyMap.get(actor.party);
    const entry: Entry = { actor: actor.key, party: actor.party, kind: actor.kind, partyKind: party?.kind ?? 'group' };
    add(actor.key, entry);
    add(actor.name, entry);
    for (const alias of actor.aliases) add(alias, entry);
  }
  for (const party of parties) {
    if (party.kind === 'author') continue;
    const entry: Entry = { actor: null, party: party.key, kind: 'party', partyKind: party.kind };
    for (const alias of party.aliases) add(alias, entry);
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);

  const matchPhrase = (phrase: string): KnowledgeMatch | null => {
    const acronym = acronyms.get(phrase.trim().replace(/\.$/, ''));
    if (acronym) return { ...acronym, via: 'alias', confidence: CONFIDENCE.alias };
    const key = normalizeAlias(phrase);
    if (!key) return null;
    const hit = exact.get(key);
    if (hit) return { ...hit, via: 'alias', confidence: CONFIDENCE.alias };
    const stemHit = inflected.get(stemAlias(key));
    if (stemHit) return { ...stemHit, via: 'inflected', confidence: CONFIDENCE.inflected };
    return null;
  };

  const matchPrefix = (word: string): KnowledgeMatch | null => {
    const key = normalizeAlias(word);
    for (const { prefix, entry } of prefixes) {
      if (key.startsWith(prefix) && key.length > prefix.length) return { ...entry, via: 'prefix', confidence: CONFIDENCE.prefix };
    }
    return null;
  };

  const findMentions = (text: string): KnowledgeMention[] => {
    const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    const mentions: KnowledgeMention[] = [];
    for (let i = 0; i < words.length; i++) {
      let found: KnowledgeMention | null = null;
      for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1 && !found; n--) {
        const first = words[i];
        const last = words[i + n - 1];
        if (!first || !last) continue;
        const slice = text.slice(first.start, last.end);
        if (n > 1 && /[^\p{L}\p{N}\s'’.-]/u.test(slice)) continue;
        const match = matchPhrase(slice);
        if (match) {
          found = { ...match, text: slice, start: first.start, end: last.end };
          i += n - 1;
        }
      }
      const word = words[i];
      if (!found && word) {
        const match = matchPrefix(word.text);
        if (match) found = { ...match, text: word.text, start: word.start, end: word.end };
      }
      if (found) mentions.push(found);
    }
    return mentions;
  };

  const lookup = (mention: string): KnowledgeMatch | null => {
    const whole = matchPhrase(mention);
    if (whole) return whole;
    const found = findMentions(mention);
    if (found.length === 0) return null;
    // Prefer a person, then an institution, then the longest alias; a prefix hit is the weakest.
    const rank = (m: KnowledgeMention): number =>
      (m.via === 'prefix' ? 0 : 100) + (m.kind === 'person' ? 30 : m.kind === 'institution' ? 20 : 10) + (m.end - m.start) / 100;
    const best = found.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const { text: _text, start: _start, end: _end, ...match } = best;
    return { ...match, confidence: match.confidence * 0.95 };
  };

  return { parties: partyMap, actors: actorMap, lookup, findMentions };
}
