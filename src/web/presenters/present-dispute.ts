import type { Dispute } from '../../disputes/find-disputes.js';
import { presentClaimSummary, type ClaimSummaryView } from './present-claim-summary.js';

/** How a counterclaim stands against the disputed claim. */
export const RELATION_LABELS = { denies: 'denies', doubts: 'doubts', contradicts: 'contradicts', supports: 'supports' } as const;

/** A dispute as the front page shows it: the claim on one side, counterclaims on the other. */
export interface DisputeView {
  claim: ClaimSummaryView;
  supporters: ClaimSummaryView[];
  counterclaims: { relation: string; claim: ClaimSummaryView; supporters: ClaimSummaryView[] }[];
}

/** Maps a dispute to its view. */
export function presentDispute(dispute: Dispute): DisputeView {
  return {
    claim: presentClaimSummary(dispute.claim),
    supporters: dispute.supporters.map(presentClaimSummary),
    counterclaims: dispute.counterclaims.map((counter) => ({
      relation: RELATION_LABELS[counter.type],
      claim: presentClaimSummary(counter.claim),
      supporters: counter.supporters.map(presentClaimSummary),
    })),
  };
}
