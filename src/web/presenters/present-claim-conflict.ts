import type { ClaimSnapshot } from '../../claims/claim-snapshot.js';
import type { ClaimCorrection } from '../../claims/correct-claim.js';

/** One compared field: what is stored now and what the editor tried to save. */
export interface ConflictRow {
  label: string;
  current: string;
  attempted: string;
  differs: boolean;
}

function spanLabel(text: string, start: number | null, end: number | null): string {
  if (start === null || end === null || Number.isNaN(start) || Number.isNaN(end)) return '—';
  const slice = start >= 0 && end <= text.length && start < end ? `“${text.slice(start, end)}” ` : '';
  return `${slice}(${start}–${end})`;
}

/**
 * The conflict page's view model: the claim as someone else saved it next to
 * the values this editor sent, field by field, so nothing is lost.
 */
export function presentClaimConflict(
  claimId: number,
  articleText: string,
  current: ClaimSnapshot,
  attempted: ClaimCorrection | { decision: string },
  actorNames: Map<number, string>,
) {
  const span = (value: { text: string; start: number; end: number } | null) => (value ? `“${value.text}” (${value.start}–${value.end})` : '—');
  const rows: ConflictRow[] = [];
  const add = (label: string, now: string, tried: string) => rows.push({ label, current: now, attempted: tried, differs: now !== tried });
  if ('decision' in attempted) {
    add('Status', current.status, attempted.decision === 'confirm' ? 'confirmed' : 'rejected');
  } else {
    add('Kind', current.kind, attempted.kind);
    add('Content', span({ text: current.text, start: current.start, end: current.end }), spanLabel(articleText, attempted.start, attempted.end));
    add('Speaker', span(current.speaker), spanLabel(articleText, attempted.speakerStart, attempted.speakerEnd));
    add('Cue', span(current.cue), spanLabel(articleText, attempted.cueStart, attempted.cueEnd));
    add('Actor', current.actor?.name ?? '—', attempted.actorId === null ? '—' : (actorNames.get(attempted.actorId) ?? `#${attempted.actorId}`));
    add('Party', current.party, attempted.party);
    add('Relayed via', current.via.join(' → ') || '—', attempted.via.join(' → ') || '—');
    add('Status', current.status, 'corrected');
  }
  return {
    id: claimId,
    editHref: `/claims/${claimId}/edit`,
    version: current.version,
    rows,
  };
}

/** The conflict page's view model. */
export type ClaimConflictView = ReturnType<typeof presentClaimConflict>;
