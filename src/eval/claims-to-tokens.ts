import type { Cue, ExtractedClaim, Span } from '../extract/types.js';
import type { CorpusToken } from './load-wikinews-corpus.js';
import type { QuotationTokens } from './score-quotations.js';
import { firstIndexWhere } from '../extract/first-index-where.js';

const TYPE_OF_KIND: Record<ExtractedClaim['kind'], string> = {
  direct: 'Direct', mixed: 'Indirect', indirect: 'Indirect', reported: 'Reported', author: 'Author',
};

/**
 * Maps system spans to dataset tokens: a token belongs to a span when their
 * character ranges overlap by at least one character. The cue uses its
 * `parts` when it has them. The content (quote role) excludes tokens of the
 * claim's own speaker and cue: "Laut Polizei wurde er gefasst" has content
 * "wurde er gefasst", as in the gold annotation, although the public claim
 * carries one continuous span; so are the cue and source mention of a relay
 * the claim carries ("Laut einem AFP-Bericht wurde er gefasst").
 * A 'reported' claim whose content is the act itself (it holds the cue: "Teheran wies die Anschuldigungen zurück") is
 * mapped the way the dataset annotates type Reported: the whole act
 * including the agent and the verb is the quotation, and there is no cue.
 * A speech act with a separate content clause ("forderte die USA auf, das
 * Abkommen aufrechtzuerhalten") is mapped like an indirect claim.
 * A continuation (`continues`: "Er sagte, es sei ernst. Man werde handeln.") carries the cue of the attribution it
 * continues, in an earlier sentence; the dataset annotates a continued sentence (IndirectFreeIndirect, FreeIndirect)
 * with no cue, so a continuation that is no direct claim maps with none. Its quoted fragments and a quote continuing
 * a quote keep the lent cue (claimToQuotations), as the dataset gives a Direct quotation inside a continuation the
 * source's cue (27 of 41 on train).
 */
export function claimToTokens(claim: ExtractedClaim, tokens: readonly CorpusToken[]): QuotationTokens {
  const speaker = claim.speaker ? tokensIn([claim.speaker], tokens) : [];
  const actInside = !claim.cue || (claim.cue.start >= claim.start && claim.cue.end <= claim.end);
  if (claim.kind === 'reported' && actInside) {
    // A reported speech act is annotated as a whole (agent, verb, object) with no cue.
    return { quote: tokensIn([claim], tokens), speaker, cue: [], type: TYPE_OF_KIND[claim.kind] };
  }
  // A continued sentence ("… Man werde handeln.") is annotated with no cue (IndirectFreeIndirect, FreeIndirect),
  // although the claim carries the cue of the attribution it continues.
  const cue = claim.continues !== undefined && claim.kind !== 'direct' ? [] : cueTokens(claim, tokens);
  const relayed = (claim.relays ?? []).flatMap((relay) => [
    ...relay.speaker ? tokensIn([relay.speaker], tokens) : [], ...relay.cue ? spanCueTokens(relay.cue, tokens) : [],
  ]);
  const exclude = new Set([...speaker, ...cue, ...relayed]);
  const inClaim = [...tokensIn([claim], tokens), ...anaphorBeforeCue(claim, tokens)];
  const quote = withoutEnclosingMarks(inClaim.filter((id) => !exclude.has(id)), inClaim, exclude, tokens);
  return { quote, speaker, cue, type: TYPE_OF_KIND[claim.kind] };
}

const TEXT_BY_ID = new WeakMap<readonly CorpusToken[], Map<number, string>>();

/** Token text by id, built once per token list. */
function textById(tokens: readonly CorpusToken[]): Map<number, string> {
  let map = TEXT_BY_ID.get(tokens);
  if (!map) {
    map = new Map(tokens.map((token) => [token.id, token.text]));
    TEXT_BY_ID.set(tokens, map);
  }
  return map;
}

