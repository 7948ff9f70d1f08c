import type { Command } from 'commander';
import { reextractArticle } from '../articles/reextract-article.js';
import { AppError } from '../errors.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

/** Registers `reextract ID...` (or `--all`): runs extraction again, keeping editors' work. */
export function registerReextractCommand(program: Command): void {
  program
    .command('reextract')
    .description("re-run extraction on stored articles, keeping claims and links editors confirmed, corrected or added")
    .argument('[ids...]', 'article ids')
    .option('--all', 'every article')
    .action(async (ids: string[], options: { all?: boolean }) => {
      if (!options.all && ids.length === 0) throw new CliError('give article ids or --all');
      const wanted = ids.map((id) => {
        if (!/^[1-9]\d{0,9}$/.test(id)) throw new CliError(`not an article id: ${id}`);
        return Number(id);
      });
      await withDatabase(async (db) => {
        const articleIds = options.all ? (await db.prisma.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((row) => row.id) : wanted;
        for (const articleId of articleIds) {
          try {
            const result = await reextractArticle(db, { articleId, userId: null });
            process.stdout.write(`article ${articleId}: kept ${result.kept}, removed ${result.removed}, added ${result.added}, links restored ${result.relationsRestored}, lost ${result.relationsLost}\n`);
          } catch (error) {
            if (error instanceof AppError && error.code === 'ARTICLE_NOT_FOUND') throw new CliError(`no article ${articleId}`);
            throw error;
          }
        }
      });
    });
}
