import type { Request } from 'express';
import { findArticles } from '../../articles/find-articles.js';
import type { ClaimFilters } from '../../claims/claim-filters.js';
import type { Database } from '../../db/open-database.js';
import { findParties } from '../../parties/find-parties.js';
import { presentFilters, type FiltersView } from '../presenters/present-filters.js';

type Choices = [Awaited<ReturnType<typeof findParties>>, Awaited<ReturnType<typeof findArticles>>];
const choicesCache = new WeakMap<Database, { key: string; at: number; choices: Promise<Choices> }>();
/** How long the form's choices are reused while no article or claim was added (they aggregate every claim). */
const CHOICES_TTL_MS = 5_000;

/**
 * The form's choices, reused for a few seconds while the newest article and
 * claim ids stay the same (two index lookups instead of aggregating every
 * claim on each page view: 100-400 ms at 20,000 articles).
 */
async function loadChoices(db: Database): Promise<Choices> {
  const [row] = await db.prisma.$queryRaw<Array<{ a: number | null; c: number | null }>>`SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM claims) AS c`;
  const key = `${row?.a}:${row?.c}`;
  const cached = choicesCache.get(db);
  if (cached && cached.key === key && Date.now() - cached.at < CHOICES_TTL_MS) return cached.choices;
  const choices = Promise.all([findParties(db), findArticles(db, { limit: 200 })]);
  choicesCache.set(db, { key, at: Date.now(), choices });
  choices.catch(() => choicesCache.delete(db));
  return choices;
}

/** The filter form of a page: the choices (parties, articles) come from the database. */
export async function loadFilterForm(db: Database, req: Request, filters: ClaimFilters, q: string | null = null): Promise<FiltersView & { articles: { id: string; title: string }[] }> {
  const [parties, articles] = await loadChoices(db);
  return {
    ...presentFilters(req.path, filters, parties, q),
    articles: articles.map((article) => ({ id: String(article.id), title: article.title })),
  };
}