/** Marks that set off an inserted attribution: ", so der Minister,", "– so Canny –", "( laut Polizei )". */
const ENCLOSING_MARKS = new Set([',', '–', '—', '-', '(', ')']);

/**
 * "Der Präsident sei, so der Minister, schuld daran": the commas or dashes that set off the claim's own cue and
 * speaker inside its content enclose them and are no part of the quotation, as the dataset has it. `ids` are the
 * claim's tokens in text order, `kept` those left after taking out `excluded`.
 */
function withoutEnclosingMarks(kept: number[], ids: number[], excluded: ReadonlySet<number>, tokens: readonly CorpusToken[]): number[] {
  if (excluded.size === 0) return kept;
  const textOf = textById(tokens);
  const drop = new Set<number>();
  for (let k = 1; k + 1 < ids.length; k++) {
    if (!excluded.has(ids[k]!)) continue;
    let end = k;
    while (end + 1 < ids.length && excluded.has(ids[end + 1]!)) end++;
    const before = ids[k - 1]!;
    const after = ids[end + 1];
    // Inside the content only, set off on both sides.
    if (after !== undefined && end + 2 < ids.length && ENCLOSING_MARKS.has(textOf.get(before)!) && ENCLOSING_MARKS.has(textOf.get(after)!) && k >= 2) {
      drop.add(before);
      drop.add(after);
    }
    k = end;
  }
  return drop.size === 0 ? kept : kept.filter((id) => !drop.has(id));
}

/** Demonstratives that open a sentence standing for the sentence before it ("Dies teilte die Polizei mit"). */
const ANAPHORS = new Set(['dies', 'das', 'dieses']);

/**
 * "Der Täter ist gefasst. Dies teilte die Polizei mit.": the claim's content is
 * the sentence before the demonstrative subject of its cue; the dataset's
 * quotation also takes the demonstrative that stands for it (and the full stop
 * between them), as it always does on train. The dataset tokens from the
 * claim's end up to its cue, when they are a full stop and such a demonstrative
 * right before the cue.
 */
function anaphorBeforeCue(claim: ExtractedClaim, tokens: readonly CorpusToken[]): number[] {
  if (!claim.cue || (claim.kind !== 'indirect' && claim.kind !== 'mixed')) return [];
  const cueStart = Math.min(claim.cue.start, ...(claim.cue.parts ?? []).map((part) => part.start));
  if (cueStart < claim.end) return [];
  const lo = firstIndexWhere(tokens, (token) => token.charBegin >= claim.end);
  const between: CorpusToken[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.charBegin < cueStart && between.length < 3; k++) between.push(tokens[k]!);
  const anaphor = between[between.length - 1];
  if (!anaphor || !ANAPHORS.has(anaphor.text.toLowerCase()) || !/^\p{Lu}/u.test(anaphor.text)) return [];
  if (between.length === 2 && !/^[.!?]$/.test(between[0]!.text)) return [];
  if (between.length > 2) return [];
  return between.map((token) => token.id);
}

/**
 * Dataset tokens of a claim's cue (its parts when it has them). Punctuation is
 * left out: the dataset never annotates a mark as a cue, so a colon
 * attribution ("Lawrow: …") has no cue there.
 */
function cueTokens(claim: ExtractedClaim, tokens: readonly CorpusToken[]): number[] {
  return claim.cue ? spanCueTokens(claim.cue, tokens) : [];
}

function spanCueTokens(cue: Cue, tokens: readonly CorpusToken[]): number[] {
  const ids = tokensIn(cue.parts && cue.parts.length > 0 ? cue.parts : [cue], tokens);
  return ids.filter((id) => /[\p{L}\p{N}]/u.test(tokens.find((token) => token.id === id)?.text ?? ''));
}

