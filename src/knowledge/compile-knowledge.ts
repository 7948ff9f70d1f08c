import { normalizeAlias, stemAlias, stemWord } from './normalize-alias.js';
import type { ActorSeed, Knowledge, KnowledgeMatch, KnowledgeMention, PartyKind, PartySeed } from './types.js';

interface Entry {
  actor: string | null;
  party: string;
  kind: KnowledgeMatch['kind'];
  partyKind: PartyKind;
  byTitle?: boolean;
  /** The normalized alias an inflected key came from. */
  key?: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** Acronyms ("US", "UK", "AP") match case-sensitively so "us" and "ap" stay ordinary words. */
const ACRONYM = /^[\p{Lu}\p{N}.-]{1,5}$/u;
const MAX_ALIAS_WORDS = 6;

/** True when text[from, to) is non-empty whitespace. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 160) return false;
  }
  return true;
}

/**
 * True when each word of `text` is its alias word plus at most an inflection,
 * but not a derived "-er" form: "Berliner", "Pariser" are local adjectives,
 * not the government ("Irans", "Frankreichs", "amtierenden" pass).
 */
function isInflectionOf(text: string, alias: string): boolean {
  const words = text.split(' ');
  const aliasWords = alias.split(' ');
  return words.every((word, k) => {
    const base = aliasWords[k] ?? '';
    if (!word.startsWith(base) || base.endsWith('e')) return true;
    return !/^(er|ern|ers|erin|erinnen)$/.test(word.slice(base.length));
  });
}

/** An entry without its bookkeeping key. */
function strip(entry: Entry): Entry {
  const { key: _key, ...rest } = entry;
  return rest;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const wordCache = new Map<string, { norm: string; stem: string }>();

/** Normalized and stemmed form of one word, cached (words repeat across articles). */
function normalizeWord(word: string): { norm: string; stem: string } {
  let entry = wordCache.get(word);
  if (!entry) {
    // Plain words (letters, digits, inner hyphens) only need lower-casing; the rest gets the full normalization.
    const norm = PLAIN_WORD.test(word) ? word.toLowerCase() : normalizeAlias(word);
    entry = { norm, stem: norm.includes(' ') ? stemAlias(norm) : stemWord(norm) };
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(word, entry);
  }
  return entry;
}

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
    if (!inflected.has(stem)) inflected.set(stem, { ...entry, key });
  };

  for (const actor of actors) {
    const party = partyMap.get(actor.party);
    const entry: Entry = { actor: actor.key, party: actor.party, kind: actor.kind, partyKind: party?.kind ?? 'group' };
    const nameWords = new Set(normalizeAlias(`${actor.key} ${actor.name}`).split(' ').filter((w) => w.length > 2));
    add(actor.key, entry);
    add(actor.name, entry);
    for (const alias of actor.aliases) {
      // A person's alias without any part of the name is a title or epithet ("US-Präsident"): offices change hands.
      const isTitle = actor.kind === 'person' && !normalizeAlias(alias).split(' ').some((w) => nameWords.has(w));
      add(alias, isTitle ? { ...entry, byTitle: true } : entry);
    }
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
    if (stemHit && isInflectionOf(key, stemHit.key ?? '')) return { ...strip(stemHit), via: 'inflected', confidence: CONFIDENCE.inflected };
    return null;
  };

  // Prefixes indexed by their first two characters.
  const prefixIndex = new Map<string, Array<{ prefix: string; entry: Entry }>>();
  for (const item of prefixes) {
    const head = item.prefix.slice(0, 2);
    prefixIndex.set(head, [...(prefixIndex.get(head) ?? []), item]);
  }
  const matchPrefix = (key: string): KnowledgeMatch | null => {
    for (const { prefix, entry } of prefixIndex.get(key.slice(0, 2)) ?? []) {
      if (key.startsWith(prefix)) return { ...entry, via: 'prefix', confidence: CONFIDENCE.prefix };
    }
    return null;
  };

  // First words of all aliases (exact and stemmed): n-grams are only tried from these.
  const firstWords = new Set<string>();
  // Every proper word-prefix of an alias key ("regierung in" of "regierung in washington"): n-grams stop when they leave these.
  const keyPrefixes = new Set<string>();
  let maxWords = 1;
  for (const key of [...exact.keys(), ...inflected.keys()]) {
    const words = key.split(' ');
    firstWords.add(words[0] ?? '');
    for (let n = 1; n < words.length; n++) keyPrefixes.add(words.slice(0, n).join(' '));
    maxWords = Math.max(maxWords, words.length);
  }
  maxWords = Math.min(maxWords, MAX_ALIAS_WORDS);

