import type { ClaimSummary } from '../../claims/claim-summary.js';
import { presentDate, type DateView } from './present-date.js';
import { presentPartyTone } from './present-party-tone.js';

/** A party as linked from a claim. */
export interface PartyLinkView {
  key: string;
  name: string;
  href: string;
  tone: string;
}

/** A claim as shown in lists, disputes and beside other claims. */
export interface ClaimSummaryView {
  id: number;
  /** The claim's own page. */
  href: string;
  /** The exact sentence in its article (`#claim-N` highlights it). */
  inArticleHref: string;
  text: string;
  lang: string;
  party: PartyLinkView;
  speaker: string | null;
  actor: { name: string; href: string } | null;
  /** "RT Deutsch ← Reuters ← Paris": the article, each relay, the speaker's party. */
  chain: string;
  relayed: boolean;
  kindLabel: string;
  statusLabel: string;
  flags: string[];
  confidence: number;
  /** How many claims deny, doubt or contradict this one. */
  disputedCount: number;
  article: { id: number; title: string; href: string; outlet: string | null; date: DateView | null };
}

export const KIND_LABELS: Record<ClaimSummary['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Indirect speech',
  mixed: 'Partial quote',
  reported: 'Reported',
  author: "Author's voice",
};

export const STATUS_LABELS: Record<ClaimSummary['status'], string> = {
  machine: 'Not reviewed',
  confirmed: 'Confirmed by an editor',
  corrected: 'Corrected by an editor',
  rejected: 'Rejected by an editor',
};

/** The party link of a party row. */
export function presentPartyLink(party: { id: number; key: string; name: string; kind: string }): PartyLinkView {
  return { key: party.key, name: party.name, href: `/parties/${encodeURIComponent(party.key)}`, tone: presentPartyTone(party) };
}

/** Maps a claim row to its summary view. */
export function presentClaimSummary(claim: ClaimSummary): ClaimSummaryView {
  const source = claim.article.outlet ?? 'Article';
  const chain = [source, ...claim.relays.map((relay) => relay.party.name), claim.party.name].join(' ← ');
  const flags = [
    claim.unsourced && 'unsourced',
    claim.hedged && 'hedged',
    claim.status !== 'machine' && claim.status,
  ].filter((flag): flag is string => typeof flag === 'string');
  return {
    id: claim.id,
    href: `/claims/${claim.id}`,
    inArticleHref: `/articles/${claim.article.id}#claim-${claim.id}`,
    text: claim.text,
    lang: claim.article.language ?? '',
    party: presentPartyLink(claim.party),
    speaker: claim.speakerText,
    actor: claim.actor ? { name: claim.actor.name, href: `/actors/${claim.actor.id}` } : null,
    chain,
    relayed: claim.relays.length > 0,
    kindLabel: KIND_LABELS[claim.kind],
    statusLabel: STATUS_LABELS[claim.status],
    flags,
    confidence: Math.round(claim.confidence * 100),
    disputedCount: claim._count.relationsTo,
    article: {
      id: claim.article.id,
      title: claim.article.title,
      href: `/articles/${claim.article.id}`,
      outlet: claim.article.outlet,
      date: presentDate(claim.article.publishedAt),
    },
  };
}
