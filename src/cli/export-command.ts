import type { Command } from 'commander';
import { exportDatabase } from '../backup/export-database.js';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

/** The `?schema=` of a DATABASE_URL, if any. */
export function schemaOf(databaseUrl: string | undefined): string | undefined {
  if (databaseUrl === undefined) return undefined;
  try {
    return new URL(databaseUrl).searchParams.get('schema') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Registers `export FILE`: the whole database (not sessions) as a JSON Lines backup. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the whole database (not sessions) to FILE as JSON Lines; users without password hashes unless --with-password-hashes')
    .argument('<file>', 'the backup file to write')
    .option('--with-password-hashes', "include users' password hashes")
    .action(async (file: string, options: { withPasswordHashes?: boolean }) => {
      const schema = schemaOf(loadConfig().databaseUrl);
      await withDatabase(async (db) => {
        try {
          const header = await exportDatabase(db, { file, withPasswordHashes: options.withPasswordHashes === true, schema });
          const counts = Object.entries(header.counts).map(([type, n]) => `${type} ${n}`).join(', ');
          process.stdout.write(`exported to ${file}: ${counts}\n`);
        } catch (error) {
          if (error instanceof AppError && error.status < 500) throw new CliError(error.message);
          if (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)) {
            throw new CliError(`cannot write ${file}: ${error.message}`);
          }
          throw error;
        }
      });
    });
}
