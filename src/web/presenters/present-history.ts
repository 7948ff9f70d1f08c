import type { ClaimDetail } from '../../claims/get-claim.js';
import { presentDate } from './present-date.js';

/** One editor change as listed on a claim page. */
export interface HistoryEntryView {
  iso: string;
  label: string;
  who: string;
  action: string;
  changes: { field: string; before: string; after: string }[];
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'id']);

/** Maps audit rows to a list of changes: which fields changed, from what to what. */
export function presentHistory(entries: ClaimDetail['history']): HistoryEntryView[] {
  return entries.map((entry) => {
    const before = asRecord(entry.before);
    const after = asRecord(entry.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !HIDDEN.has(field));
    return {
      iso: entry.createdAt.toISOString(),
      label: `${presentDate(entry.createdAt)?.label ?? ''}, ${TIME.format(entry.createdAt)} UTC`,
      who: entry.user?.name ?? 'a former user',
      action: entry.action,
      changes: fields
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .map((field) => ({ field, before: show(before[field]), after: show(after[field]) })),
    };
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