/** Quoted stretches of two or more words: „…“, "…", »…«, «…», ‚…‘, “…”. */
const FRAGMENT = /[„"»«‚“]([^„"»«“”‚‘\n]{1,400}?)[“"«»‘”]/gu;

/**
 * The dataset quotations one claim stands for: the claim itself and, for a
 * mixed, indirect or reported claim, every quoted fragment of two or more
 * words inside its content (in a reported act also a single quoted word, the
 * label the speaker used: "nannte den Bericht eine „Zeitungsente“"; elsewhere a single
 * quoted word in lower case, an adjective, verb or participle of the speaker's: "das System sei „kaputt“",
 * "bestehe aus „repressiven“ Maßnahmen"; on train 15 of 26 such words inside a gold quotation are
 * annotated Direct, 8 of 49 capitalized ones). The dataset annotates such a fragment
 * ("Afghanistan sei ein „Opfer des Terrorismus“") as a Direct quotation of
 * the same speaker and cue besides the indirect one; the claim carries the
 * fragment in its text, attributed to the same speaker. Each link of the
 * claim's relay chain with a cue adds one more quotation (`relayQuotations`).
 */
export function claimToQuotations(claim: ExtractedClaim, tokens: readonly CorpusToken[]): QuotationTokens[] {
  const claimed = claimToTokens(claim, tokens);
  const main = activeQuotingVerb(claim, tokens) ? { ...claimed, cue: [] } : claimed;
  const relayed = relayQuotations(claim, tokens, claimed);
  if (claim.kind === 'direct' || claim.kind === 'author') return [main, ...relayed];
  const result = [main, ...relayed];
  const speaker = claim.speaker ? tokensIn([claim.speaker], tokens) : [];
  const cue = cueTokens(claim, tokens);
  let previousName = -1;
  for (const m of claim.text.matchAll(FRAGMENT)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    if (words.length < (claim.kind === 'reported' || /^\p{Ll}/u.test(words[0] ?? '') ? 1 : 2)) continue;
    const at = m.index ?? 0;
    const start = claim.start + at;
    // A quoted name inside the speaker mention ("die „Neue Rechte“ fordert …") is no quotation of the speaker.
    if (claim.speaker && start < claim.speaker.end && start + m[0].length > claim.speaker.start) continue;
    // Nor is a quoted name or title elsewhere in the claim ("des Fährschiffes „Rabaul Queen“", "der „Social
    // Action Party“"), nor its gloss in parentheses right after it ("„Cast Lead“ („gegossenes Blei“)").
    if (isQuotedName(words, claim.text.slice(Math.max(0, at - 40), at))
      || (previousName >= 0 && /^\s*\(\s*$/u.test(claim.text.slice(previousName, at)))) {
      previousName = at + m[0].length;
      continue;
    }
    previousName = -1;
    result.push({ quote: tokensIn([{ start, end: start + m[0].length }], tokens), speaker, cue, type: 'Direct' });
  }
  return result;
}

/**
 * Whether a quoted stretch is a name or title rather than the speaker's words:
 * two or more words all capitalized (in German only nouns and names are, so
 * "„Social Action Party“", "„Dornier Do 228“", not "„ein gutes Ereignis“",
 * "„volle Verantwortung“"), or a capitalized stretch right after a noun that
 * names its class (up to four words: "die Modelle „Touareg“", "der Operation „Cast Lead“",
 * "dem Bakterium „Klebsiella pneumoniae“"; the noun is not the first word of
 * its sentence). `before` is the claim text before the opening mark.
 */
function isQuotedName(words: readonly string[], before: string): boolean {
  const capitalized = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
  if (!capitalized(words[0] ?? '')) return false;
  if (words.length >= 2 && words.every(capitalized)) return true;
  return words.length <= 4 && /[\p{L}\p{N},)]\s+\p{Lu}[\p{L}\p{N}-]*\s*$/u.test(before);
}

/**
 * One dataset quotation per link of the claim's relay chain that has a cue
 * ("Laut einem Reuters-Bericht hat die Regierung angekündigt, die Steuern zu
 * senken"): the dataset annotates the outlet or agency as a second
 * quotation with its own cue and speaker, whose content is the relayed
 * attribution as a whole (the claim's content with its speaker and cue, "hat
 * die Regierung angekündigt, die Steuern zu senken") minus the relay's own cue and
 * speaker tokens. Its type is Indirect, as the dataset mostly has it, also for
 * a relayed direct quotation. The quoting party of a quoting verb ("Ein
 * Fernsehsender zitierte Papandreou mit den Worten: „…“", "„…“ wird der
 * Franzose im Fachblatt „La Gazetta dello Sport“ zitiert") is a relay that
 * shares the claim's own cue: the dataset annotates it as a second Direct
 * quotation of the same quote with the quoting party as speaker (on train most
 * quotes whose quoting verb names both parties have both quotations).
 */
function relayQuotations(claim: ExtractedClaim, tokens: readonly CorpusToken[], main: QuotationTokens): QuotationTokens[] {
  if (!claim.relays || claim.relays.length === 0) return [];
  const parts = [claim, claim.cue, claim.speaker].filter((span): span is Span => span !== null);
  const hull = { start: Math.min(...parts.map((span) => span.start)), end: Math.max(...parts.map((span) => span.end)) };
  const result: QuotationTokens[] = [];
  for (const relay of claim.relays) {
    if (!relay.cue) continue;
    const speaker = relay.speaker ? tokensIn([relay.speaker], tokens) : [];
    const cue = spanCueTokens(relay.cue, tokens);
    // The quoting party of a quoting verb ("Ein Fernsehsender zitierte Papandreou mit den Worten: „…“", "Ratzmann wird
    // von der „Netzeitung“ mit den Worten zitiert: „…“") shares the claim's cue: one more Direct quotation of the same
    // quote with the quoting party as speaker, as the dataset annotates it.
    if (claim.kind === 'direct' && claim.cue && relay.cue.start === claim.cue.start && relay.cue.end === claim.cue.end) {
      result.push({ quote: main.quote, speaker, cue, type: 'Direct' });
      continue;
    }
    const exclude = new Set([...speaker, ...cue]);
    result.push({ quote: tokensIn([hull], tokens).filter((id) => !exclude.has(id)), speaker, cue, type: 'Indirect' });
  }
  return result;
}

const PASSIVE_AUXILIARIES = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'würde', 'würden', 'is', 'was', 'were', 'been']);

