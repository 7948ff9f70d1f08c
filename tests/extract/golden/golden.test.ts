import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';
import { compareGolden, type GoldenCase } from './compare-golden.js';

const here = dirname(fileURLToPath(import.meta.url));
const cases = readdirSync(here, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

/**
 * Golden tests over the whole pipeline. The expected.json files are
 * annotated by hand and never regenerated from the output.
 */
describe('golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(11));

  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(here, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(here, name, 'expected.json'), 'utf8')) as GoldenCase;
    const result = extractClaims(input, expected.language ? { language: expected.language } : {});
    const report = compareGolden(result, input, expected);
    if (report.pending.length > 0) console.info(`[golden ${name}] ${report.pending.join('\n')}`);
    if (report.extraClaims.length > 0 || report.extraLinks.length > 0) {
      console.info(`[golden ${name}] extra claims: ${report.extraClaims.join(' / ') || 'none'}; extra links: ${report.extraLinks.join(', ') || 'none'}`);
    }
    expect(report.problems, report.problems.join('\n')).toEqual([]);
  });
});
