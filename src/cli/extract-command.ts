import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { extractClaims } from '../extract/index.js';
import type { Language } from '../extract/types.js';
import { CliError } from './cli-error.js';

/** Registers `extract FILE`: prints the claims of one text file (`-` reads stdin). */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract attributed claims from a text file ("-" reads stdin)')
    .argument('<file>', 'text file, or - for stdin')
    .option('--format <format>', 'output format (json)', 'json')
    .option('--lang <lang>', 'de or en (default: detected)')
    .action((file: string, options: { format: string; lang?: string }) => {
      if (options.format !== 'json') throw new CliError(`unknown format "${options.format}" (json)`);
      if (options.lang !== undefined && options.lang !== 'de' && options.lang !== 'en') throw new CliError(`unknown language "${options.lang}" (de or en)`);
      const text = readInput(file);
      const result = extractClaims(text, options.lang ? { language: options.lang as Language } : {});
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      const claims = result.claims.map((c) => ({
        id: c.id, text: c.text, start: c.start, end: c.end, kind: c.kind, cue: c.cue, speaker: c.speaker,
        actor: c.actor, party: c.party, via: c.via, confidence: c.confidence, unsourced: c.unsourced,
        disputes: c.disputes, supports: c.supports, hedged: c.hedged, distanced: c.distanced,
        ...(c.relays ? { relays: c.relays } : {}),
        ...(c.continues !== undefined ? { continues: c.continues } : {}),
      }));
      process.stdout.write(`${JSON.stringify({ language: result.language, claims, relations: result.relations }, null, 2)}\n`);
    });
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`file not found: ${file}`);
    if (code === 'EISDIR') throw new CliError(`not a file: ${file}`);
    throw new CliError(`cannot read ${file}: ${code ?? 'unknown error'}`);
  }
}
