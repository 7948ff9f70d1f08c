import type { ArticleListItem } from '../../articles/find-articles.js';
import { presentDate, type DateView } from './present-date.js';

/** One entry of the front page's article list. */
export interface ArticleSummaryView {
  id: number;
  href: string;
  title: string;
  outlet: string | null;
  language: string | null;
  date: DateView | null;
  claimCount: number;
  claimCountLabel: string;
}

/** Maps article rows to the front page's list entries. */
export function presentArticleList(articles: ArticleListItem[]): ArticleSummaryView[] {
  return articles.map((article) => {
    const claimCount = article._count.claims;
    return {
      id: article.id,
      href: `/articles/${article.id}`,
      title: article.title,
      outlet: article.outlet,
      language: article.language,
      date: presentDate(article.publishedAt),
      claimCount,
      claimCountLabel: claimCount === 1 ? '1 claim' : `${claimCount} claims`,
    };
  });
}
