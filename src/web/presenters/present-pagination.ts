import type { PageOf } from '../../claims/claim-filters.js';

/** Links to the neighbouring pages of a list. */
export interface PaginationView {
  page: number;
  pageCount: number;
  total: number;
  label: string;
  prevHref: string | null;
  nextHref: string | null;
}

/** Builds the pager of a list at `path`, keeping the other query parameters. */
export function presentPagination(list: PageOf<unknown>, path: string, query: Record<string, string>): PaginationView {
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (page: number): string => {
    const params = new URLSearchParams(Object.entries(query).filter(([name, value]) => name !== 'page' && value !== ''));
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return {
    page: list.page,
    pageCount,
    total: list.total,
    label: `Page ${list.page} of ${pageCount}`,
    prevHref: list.page > 1 ? href(Math.min(list.page - 1, pageCount)) : null,
    nextHref: list.page < pageCount ? href(list.page + 1) : null,
  };
}
