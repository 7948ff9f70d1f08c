import { Command, CommanderError } from 'commander';
import { CliError } from './cli/cli-error.js';
import { registerEvalCommand } from './cli/eval-command.js';
import { registerExportCommand } from './cli/export-command.js';
import { registerImportCommand } from './cli/import-command.js';
import { registerExtractCommand } from './cli/extract-command.js';
import { registerIngestCommand } from './cli/ingest-command.js';
import { registerReextractCommand } from './cli/reextract-command.js';
import { registerUserCommand } from './cli/user-command.js';

/** The command line: each subcommand is registered from its own file in src/cli/. */
const program = new Command('claimtrail').description('Claimtrail command line').exitOverride();
registerExtractCommand(program);
registerEvalCommand(program);
registerUserCommand(program);
registerReextractCommand(program);
registerIngestCommand(program);
registerExportCommand(program);
registerImportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message = error instanceof CliError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
}
