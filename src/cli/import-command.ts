import type { Command } from 'commander';
import { importDatabase } from '../backup/import-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { CliError } from './cli-error.js';
import { schemaOf } from './export-command.js';

/** Registers `import FILE`: restores a backup into an empty database (exit code 2 for a bad file, 3 for a non-empty database). */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('restore a backup written by `export` into an EMPTY database (a new DATA_DIR or PostgreSQL database), in one transaction')
    .argument('<file>', 'the backup file to read')
    .action(async (file: string) => {
      const config = loadConfig();
      // No knowledge seed: the parties and actors come from the backup.
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, seed: false });
      try {
        const report = await importDatabase(db, { file, schema: schemaOf(config.databaseUrl) });
        const counts = Object.entries(report.counts).map(([type, n]) => `${type} ${n}`).join(', ');
        process.stdout.write(`imported ${file}: ${counts}\n`);
        if (!report.header.passwordHashes && (report.counts.user ?? 0) > 0) {
          process.stdout.write('the backup has no password hashes: give each user a new password before they sign in\n');
        }
      } catch (error) {
        if (error instanceof AppError && error.code === 'BACKUP_INVALID') throw new CliError(error.message, 2);
        if (error instanceof AppError && error.code === 'DATABASE_NOT_EMPTY') throw new CliError(error.message, 3);
        throw error;
      } finally {
        await db.close();
      }
    });
}
