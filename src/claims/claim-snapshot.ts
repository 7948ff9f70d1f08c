import type { Prisma } from '../generated/prisma/client.js';

/** What is loaded with a claim to describe it completely (for the audit log and the conflict page). */
export const CLAIM_SNAPSHOT = {
  party: { select: { key: true, name: true } },
  actor: { select: { id: true, name: true } },
  relays: { orderBy: { position: 'asc' }, select: { party: { select: { key: true } } } },
} satisfies Prisma.ClaimInclude;

type SnapshotRow = Prisma.ClaimGetPayload<{ include: typeof CLAIM_SNAPSHOT }>;

/** A claim's editable values and review state as plain JSON. */
export interface ClaimSnapshot {
  kind: string;
  text: string;
  start: number;
  end: number;
  speaker: { text: string; start: number; end: number } | null;
  cue: { text: string; start: number; end: number } | null;
  actor: { id: number; name: string } | null;
  party: string;
  via: string[];
  status: string;
  version: number;
}

/** The snapshot of a claim row loaded with {@link CLAIM_SNAPSHOT}. */
export function snapshotClaim(claim: SnapshotRow): ClaimSnapshot {
  return {
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    speaker: claim.speakerText !== null && claim.speakerStart !== null && claim.speakerEnd !== null
      ? { text: claim.speakerText, start: claim.speakerStart, end: claim.speakerEnd }
      : null,
    cue: claim.cueText !== null && claim.cueStart !== null && claim.cueEnd !== null
      ? { text: claim.cueText, start: claim.cueStart, end: claim.cueEnd }
      : null,
    actor: claim.actor ? { id: claim.actor.id, name: claim.actor.name } : null,
    party: claim.party.key,
    via: claim.relays.map((relay) => relay.party.key),
    status: claim.status,
    version: claim.version,
  };
}
