import type { DisputeStats } from '../../disputes/count-disputes.js';
import type { PartyListItem } from '../../parties/find-parties.js';
import { presentPartyLink, type PartyLinkView } from './present-claim-summary.js';

/** A party in the `/parties` index. */
export interface PartyListEntryView extends PartyLinkView {
  kind: string;
  claimCountLabel: string;
  actorCount: number;
}

/** The numbers at the top of a party or actor page. */
export interface SpeakerStatsView {
  claimCountLabel: string;
  disputedLabel: string;
  /** 0-100, for the bar. */
  disputedPercent: number;
  disputesMost: { name: string; href: string; countLabel: string }[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Maps the parties to the index entries. */
export function presentPartyList(parties: PartyListItem[]): PartyListEntryView[] {
  return parties.map((party) => ({
    ...presentPartyLink(party),
    kind: party.kind,
    claimCountLabel: plural(party._count.claims, 'claim', 'claims'),
    actorCount: party._count.actors,
  }));
}

/** Maps dispute statistics to the page's summary. */
export function presentSpeakerStats(stats: DisputeStats): SpeakerStatsView {
  const percent = stats.claimCount === 0 ? 0 : Math.round((stats.disputedCount / stats.claimCount) * 100);
  return {
    claimCountLabel: plural(stats.claimCount, 'claim', 'claims'),
    disputedLabel: `${stats.disputedCount} of ${stats.claimCount} disputed (${percent} %)`,
    disputedPercent: percent,
    disputesMost: stats.disputesMost.map((party) => ({
      name: party.name,
      href: `/parties/${encodeURIComponent(party.key)}`,
      countLabel: plural(party.count, 'time', 'times'),
    })),
  };
}
