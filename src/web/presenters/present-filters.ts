import type { ClaimFilters } from '../../claims/claim-filters.js';
import type { PartyListItem } from '../../parties/find-parties.js';

/** The filter form: current values as text and the choices offered. */
export interface FiltersView {
  action: string;
  q: string | null;
  party: string;
  article: string;
  language: string;
  from: string;
  to: string;
  parties: { key: string; name: string }[];
  languages: { value: string; label: string }[];
  /** Query parameters of the active filters (for pager links and exports). */
  query: Record<string, string>;
  active: boolean;
  /** Same filters as CSV / JSON. */
  csvHref: string;
}

const day = (date: Date | undefined): string => (date ? date.toISOString().slice(0, 10) : '');

/** The query parameters of validated filters (and `q`), for links that keep them. */
export function presentFilterQuery(filters: ClaimFilters, q: string | null = null): Record<string, string> {
  const values = {
    q: q ?? '',
    party: filters.party ?? '',
    article: filters.article === undefined ? '' : String(filters.article),
    language: filters.language ?? '',
    from: day(filters.from),
    to: day(filters.to),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

/** Maps validated filters to the filter form. `q` is null on pages without search. */
export function presentFilters(action: string, filters: ClaimFilters, parties: PartyListItem[], q: string | null = null): FiltersView {
  const values = {
    party: filters.party ?? '',
    article: filters.article === undefined ? '' : String(filters.article),
    language: filters.language ?? '',
    from: day(filters.from),
    to: day(filters.to),
  };
  const query = presentFilterQuery(filters, q);
  const filterQuery = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== '')).toString();
  return {
    action,
    q,
    ...values,
    parties: parties.map((party) => ({ key: party.key, name: party.name })),
    languages: [
      { value: 'de', label: 'German' },
      { value: 'en', label: 'English' },
    ],
    query,
    active: Object.values(values).some((value) => value !== ''),
    csvHref: `/export/claims.csv${filterQuery ? `?${filterQuery}` : ''}`,
  };
}
