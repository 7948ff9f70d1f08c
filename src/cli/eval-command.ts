import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { defaultCorporaDir } from '../eval/corpus-paths.js';
import { evaluateWikinews, type EvaluationReport } from '../eval/evaluate-wikinews.js';
import { loadWikinewsCorpus } from '../eval/load-wikinews-corpus.js';
import { ROLES } from '../eval/score-quotations.js';
import { CliError } from './cli-error.js';

/** Registers `eval`: scores the extractor on the German Wikinews quotation corpus. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score quotation extraction on de-wikinews-quotation (content/speaker/cue P/R/F1)')
    .option('--split <split>', 'dev or train', 'dev')
    .option('--corpus <dir>', 'folder holding de-wikinews-quotation/', defaultCorporaDir())
    .option('--json', 'print the report as JSON')
    .action((options: { split: string; corpus: string; json?: boolean }) => {
      if (options.split !== 'dev' && options.split !== 'train') throw new CliError(`unknown split "${options.split}" (dev or train)`);
      const dir = join(options.corpus, 'de-wikinews-quotation', options.split);
      if (!existsSync(dir)) throw new CliError(`corpus folder not found: ${dir}`);
      const report = evaluateWikinews(loadWikinewsCorpus(dir));
      process.stdout.write(options.json ? `${JSON.stringify({ split: options.split, ...report }, null, 2)}\n` : formatReport(options.split, report));
      if (report.failures.length > 0) {
        for (const failure of report.failures) process.stderr.write(`extraction failed on ${failure.document}: ${failure.message}\n`);
        throw new CliError(`${report.failures.length} of ${report.documents} articles failed to extract; the scores above count them as empty`);
      }
    });
}

function formatReport(split: string, report: EvaluationReport): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  const lines = [
    `de-wikinews-quotation ${split}: ${report.documents} articles, ${report.goldQuotations} gold / ${report.systemQuotations} system quotations, ${report.seconds.toFixed(2)} s`,
    'role       token P  token R  token F1 | exact P  exact R  exact F1',
  ];
  for (const role of ROLES) {
    const s = report.roles[role];
    const name = role === 'quote' ? 'content' : role;
    lines.push(`${name.padEnd(9)}  ${pct(s.precision)}    ${pct(s.recall)}    ${pct(s.f1)}   |  ${pct(s.exactPrecision)}    ${pct(s.exactRecall)}    ${pct(s.exactF1)}`);
  }
  return `${lines.join('\n')}\n`;
}
