import type { ClaimCorrection } from '../../claims/correct-claim.js';
import type { EditableClaim } from '../../claims/get-editable-claim.js';

const KINDS = ['direct', 'indirect', 'mixed', 'reported', 'author'] as const;
const RELATION_TYPES = ['denies', 'doubts', 'contradicts', 'supports'] as const;
const STATUS_LABELS: Record<string, string> = {
  machine: 'Not reviewed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  rejected: 'Rejected',
};

type Marked = 'content' | 'speaker' | 'cue';

/** The text from `from` to `to` cut where the content, speaker and cue spans begin and end; each piece says which span it is in (cue over speaker over content). */
function excerptSegments(text: string, from: number, to: number, spans: [Marked, number | null, number | null][]) {
  const present = spans.filter((span): span is [Marked, number, number] => span[1] !== null && span[2] !== null);
  const cuts = [...new Set([from, to, ...present.flatMap(([, start, end]) => [start, end])])].filter((n) => n >= from && n <= to).sort((a, b) => a - b);
  const segments: { text: string; start: number; mark: Marked | null }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const inside = (kind: Marked) => present.some(([name, s, e]) => name === kind && s <= start && end <= e);
    segments.push({ text: text.slice(start, end), start, mark: inside('cue') ? 'cue' : inside('speaker') ? 'speaker' : inside('content') ? 'content' : null });
  }
  return { offset: from, segments };
}

/** Shortens a claim's text for a list entry. */
function short(text: string, length = 90): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The edit form's values as strings (what the inputs show). */
export interface ClaimFormValues {
  kind: string;
  start: string;
  end: string;
  speakerStart: string;
  speakerEnd: string;
  cueStart: string;
  cueEnd: string;
  actorId: string;
  party: string;
  via: string;
}

function valuesFromCorrection(correction: ClaimCorrection): ClaimFormValues {
  const str = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(value));
  return {
    kind: correction.kind,
    start: str(correction.start),
    end: str(correction.end),
    speakerStart: str(correction.speakerStart),
    speakerEnd: str(correction.speakerEnd),
    cueStart: str(correction.cueStart),
    cueEnd: str(correction.cueEnd),
    actorId: str(correction.actorId),
    party: correction.party,
    via: correction.via.join(', '),
  };
}

/** Maps a claim and (after a refused save) the editor's values to the edit page's view model. */
export function presentClaimEdit(
  editable: EditableClaim,
  options: { attempted?: ClaimCorrection; error?: { message: string; details: string[] }; notice?: string } = {},
) {
  const { claim, siblings, parties, actors } = editable;
  const text = claim.article.text;
  const paragraphs = (claim.article.paragraphs as [number, number][]) ?? [];
  const paragraph = paragraphs.find(([start, end]) => start <= claim.start && claim.start < end);
  const starts = [claim.start, claim.speakerStart, claim.cueStart].filter((n): n is number => n !== null);
  const ends = [claim.end, claim.speakerEnd, claim.cueEnd].filter((n): n is number => n !== null);
  const from = Math.max(0, Math.min(paragraph?.[0] ?? claim.start - 200, ...starts));
  const to = Math.min(text.length, Math.max(paragraph?.[1] ?? claim.end + 200, ...ends));
  const values: ClaimFormValues = options.attempted
    ? valuesFromCorrection(options.attempted)
    : {
        kind: claim.kind,
        start: String(claim.start),
        end: String(claim.end),
        speakerStart: claim.speakerStart === null ? '' : String(claim.speakerStart),
        speakerEnd: claim.speakerEnd === null ? '' : String(claim.speakerEnd),
        cueStart: claim.cueStart === null ? '' : String(claim.cueStart),
        cueEnd: claim.cueEnd === null ? '' : String(claim.cueEnd),
        actorId: claim.actorId === null ? '' : String(claim.actorId),
        party: claim.party.key,
        via: claim.relays.map((relay) => relay.party.key).join(', '),
      };
  const relation = (
    row: { id: number; type: string; origin: string; status: string },
    other: { id: number; ordinal: number; text: string; party: { name: string } },
    outgoing: boolean,
  ) => ({
    id: row.id,
    label: outgoing ? `This claim ${row.type}` : `${row.type} this claim`,
    outgoing,
    other: { href: `/claims/${other.id}/edit`, label: `#${other.id} ${other.party.name}: ${short(other.text)}` },
    origin: row.origin === 'editor' ? 'added by an editor' : 'found by the extractor',
    status: row.status,
    rejected: row.status === 'rejected',
    removeAction: `/claims/${claim.id}/relations/${row.id}/delete`,
  });
  return {
    id: claim.id,
    version: claim.version,
    status: claim.status,
    statusLabel: STATUS_LABELS[claim.status] ?? claim.status,
    reviewedBy: claim.reviewedBy?.name ?? null,
    confidence: `${Math.round(claim.confidence * 100)}%`,
    unsourced: claim.unsourced,
    language: claim.article.language,
    article: { href: `/articles/${claim.article.id}`, title: claim.article.title, length: text.length },
    claimHref: `/claims/${claim.id}`,
    nextHref: editable.nextInQueue === null ? null : `/claims/${editable.nextInQueue}/edit`,
    actions: {
      save: `/claims/${claim.id}/edit`,
      confirm: `/claims/${claim.id}/confirm`,
      reject: `/claims/${claim.id}/reject`,
      addRelation: `/claims/${claim.id}/relations`,
    },
    excerpt: excerptSegments(text, from, to, [
      ['content', claim.start, claim.end],
      ['speaker', claim.speakerStart, claim.speakerEnd],
      ['cue', claim.cueStart, claim.cueEnd],
    ]),
    current: {
      content: claim.text,
      speaker: claim.speakerText,
      cue: claim.cueText,
    },
    values,
    kinds: KINDS.map((kind) => ({ value: kind, selected: kind === values.kind })),
    parties: parties.map((party) => ({ value: party.key, label: `${party.name} (${party.key})`, selected: party.key === values.party })),
    partyKeys: parties.map((party) => party.key),
    actors: actors.map((actor) => ({ value: String(actor.id), label: `${actor.name} · ${actor.party.name}`, selected: String(actor.id) === values.actorId })),
    relations: [
      ...claim.relationsFrom.map((row) => relation(row, row.to, true)),
      ...claim.relationsTo.map((row) => relation(row, row.from, false)),
    ],
    relationTypes: RELATION_TYPES,
    siblings: siblings.map((sibling) => ({ value: String(sibling.id), label: `#${sibling.id}: ${short(sibling.text, 70)}` })),
    error: options.error ?? null,
    notice: options.notice ?? null,
  };
}

/** The edit page's view model. */
export type ClaimEditView = ReturnType<typeof presentClaimEdit>;
