import type { Prisma } from '../generated/prisma/client.js';

/** Filters shared by every list of claims (pages, API, CSV export). All optional. */
export interface ClaimFilters {
  /** Party key, e.g. "Washington". */
  party?: string;
  /** Article id. */
  article?: number;
  language?: 'de' | 'en';
  /** Articles published on or after this day (UTC midnight). */
  from?: Date;
  /** Articles published on or before this day (UTC, inclusive). */
  to?: Date;
}

/** Which page of a list; `page` counts from 1. */
export interface Paging {
  page: number;
  pageSize: number;
}

/** One page of a list and how many items the whole list has. */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const DAY_MS = 86_400_000;

/** The article conditions of the filters (language, publication dates, id). */
export function articleWhere(filters: ClaimFilters): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (filters.article !== undefined) where.id = filters.article;
  if (filters.language) where.language = filters.language;
  if (filters.from || filters.to) {
    where.publishedAt = {
      ...(filters.from ? { gte: filters.from } : {}),
      ...(filters.to ? { lt: new Date(filters.to.getTime() + DAY_MS) } : {}),
    };
  }
  return where;
}

/** `skip`/`take` for a page. */
export function pageWindow(paging: Paging): { skip: number; take: number } {
  return { skip: (paging.page - 1) * paging.pageSize, take: paging.pageSize };
}