  // Per word form, what this gazetteer knows about it: one cache lookup per word instead of several.
  interface WordInfo { norm: string; stem: string; first: boolean; acronym: Entry | undefined; prefix?: KnowledgeMatch | null }
  const wordInfos = new Map<string, WordInfo>();
  const wordInfo = (word: string): WordInfo => {
    let info = wordInfos.get(word);
    if (!info) {
      const { norm, stem } = normalizeWord(word);
      info = { norm, stem, first: firstWords.has(norm) || firstWords.has(stem), acronym: acronyms.get(word) };
      if (wordInfos.size > 200_000) wordInfos.clear();
      wordInfos.set(word, info);
    }
    return info;
  };

  const findMentions = (text: string): KnowledgeMention[] => {
    const words: Array<{ text: string; start: number; end: number; norm: string; stem: string; info: WordInfo }> = [];
    // One exec loop over the shared global regex (findMentions does not re-enter itself while scanning).
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const info = wordInfo(m[0]);
      words.push({ text: m[0], start: m.index, end: m.index + m[0].length, norm: info.norm, stem: info.stem, info });
    }
    const mentions: KnowledgeMention[] = [];
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!;
      let found: KnowledgeMention | null = null;
      const acronym = first.info.acronym;
      if (first.info.first) {
        let exactKey = '';
        let stemKey = '';
        const candidates: Array<{ n: number; match: KnowledgeMatch }> = [];
        for (let n = 1; n <= maxWords && i + n - 1 < words.length; n++) {
          const word = words[i + n - 1]!;
          if (n > 1) {
            if (!keyPrefixes.has(exactKey) && !keyPrefixes.has(stemKey)) break;
            if (!isSpaceGap(text, words[i + n - 2]!.end, word.start)) break;
          }
          exactKey = n === 1 ? word.norm : `${exactKey} ${word.norm}`;
          stemKey = n === 1 ? word.stem : `${stemKey} ${word.stem}`;
          const hit = exact.get(exactKey);
          const stemCandidate = hit ? undefined : inflected.get(stemKey);
          const stemHit = stemCandidate && isInflectionOf(exactKey, stemCandidate.key ?? '') ? strip(stemCandidate) : undefined;
          if (hit) candidates.push({ n, match: { ...hit, via: 'alias', confidence: CONFIDENCE.alias } });
          else if (stemHit) candidates.push({ n, match: { ...stemHit, via: 'inflected', confidence: CONFIDENCE.inflected } });
        }
        const longest = candidates[candidates.length - 1];
        if (longest) {
          const last = words[i + longest.n - 1]!;
          found = { ...longest.match, text: text.slice(first.start, last.end), start: first.start, end: last.end };
          i += longest.n - 1;
        }
      }
      if (!found && acronym) found = { ...acronym, via: 'alias', confidence: CONFIDENCE.alias, text: first.text, start: first.start, end: first.end };
      if (!found) {
        // The prefix match depends on the word alone: computed once per word form (spread below, never mutated).
        if (first.info.prefix === undefined) first.info.prefix = matchPrefix(first.norm);
        const match = first.info.prefix;
        if (match) found = { ...match, text: first.text, start: first.start, end: first.end };
      }
      if (found) mentions.push(found);
    }
    return mentions;
  };

  const lookupCache = new Map<string, KnowledgeMatch | null>();
  const lookup = (mention: string): KnowledgeMatch | null => {
    const cached = lookupCache.get(mention);
    if (cached !== undefined) return cached === null ? null : { ...cached };
    const result = lookupUncached(mention);
    if (lookupCache.size > 50_000) lookupCache.clear();
    lookupCache.set(mention, result);
    return result === null ? null : { ...result };
  };
  const lookupUncached = (mention: string): KnowledgeMatch | null => {
    const whole = matchPhrase(mention);
    if (whole) return whole;
    const found = findMentions(mention);
    if (found.length === 0) return null;
    // Prefer a person, then an institution, then the longest alias; a prefix hit is the weakest.
    const rank = (m: KnowledgeMention): number =>
      (m.via === 'prefix' ? 0 : 100) + (m.kind === 'person' ? (m.byTitle ? 25 : 30) : m.kind === 'institution' ? 20 : 10) + (m.end - m.start) / 100;
    const best = found.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const { text: _text, start: _start, end: _end, ...match } = best;
    return { ...match, confidence: match.confidence * 0.95 };
  };

  return { parties: partyMap, actors: actorMap, lookup, findMentions };
}
