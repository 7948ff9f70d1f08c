import type { Knowledge, KnowledgeMatch } from '../../knowledge/index.js';
import { UNKNOWN_PARTY } from '../../knowledge/index.js';
import { normalizeAlias, stemAlias } from '../../knowledge/normalize-alias.js';
import { getSpeakerPack } from '../lang/speaker-pack-registry.js';
import { getStancePack } from '../lang/stance-pack-registry.js';
import type { StancePack } from '../lang/stance-pack.js';
import type { Referent, WithClaims, WithSpeakers } from '../resolution-types.js';
import type { ExtractedClaim, QuoteSpan, Span } from '../types.js';
import { sentenceIndexAt } from './claim-geometry.js';
import { wordsIn } from './match-words.js';

/** A past participle ("aufgefordert", "vorgeworfen", "kritisiert"). */
const PARTICIPLE = /^\p{Ll}*(ge\p{Ll}+(t|en)|iert)$/u;

/** Confidence cap for a claim whose speaker could not be resolved. */
export const UNKNOWN_SPEAKER_CONFIDENCE = 0.3;
const APPOSITION = /^\s*,\s*(?!\s|(?:who|which|whose|that)\b)((?:der|die|das|the|a|an)?\s*(?:(?!'')[^,.;:!?"„“”»«]){2,80}?)\s*,/iu;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
/** English: a person named through someone close to them ("an aide to …", "a spokesman for …", "lawyers of …"). */
const RELATIONAL_SPEAKER = /^(?:(?:an?|the|one|two|three|several|some)\s+)?(?:\S+\s+){0,2}(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|lawyers?|attorneys?|envoys?|allies|ally|assistants?|deputy|deputies|associates?|supporters|critics|relatives|family)\s+(?:to|for|of)\s/iu;

interface Resolution { actor: string | null; party: string; confidence: number }
export interface LocalActor { actor: string; party: string }

/**
 * Stage: resolves each claim's speaker mention to an actor and a party via
 * the knowledge, appositions ("Mark Esper, der amtierende
 * US-Verteidigungsminister"), names introduced in the article ("Hans
 * Müller" ... "Müller"), pronouns and epithets ("er", "der Minister", "das
 * Land") to the last compatible referent. An unresolved speaker keeps its
 * mention, party 'unknown', low confidence.
 */
export function resolveSpeakers(doc: WithClaims, knowledge: Knowledge): WithSpeakers {
  const stance = getStancePack(doc.language);
  const referents: Referent[] = knowledge.findMentions(doc.text).map((m) => ({
    text: m.text, start: m.start, end: m.end, actor: m.actor, party: m.party, kind: m.kind, partyKind: m.partyKind, confidence: m.confidence,
    ...(m.via === 'prefix' ? { prefix: true } : {}), ...(m.byTitle ? { byTitle: true } : {}),
  }));
  attachTitles(doc.text, referents);
  addIntroducedPersons(doc, referents);
  addTitleMentions(doc, referents, stance);
  markQuoted(referents, doc.quotes);
  const local = new Map<string, LocalActor>();
  const homeParty = datelineParty(doc, knowledge);
  // Continuations share their speaker span with the claim they continue: resolve it once.
  const memo = new Map<string, Pick<ExtractedClaim, 'speaker' | 'actor' | 'party' | 'confidence'>>();
  const speakerWords = getSpeakerPack(doc.language);
  let source: ExtractedClaim | null = null;
  const claims = [...doc.claims]
    .sort((a, b) => (a.speaker?.start ?? a.start) - (b.speaker?.start ?? b.start))
    .map((claim) => {
      const key = claim.speaker ? `${claim.speaker.start}:${claim.speaker.end}` : '';
      const known = memo.get(key);
      if (known) return { ...claim, ...known, confidence: Math.min(claim.confidence, known.confidence) };
      const anaphor = !!claim.speaker && speakerWords.sourceAnaphors.has(claim.speaker.text.toLowerCase());
      // "Demnach sei …": the adverb stands for the source of the attribution before it.
      const resolved = anaphor ? resolveAnaphor(claim, source) : resolveClaim(claim);
      if (key) memo.set(key, { speaker: resolved.speaker, actor: resolved.actor, party: resolved.party, confidence: resolved.confidence });
      if (!anaphor && resolved.speaker) source = resolved;
      return resolved;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  referents.sort((a, b) => a.start - b.start);
  return { ...doc, claims, knowledge, stance, referents };

  function resolveClaim(claim: ExtractedClaim): ExtractedClaim {
      const quoted = !!claim.speaker && /^[„“"»«‚‘']/.test(claim.speaker.text) && !!unquote(claim.speaker);
      const prepositional = !!claim.speaker && !quoted && (isPrepositional(claim.speaker.text, stance) || /^[„“"»«‚‘']/.test(claim.speaker.text) || claim.speaker.text === claim.text);
      // A quoted name („Reuters“) is resolved by its words; the span keeps the marks, as written.
      const mention = claim.speaker && quoted ? unquote(claim.speaker)! : claim.speaker;
      const resolution = mention && !prepositional
        ? resolveMention(doc.text, mention, knowledge, stance, referents, local, !doc.pack.nounsCapitalized)
        : { actor: null, party: UNKNOWN_PARTY, confidence: UNKNOWN_SPEAKER_CONFIDENCE };
      if (resolution.party === UNKNOWN_PARTY && claim.cue && claim.speaker && !prepositional) {
        // The speaker phrase may be cut short inside the cue ("Wie die Nachrichtenagentur dpa berichtete"): a name right after it completes it.
        const speaker = claim.speaker;
        const inCue = referents.find((r) => r.start >= claim.cue!.start && r.end <= claim.cue!.end && r.end > speaker.end
          && r.start <= speaker.end + 1 && /^\s*$/.test(doc.text.slice(speaker.end, Math.max(speaker.end, r.start))) && isAgent(doc.text, r, stance));
        if (inCue) {
          const start = Math.min(speaker.start, inCue.start);
          return {
            ...claim, speaker: { text: doc.text.slice(start, inCue.end), start, end: inCue.end }, actor: inCue.actor, party: inCue.party,
            confidence: Math.min(claim.confidence, inCue.confidence, 0.7),
          };
        }
      }
      // Only when the attribution stage found no usable speaker phrase: an unresolvable noun phrase stays unknown.
      if (resolution.party === UNKNOWN_PARTY && claim.cue && (!claim.speaker || prepositional)) {
        const subject = findSubjectReferent(doc, claim, referents, stance);
        if (subject) {
          return {
            ...claim, speaker: { text: subject.text, start: subject.start, end: subject.end }, actor: subject.actor, party: subject.party,
            confidence: Math.min(claim.confidence, subject.confidence, 0.6),
          };
        }
      }
      if (!claim.speaker) return { ...claim, party: UNKNOWN_PARTY, confidence: Math.min(claim.confidence, UNKNOWN_SPEAKER_CONFIDENCE) };
      // "Berlin - … erklärte ein Regierungssprecher": a government speaker naming no country speaks for the dateline's place.
      if (resolution.party === UNKNOWN_PARTY && homeParty && namesHomeGovernment(claim.speaker.text, stance)) {
        return { ...claim, party: homeParty, confidence: Math.min(claim.confidence, 0.5) };
      }
      // Speakers become referents for later pronouns; an unresolved one blocks a far-back wrong antecedent.
      const pronoun = stance.personPronouns.has(claim.speaker.text.toLowerCase()) || stance.ambiguousPronouns.has(claim.speaker.text.toLowerCase());
      // (In English also a speaker resolved to a party only, "Britain's foreign secretary", for a later "she".)
      if (resolution.actor || (!pronoun && (resolution.party === UNKNOWN_PARTY || !doc.pack.nounsCapitalized))) {
        insertReferent(referents, {
          ...claim.speaker, actor: resolution.actor, party: resolution.party, kind: 'person', partyKind: 'group',
          confidence: resolution.party === UNKNOWN_PARTY ? UNKNOWN_SPEAKER_CONFIDENCE : resolution.confidence,
        });
        // "Dmitry Peskov, a spokesman for President Vladimir Putin … he called": a person named inside the speaker phrase
        // who is not the speaker is no antecedent of a later pronoun.
        if (resolution.actor) {
          const span = claim.speaker;
          for (let k = referents.length - 1; k >= 0; k--) {
            const r = referents[k]!;
            if (r.kind === 'person' && r.actor !== resolution.actor && r.start > span.start && r.end <= span.end) referents.splice(k, 1);
          }
        }
      }
      return { ...claim, actor: resolution.actor, party: resolution.party, confidence: Math.min(claim.confidence, resolution.confidence) };
  }
}

/** A source anaphor ("Demnach") takes the actor and party of the attribution before it, less sure. */
function resolveAnaphor(claim: ExtractedClaim, source: ExtractedClaim | null): ExtractedClaim {
  if (!source) return { ...claim, actor: null, party: UNKNOWN_PARTY, confidence: Math.min(claim.confidence, UNKNOWN_SPEAKER_CONFIDENCE) };
  return { ...claim, actor: source.actor, party: source.party, confidence: Math.min(claim.confidence, source.confidence, 0.6) };
}

/** Resolves one speaker mention (exported for stage tests and the colon/stance claims of later stages). */
export function resolveMention(
  text: string, speaker: Span, knowledge: Knowledge, stance: StancePack, referents: readonly Referent[], local: Map<string, LocalActor>,
  _singleWordNames: boolean,
): Resolution {
  const mention = speaker.text.trim();
  const words = mention.split(/\s+/);
  const lower = mention.toLowerCase();
  const before = (predicate: (r: Referent) => boolean): Referent | undefined => {
    for (let k = referents.length - 1; k >= 0; k--) {
      const referent = referents[k]!;
      if (referent.end <= speaker.start && speaker.start - referent.end < 3000 && predicate(referent)) return referent;
    }
    return undefined;
  };
  const fromReferent = (r: Referent | undefined, confidence: number): Resolution =>
    r ? { actor: r.actor, party: r.party, confidence: Math.min(confidence, r.confidence) } : { actor: null, party: UNKNOWN_PARTY, confidence: UNKNOWN_SPEAKER_CONFIDENCE };

  const possessive = (r: Referent): boolean => /['’]s$/.test(r.text) || /\b(des|of)\s+$/i.test(text.slice(Math.max(0, r.start - 5), r.start));
  if (stance.personPronouns.has(lower)) return fromReferent(before((r) => r.kind === 'person' && !r.quoted && !possessive(r) && !isFemale(r, stance)), 0.7);
  if (stance.femalePronouns.has(lower)) {
    const woman = before((r) => r.kind === 'person' && !r.quoted && !possessive(r) && isFemale(r, stance));
    if (woman) return fromReferent(woman, 0.65);
    // No person marked as a woman ("Britain's foreign secretary … 'We have been clear,' she added"): the nearest person, less sure.
    // (English only, where "she" is no plural: `_singleWordNames` marks a language writing nouns in lower case.)
    if (!stance.ambiguousPronouns.has(lower)) return fromReferent(_singleWordNames ? before((r) => r.kind === 'person' && !r.quoted && !possessive(r)) : undefined, 0.5);
  }
  if (stance.ambiguousPronouns.has(lower)) return fromReferent(before((r) => r.kind === 'party' || (r.kind === 'institution')), 0.45);
  // "Das Bundesgesundheitsministerium kündigte an, … Ein Sprecher sagte, …": a spokesman named by nothing but his role speaks
  // for the institution named last, when it was named just before (pack bareSpokespersons; not a party name, which may
  // stand in a product: "die Tagesoption EU Day Pack … sagte ein Sprecher" of the provider).
  if (stance.bareSpokespersons.has(lower)) {
    const last = before((r) => !r.quoted);
    if (last && last.kind === 'institution' && last.party !== UNKNOWN_PARTY && speaker.start - last.end < 300 && !possessive(last) && isAgent(text, last, stance)) {
      return { actor: null, party: last.party, confidence: Math.min(0.5, last.confidence) };
    }
  }

  const comma = mention.indexOf(',');
  if (comma > 0) {
    // "Hans Müller, Sprecher des Auswärtigen Amts": the name is the actor, the apposition gives the party.
    const head: Span = { text: mention.slice(0, comma), start: speaker.start, end: speaker.start + comma };
    const headResolution = resolveMention(text, head, knowledge, stance, referents, local, _singleWordNames);
    const appositionText = mention.slice(comma + 1);
    const appositionMatch = knowledge.lookup(appositionText);
    const appositive = appositionMatch && (appositionMatch.via !== 'prefix' || isAgentPhrase(appositionText, knowledge, stance)) ? appositionMatch : null;
    if (headResolution.party !== UNKNOWN_PARTY && headResolution.actor) return headResolution;
    // English "Russia, an ally of both Iran and Syria": a head naming a party keeps it; the apposition only describes it.
    if (_singleWordNames && headResolution.party !== UNKNOWN_PARTY && !appositive?.actor) return headResolution;
    if (appositive && headResolution.actor) {
      rememberActor(local, headResolution.actor, appositive.party);
      return { actor: headResolution.actor, party: appositive.party, confidence: Math.min(0.75, appositive.confidence) };
    }
    if (appositive) return { actor: appositive.actor, party: appositive.party, confidence: Math.min(0.7, appositive.confidence) };
  }
  const localHit = local.get(lower) ?? local.get(words[words.length - 1]?.toLowerCase() ?? '');
  const match = knowledge.lookup(mention);
  // "an aide to President Emmanuel Macron", "a spokesman for Lavrov": someone close to the person named, of the same party,
  // not that person.
  if (match && match.actor && RELATIONAL_SPEAKER.test(mention)) return { actor: null, party: match.party, confidence: Math.min(0.7, match.confidence) };
  const apposition = findApposition(text, speaker, knowledge, stance);
  if (match && match.via !== 'prefix' && match.byTitle && match.actor) {
    // An office named without a name: the holder introduced with that title in this article, else the default holder, less sure.
    const head = titleHead(mention);
    const holder = before((r) => r.kind === 'person' && r.title === head && r.party === match.party);
    if (holder) return { actor: holder.actor, party: holder.party, confidence: Math.min(0.8, holder.confidence) };
    const named = referents.some((r) => r.actor === match.actor && !r.byTitle);
    if (!named) return { actor: match.actor, party: match.party, confidence: Math.min(0.6, match.confidence) };
  }
  if (match && match.via !== 'prefix') {
    // "Home Secretary Yvette Cooper": an office of an institution before a full name the table does not know; the name is
    // the actor, the office gives the party.
    const titledName = match.kind === 'institution' && words.length > 2 ? asPersonName(words, stance) : null;
    if (titledName && titledName.includes(' ') && !knowledge.lookup(titledName)) {
      rememberActor(local, titledName, match.party);
      return { actor: titledName, party: match.party, confidence: Math.min(0.75, match.confidence) };
    }
    // "Hans Müller, Sprecher des Auswärtigen Amts, sagte": the speaker span may be the apposition alone.
    const named = match.kind !== 'person' ? nameBefore(text, speaker) : null;
    if (named && !knowledge.lookup(named)) {
      rememberActor(local, named, match.party);
      return { actor: named, party: match.party, confidence: Math.min(0.75, match.confidence) };
    }
    return fromMatch(match, apposition);
  }
  if (localHit) return { actor: localHit.actor, party: localHit.party, confidence: localHit.party === UNKNOWN_PARTY ? UNKNOWN_SPEAKER_CONFIDENCE : 0.7 };

  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length <= 3 && stance.definiteArticles.has(words[0]?.toLowerCase() ?? '')) {
    if (stance.personEpithets.has(head) && !match) return fromReferent(before((r) => r.kind === 'person' && !possessive(r)), 0.55);
    if (stance.governmentEpithets.has(head) && !match) return fromReferent(before((r) => r.partyKind === 'government'), 0.55);
  }
  if (match && isAgentPhrase(mention, knowledge, stance)) return fromMatch(match, apposition);

  const name = asPersonName(words, stance);
  const introduced = name ? findIntroducedName(text, speaker, name) : null;
  // A lone capitalized word ("Critics", "Müller") is a name only when the article introduced it in full.
  if (name && (name.includes(' ') || introduced)) {
    const party = apposition?.party ?? UNKNOWN_PARTY;
    const actor = introduced ?? name;
    rememberActor(local, actor, party);
    return { actor, party, confidence: party === UNKNOWN_PARTY ? UNKNOWN_SPEAKER_CONFIDENCE : 0.6 };
  }
  if (apposition) return { actor: apposition.actor, party: apposition.party, confidence: Math.min(0.6, apposition.confidence) };
  return { actor: null, party: UNKNOWN_PARTY, confidence: UNKNOWN_SPEAKER_CONFIDENCE };
}

/** A referent that can speak: any alias match, or a prefix match whose word or next word is an agent noun ("US-Vertreter", "iranische Regierung"). */
export function isAgent(text: string, referent: Referent, stance: StancePack): boolean {
  if (!referent.prefix) return true;
  const word = referent.text.toLowerCase();
  for (const head of stance.agentHeads) if (word.endsWith(head)) return true;
  // The next word, or the head of a compound written apart in lower case ("French defence ministry spokesman"): up to three
  // words, not past a preposition, an article or a capitalized word after the first ("British Prime Minister Boris …").
  const following = /^((?:\s+[\p{L}-]+){1,3})/u.exec(text.slice(referent.end, referent.end + 60))?.[1]?.trim().split(/\s+/) ?? [];
  for (let k = 0; k < following.length; k++) {
    const next = following[k]!.toLowerCase();
    if (stance.governingPrepositions.has(next) || stance.definiteArticles.has(next) || (k > 0 && /^\p{Lu}/u.test(following[k]!))) break;
    if (opensWithAgentHead(next, stance)) return true;
  }
  return false;
}

/** Whether a lower-case word is, or begins with, an agent noun ("spokesman", "officials", "ministry"). */
function opensWithAgentHead(word: string, stance: StancePack): boolean {
  for (const head of stance.agentHeads) if (word.startsWith(head)) return true;
  return false;
}

/** A phrase resolved only by a prefix ("die chinesischen Behörden" yes, "die chinesischen Anschuldigungen" no) must name an agent. */
function isAgentPhrase(mention: string, knowledge: Knowledge, stance: StancePack): boolean {
  return knowledge.findMentions(mention).some((m) => isAgent(mention, { ...m, prefix: m.via === 'prefix' }, stance));
}

/** A referent marked as a woman by a female given name or title ("Annalena Baerbock", "die Ministerin"). */
function isFemale(referent: Referent, stance: StancePack): boolean {
  const words = `${referent.actor ?? ''} ${referent.text}`.toLowerCase().split(/[\s-]+/).filter(Boolean);
  return words.some((w) => stance.femaleNames.has(w) || (w.length > 5 && /^\p{L}/u.test(w) && stance.femaleTitleEndings.some((e) => w.endsWith(e)) && isTitleWord(w)));
}

/** Title nouns with a female ending: "ministerin", "kanzlerin", "sprecherin", "spokeswoman". */
function isTitleWord(word: string): boolean {
  return /(minister|kanzler|präsident|sprecher|chef|vorsitzend|botschafter|beauftragt|direktor|spokes|chair|business|congress|ambassador|princ)/.test(word);
}

/** Last word of a title, normalized and stemmed ("Der amtierende US-Verteidigungsminister" -> "us-verteidigungsminist"). */
function titleHead(text: string): string {
  return stemAlias(normalizeAlias(text)).split(' ').pop() ?? '';
}

/**
 * A title right before a name ("US-Präsident Joe Biden") belongs to that
 * name: the title referent takes the name's actor, and the name remembers
 * the title for later epithets ("der US-Präsident").
 */
function attachTitles(text: string, referents: Referent[]): void {
  for (let k = 0; k + 1 < referents.length; k++) {
    const title = referents[k]!;
    const name = referents[k + 1]!;
    if (!title.byTitle || name.byTitle || name.kind !== 'person' || !name.actor || !/^\s+$/.test(text.slice(title.end, name.start))) continue;
    const head = titleHead(title.text);
    Object.assign(title, { actor: name.actor, party: name.party, byTitle: false, title: head });
    name.title = head;
  }
}

/** A title word opening a sentence before a person's name ("Oberbürgermeister", "Mayor"). */
const OPENING_TITLE = /(minister(in)?|präsident(in)?|kanzler(in)?|bürgermeister(in)?|sprecher(in)?|chef(in)?|vorsitzender?|leiter(in)?|direktor(in)?|sekretär(in)?|botschafter(in)?|governor|mayor|senator|secretary|president|minister|chancellor|leader|officer|executive|director|chairman|chairwoman|chair|commissioner|spokes(man|woman|person))$/iu;

/**
 * A person introduced by title and full name at the start of a sentence that is no attribution ("Oberbürgermeister
 * Dieter Reiter (SPD) besuchte am Nachmittag die Unglücksstelle. Er dankte …"): a referent for a later pronoun, with
 * an unknown party, unless the actor table knows the name.
 */
function addIntroducedPersons(doc: WithClaims, referents: Referent[]): void {
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    const k = sentence.tokenStart;
    const title = tokens[k];
    const first = tokens[k + 1];
    const last = tokens[k + 2];
    if (!title || !first || !last || k + 3 >= sentence.tokenEnd || !OPENING_TITLE.test(title.text) || !NAME_WORD.test(first.text) || !NAME_WORD.test(last.text)) continue;
    if (!/^\p{Lu}/u.test(title.text) || tokens[k + 3]!.type === 'word' && NAME_WORD.test(tokens[k + 3]!.text)) continue;
    if (referents.some((r) => r.start < last.end && r.end > first.start)) continue;
    const name = `${first.text} ${last.text}`;
    insertReferent(referents, { text: name, start: first.start, end: last.end, actor: name, party: UNKNOWN_PARTY, kind: 'person', partyKind: 'group', confidence: UNKNOWN_SPEAKER_CONFIDENCE });
  }
}

/** Marks the referents named inside a quotation of more than a word or two (not a quoted name: „Reuters“). */
function markQuoted(referents: Referent[], quotes: readonly QuoteSpan[]): void {
  if (quotes.length === 0) return;
  const long = quotes.filter((q) => !q.short || q.tokenEnd - q.tokenStart > 4).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const r of [...referents].sort((a, b) => a.start - b.start)) {
    while (k < long.length && long[k]!.end <= r.start) k++;
    const q = long[k];
    if (q && q.start < r.start && r.end < q.end) r.quoted = true;
  }
}

/** A person named in the article, remembered under the full name and the surname for later mentions ("Müller"). */
function rememberActor(local: Map<string, LocalActor>, actor: string, party: string): void {
  const entry = { actor, party };
  local.set(actor.toLowerCase(), entry);
  local.set(actor.split(/\s+/).pop()!.toLowerCase(), entry);
}

/** Whether a speaker mention names a government without a country ("ein Regierungssprecher", "government sources"). */
function namesHomeGovernment(mention: string, stance: StancePack): boolean {
  const lower = ` ${mention.toLowerCase().replace(/\s+/g, ' ')} `;
  return stance.homeGovernmentPhrases.some((phrase) => lower.includes(` ${phrase} `));
}

/**
 * The government party of the article's dateline ("Berlin - …", "WASHINGTON (AP) - …"), when it names exactly one; null
 * without a dateline or with several places ("Teheran/Washington (Reuters) - …").
 */
function datelineParty(doc: WithClaims, knowledge: Knowledge): string | null {
  const dateline = doc.sentences.slice(0, 4).find((s) => /[-–—]$/.test(s.text) && s.tokenEnd - s.tokenStart <= 8);
  if (!dateline) return null;
  const parties = new Set(knowledge.findMentions(dateline.text).filter((m) => m.partyKind === 'government').map((m) => m.party));
  return parties.size === 1 ? [...parties][0]! : null;
}

/**
 * A person named after a title ("Finanzminister Christian Lindner") is meant by a later mention of that title after a
 * definite article ("Mützenich widersprach dem Finanzminister"): the title word becomes a referent of that person, for
 * the objects of stance cues and as an antecedent. (Not a title before a name of its own: "der Finanzminister Hans Eichel".)
 */
function addTitleMentions(doc: WithClaims, referents: Referent[], stance: StancePack): void {
  const { tokens } = doc;
  const tokenAt = new Map<number, number>();
  tokens.forEach((token, i) => tokenAt.set(token.start, i));
  const titles: Array<{ word: string; referent: Referent }> = [];
  for (const referent of referents) {
    if (referent.kind !== 'person' || !referent.actor || referent.byTitle) continue;
    const title = tokens[(tokenAt.get(referent.start) ?? 0) - 1];
    if (!title || title.type !== 'word' || !/^\p{Lu}/u.test(title.text) || !OPENING_TITLE.test(title.text)) continue;
    titles.push({ word: title.lower, referent });
  }
  if (titles.length === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!stance.definiteArticles.has(tokens[i - 1]!.lower)) continue;
    const title = titles.filter((t) => t.word === token.lower && t.referent.end <= token.start).pop();
    if (!title || NAME_WORD.test(tokens[i + 1]?.text ?? '') || referents.some((r) => r.start < token.end && r.end > token.start)) continue;
    const { actor, party, partyKind, confidence } = title.referent;
    insertReferent(referents, { text: token.text, start: token.start, end: token.end, actor, party, kind: 'person', partyKind, confidence: Math.min(0.6, confidence), byTitle: true });
  }
}

/** Inserts a referent keeping text order (the pronoun search walks backwards from the mention). */
function insertReferent(referents: Referent[], referent: Referent): void {
  let k = referents.length;
  while (k > 0 && referents[k - 1]!.start > referent.start) k--;
  referents.splice(k, 0, referent);
}

/** A "speaker" that opens with a preposition ("Zusammen mit anderen ...") or is a time adverbial ("Einen Tag später") is not the subject. */
function isPrepositional(text: string, stance: StancePack): boolean {
  const words = text.toLowerCase().split(/\s+/);
  // The second word not after an agent noun it attaches to ("Officials in Tehran", "diplomats in Washington").
  const second = words.length > 1 && !opensWithAgentHead(words[0]!, stance) && stance.governingPrepositions.has(words[1]!);
  return stance.governingPrepositions.has(words[0] ?? '') || second || words.some((w) => stance.temporalWords.has(w));
}

/**
 * Fallback when the attributed speaker is missing or unresolvable: the
 * referent right after the cue verb ("sagte Trump", "forderte Paris"), else
 * the last referent before the cue not governed by a preposition ("versuchte
 * der US-Vertreter ... zu überzeugen"), both outside the content.
 */
function findSubjectReferent(doc: WithClaims, claim: ExtractedClaim, referents: readonly Referent[], stance: StancePack): Referent | undefined {
  const cue = claim.cue?.parts?.[0] ?? claim.cue;
  if (!cue) return undefined;
  const sentence = doc.sentences[sentenceIndexAt(doc.sentences, cue.start)];
  if (!sentence) return undefined;
  const words = wordsIn(doc.tokens, sentence.start, sentence.end);
  const cueIndex = words.findIndex((w) => w.start >= cue.start);
  const candidates = referents.filter((r) => r.start >= sentence.start && r.end <= sentence.end && !(r.start >= claim.start && r.end <= claim.end)
    && isAgent(doc.text, r, stance));
  const governed = (r: Referent): boolean => {
    const index = words.findIndex((w) => w.start >= r.start);
    const one = words[index - 1]?.lower ?? '';
    const two = words[index - 2]?.lower ?? '';
    return stance.governingPrepositions.has(one) || (stance.governingPrepositions.has(two) && doc.pack.determiners.has(one)) || stance.governingPrepositions.has(two) && /^(anderen|anderer|weiteren)$/.test(one);
  };
  const after = candidates.find((r) => {
    const index = words.findIndex((w) => w.start >= r.start);
    return index > cueIndex && index - cueIndex <= 4 && !governed(r);
  });
  if (after) return after;
  // A passive cue's subject is who was addressed or accused, not the speaker ("Israel wurde aufgefordert, …").
  const cueWords = (claim.cue?.parts ?? [claim.cue!]).flatMap((p) => p.text.toLowerCase().split(/\s+/));
  if (cueWords.some((w) => doc.pack.passiveAuxiliaries.has(w)) && cueWords.some((w) => PARTICIPLE.test(w))) return undefined;
  const before = candidates.filter((r) => r.end <= cue.start && !governed(r));
  return before[before.length - 1];
}

/** A person name right before the speaker span, separated by a comma, at the start of a clause ("Hans Müller, <speaker>"). */
function nameBefore(text: string, speaker: Span): string | null {
  const before = text.slice(Math.max(0, speaker.start - 60), speaker.start);
  const m = /(?:^|[.!?:;]\s+|\n)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*$/u.exec(before);
  return m?.[1] ?? null;
}

function fromMatch(match: KnowledgeMatch, apposition: KnowledgeMatch | null): Resolution {
  if (match.kind === 'party' && apposition && apposition.party === match.party && apposition.actor) {
    return { actor: apposition.actor, party: match.party, confidence: match.confidence };
  }
  return { actor: match.actor, party: match.party, confidence: match.confidence };
}

function findApposition(text: string, speaker: Span, knowledge: Knowledge, stance: StancePack): KnowledgeMatch | null {
  const after = APPOSITION.exec(text.slice(speaker.end, speaker.end + 120));
  if (!after?.[1]) return null;
  const match = knowledge.lookup(after[1]);
  return match && (match.via !== 'prefix' || isAgentPhrase(after[1], knowledge, stance)) ? match : null;
}

/** The full name a mention gives as written ("Der Ernährungsmediziner Hans Möller von der Charité" -> Hans Möller), or null. */
export function fullNameIn(mention: string, stance: StancePack): string | null {
  const name = asPersonName(mention.split(/\s+/), stance);
  return name && name.includes(' ') ? name : null;
}

/** "Hans Müller" -> "Hans Müller"; "Regierungssprecher Steffen Seibert" -> "Steffen Seibert". */
function asPersonName(words: string[], stance: StancePack): string | null {
  const described = describedPerson(words, stance);
  if (described) return described;
  // "Ein Sprecher", "Einige Experten", "Sein Stellvertreter Ottmar Edenhofer": a word opening the noun phrase is no part of a name.
  // (What is left must be a title and a full name: "Ein Sprecher", "ein Londoner Gericht" leave none.)
  if (stance.nonNameOpeners.has(words[0]?.toLowerCase() ?? '')) {
    if (words.length < 4) return null;
    words = words.slice(1);
  }
  if (words.some((w) => stance.definiteArticles.has(w.toLowerCase()))) return null;
  const names = words.filter((w) => NAME_WORD.test(w));
  // "Senate Majority Leader Chuck Schumer", "Press secretary Karine Jean-Pierre": a title before a full name.
  const titled = words.length > 2 && words.length <= 6 && OPENING_TITLE.test(words[words.length - 3]!)
    && NAME_WORD.test(words[words.length - 2]!) && NAME_WORD.test(words[words.length - 1]!);
  if (titled) return words.slice(-2).join(' ');
  if (names.length !== words.length || names.length < 1 || names.length > 4) return null;
  return names.slice(-2).join(' ');
}

/**
 * A full name after an article and a noun of a person ("Die Vorsitzende Richterin Sabine Hofmann", "Der Ernährungsmediziner
 * Hans Möller von der Charité", pack personNounEndings): the name; a phrase of origin after it is cut off. Not a name of
 * a body after a noun of an institution ("Die Fluggesellschaft Air Berlin").
 */
function describedPerson(words: string[], stance: StancePack): string | null {
  if (!stance.definiteArticles.has(words[0]?.toLowerCase() ?? '')) return null;
  let end = words.findIndex((w, k) => k > 0 && !/^\p{Lu}/u.test(w));
  if (end < 0) end = words.length;
  else if (!stance.originPrepositions.has(words[end]!.toLowerCase()) && words[end]!.toLowerCase() !== 'von') return null;
  if (end < 4 || end > 6) return null;
  const noun = words[end - 3]!.toLowerCase();
  const personName = (w: string): boolean => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w) && !stance.definiteArticles.has(w.toLowerCase());
  if (!stance.personNounEndings.some((ending) => noun.endsWith(ending)) || stance.bodyNounEndings.some((ending) => noun.endsWith(ending)) || !personName(words[end - 2]!) || !personName(words[end - 1]!)) return null;
  return `${words[end - 2]} ${words[end - 1]}`;
}

/** For a surname alone ("Müller"), the full name introduced earlier in the article ("Hans Müller"). */
function findIntroducedName(text: string, speaker: Span, name: string): string | null {
  if (name.includes(' ')) return null;
  let found: string | null = null;
  for (let at = text.indexOf(name); at >= 0 && at < speaker.start; at = text.indexOf(name, at + 1)) {
    const after = text[at + name.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    const m = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (m?.[1]) found = `${m[1]} ${name}`;
  }
  return found;
}

/** The words inside a quoted name („Reuters“ -> Reuters), or null when nothing is left. */
function unquote(speaker: Span): Span | null {
  const m = /^([„“"»«‚‘'])\s*(.*?)\s*[“"«»‘’'”]?$/su.exec(speaker.text);
  const inner = m?.[2] ?? '';
  if (!inner || /[„“"»«]/u.test(inner)) return null;
  const start = speaker.start + speaker.text.indexOf(inner);
  return { text: inner, start, end: start + inner.length };
}

/** Type guard for the `knowledge` option, which `types.ts` declares as unknown. */
export function isKnowledge(value: unknown): value is Knowledge {
  return typeof value === 'object' && value !== null && 'lookup' in value && 'findMentions' in value;
}

