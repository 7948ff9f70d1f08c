import { readFileSync } from 'node:fs';

/**
 * The commissioned demo article (German, June 2019: the NATO defence
 * ministers' meeting, the US push for a coalition against Iran, and who
 * disputes whom). The outlet is inferred from the text's "Mehr zum Thema"
 * sign-off; the date is the day after the meeting ended.
 */
export const DEMO_ARTICLE = {
  title: 'Esper wirbt bei der NATO um Beistand gegen Iran – Frankreich winkt ab',
  outlet: 'RT Deutsch',
  publishedAt: new Date('2019-06-28T00:00:00Z'),
  file: new URL('./nato-iran.de.txt', import.meta.url),
} as const;

/** The demo article's text as committed. */
export function readDemoText(): string {
  return readFileSync(DEMO_ARTICLE.file, 'utf8');
}
