import { z } from 'zod';
import type { ClaimFilters, Paging } from '../../claims/claim-filters.js';
import { AppError } from '../../errors.js';

/** Items per page of every list. */
export const PAGE_SIZE = 20;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .transform((text, ctx) => {
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text || date.getUTCFullYear() < 1800 || date.getUTCFullYear() > 2200) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date between 1800 and 2200' });
      return z.NEVER;
    }
    return date;
  });

const id = z.string().trim().regex(/^[1-9]\d{0,8}$/, 'must be a positive whole number').transform(Number);

/** No control characters (PostgreSQL refuses NUL in text: it would be a 500). */
const NO_CONTROL = /^[^\p{Cc}]*$/u;

/** Empty form fields (`?party=`) count as absent, so a submitted filter form with blanks is valid. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const LIST_FIELDS = z.object({
  party: optional(z.string().trim().min(1).max(100, 'must be at most 100 characters').regex(NO_CONTROL, 'must not contain control characters')),
  article: optional(id),
  language: optional(z.enum(['de', 'en'], 'must be de or en')),
  from: optional(day),
  to: optional(day),
  page: optional(z.string().trim().regex(/^[1-9]\d{0,3}$/, 'must be a whole number from 1 to 9999').transform(Number)),
});

const datesInOrder = (query: { from?: Date; to?: Date }): boolean => !query.from || !query.to || query.from <= query.to;
const ORDER = { message: 'must not be after "to"', path: ['from'] };

const LIST_QUERY = LIST_FIELDS.refine(datesInOrder, ORDER);
const SEARCH_QUERY = LIST_FIELDS.extend({ q: optional(z.string().trim().max(200, 'must be at most 200 characters').regex(NO_CONTROL, 'must not contain control characters')) }).refine(datesInOrder, ORDER);

/** Filters and page of a list request. */
export interface ListQuery extends Paging {
  filters: ClaimFilters;
}

function fail(error: z.ZodError): never {
  const details = error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`);
  throw new AppError('VALIDATION_FAILED', { message: 'The filters in the address are not valid.', details });
}

/** Validates a query string's filters and page; VALIDATION_FAILED (400) listing every problem. Unknown parameters are ignored. */
export function parseListQuery(query: unknown): ListQuery {
  const result = LIST_QUERY.safeParse(query ?? {});
  if (!result.success) fail(result.error);
  return toListQuery(result.data);
}

/** Validates a search request: the filters plus `q` (empty when absent), every problem reported together. */
export function parseSearchQuery(query: unknown): ListQuery & { q: string } {
  const result = SEARCH_QUERY.safeParse(query ?? {});
  if (!result.success) fail(result.error);
  const { q, ...list } = result.data;
  return { ...toListQuery(list), q: q ?? '' };
}

function toListQuery(values: z.infer<typeof LIST_QUERY>): ListQuery {
  const { page, ...filters } = values;
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ClaimFilters;
  return { filters: defined, page: page ?? 1, pageSize: PAGE_SIZE };
}
