import type { ClaimSummary } from '../../claims/claim-summary.js';

const COLUMNS = [
  'claim_id', 'article_id', 'article_title', 'article_url', 'published_at', 'language', 'party', 'actor', 'speaker',
  'cue', 'kind', 'via', 'text', 'start', 'end', 'confidence', 'status', 'unsourced', 'hedged',
  'continues_id', // a continuation: the claim whose attribution (and cue) it continues
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line
 * break. Text starting with = + - @ (or a tab / carriage return) gets a
 * leading apostrophe so spreadsheets do not run it as a formula.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of the claims CSV. */
export function claimsCsvHeader(): string {
  return `${COLUMNS.join(',')}\r\n`;
}

/** One claim as a CSV line (CRLF-terminated). */
export function claimCsvLine(claim: ClaimSummary): string {
  const cells = [
    claim.id, claim.article.id, claim.article.title, claim.article.url, claim.article.publishedAt?.toISOString().slice(0, 10) ?? null,
    claim.article.language, claim.party.key, claim.actor?.name ?? null, claim.speakerText, claim.cueText, claim.kind,
    claim.relays.map((relay) => relay.party.key).join(' > '), claim.text, claim.start, claim.end, claim.confidence, claim.status,
    claim.unsourced, claim.hedged, claim.continuesId,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