/**
 * A direct claim quoted by an active quoting verb whose quoting party is a relay sharing the claim's cue ("Ein
 * Fernsehsender zitierte Papandreou mit den Worten: „…“", "„…“, zitiert die „Computerwoche“ Lynch"): the dataset puts
 * the cue on the quoting party's quotation only and leaves the quoted person's without one (train: 5 of 5). A passive
 * quoting verb ("„…“, wird Panetta zitiert", "Ratzmann wird von der „Netzeitung“ mit den Worten zitiert") keeps the cue
 * on both.
 */
function activeQuotingVerb(claim: ExtractedClaim, tokens: readonly CorpusToken[]): boolean {
  const cue = claim.cue;
  if (claim.kind !== 'direct' || !cue) return false;
  if (!(claim.relays ?? []).some((relay) => relay.cue && relay.cue.start === cue.start && relay.cue.end === cue.end)) return false;
  const text = textById(tokens);
  return !spanCueTokens(cue, tokens).some((id) => PASSIVE_AUXILIARIES.has((text.get(id) ?? '').toLowerCase()));
}

/** Dataset token ids overlapping any of the spans (tokens sorted by offset; binary search). */
export function tokensIn(spans: readonly Pick<Span, 'start' | 'end'>[], tokens: readonly CorpusToken[]): number[] {
  const ids: number[] = [];
  for (const span of spans) {
    const lo = firstIndexWhere(tokens, (token) => token.charEnd > span.start);
    for (let k = lo; k < tokens.length && tokens[k]!.charBegin < span.end; k++) ids.push(tokens[k]!.id);
  }
  return ids;
}
