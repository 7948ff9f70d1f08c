import type { ClaimClusterView } from '../../clusters/get-claim-cluster.js';
import type { RepeatedClaim } from '../../clusters/find-repeated-claims.js';
import { presentDate, type DateView } from './present-date.js';

/** One appearance of a clustered claim for `views/partials/claim-cluster.ejs`. */
export interface ClusterMemberView {
  claimHref: string;
  articleHref: string;
  articleTitle: string;
  outlet: string | null;
  date: DateView | null;
  /** Who said it: speaker as written, else actor, else party. */
  who: string;
  partyName: string;
  /** Relay chain, outermost first ("Reuters"), empty when reported directly. */
  relayedBy: string[];
  current: boolean;
  first: boolean;
}

/** The claim page's "Also reported in" block. */
export interface ClaimClusterPartialView {
  articleCount: number;
  members: ClusterMemberView[];
}

/** A front-page line: a claim repeated across articles, with its first appearance. */
export interface RepeatedClaimView {
  href: string;
  text: string;
  articleCount: number;
  partyName: string;
  firstArticleTitle: string;
  firstArticleHref: string;
  date: DateView | null;
}

/** Maps a claim's cluster to the partial's view (null when the claim is in none). */
export function presentClaimCluster(cluster: ClaimClusterView | null, currentClaimId: number): ClaimClusterPartialView | null {
  if (!cluster) return null;
  return {
    articleCount: cluster.articleCount,
    members: cluster.members.map((member, index) => ({
      claimHref: `/claims/${member.claimId}`,
      articleHref: `/articles/${member.articleId}`,
      articleTitle: member.articleTitle,
      outlet: member.outlet,
      date: presentDate(member.publishedAt),
      who: member.speakerText ?? member.actorName ?? member.party.name,
      partyName: member.party.name,
      relayedBy: member.via.map((party) => party.name),
      current: member.claimId === currentClaimId,
      first: index === 0,
    })),
  };
}

/** Maps the front page's repeated claims. */
export function presentRepeatedClaims(rows: RepeatedClaim[]): RepeatedClaimView[] {
  return rows.map((row) => ({
    href: `/claims/${row.first.claimId}`,
    text: row.first.text,
    articleCount: row.articleCount,
    partyName: row.first.partyName,
    firstArticleTitle: row.first.articleTitle,
    firstArticleHref: `/articles/${row.first.articleId}#claim-${row.first.claimId}`,
    date: presentDate(row.first.publishedAt),
  }));
}
