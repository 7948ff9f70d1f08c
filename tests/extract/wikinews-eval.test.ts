import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../src/eval/corpus-paths.js';
import { evaluateWikinews } from '../../src/eval/evaluate-wikinews.js';
import { loadWikinewsCorpus } from '../../src/eval/load-wikinews-corpus.js';
import { ROLES } from '../../src/eval/score-quotations.js';

const dir = join(defaultCorporaDir(), 'de-wikinews-quotation', 'dev');
const floors = JSON.parse(readFileSync(new URL('./eval-floors.json', import.meta.url), 'utf8')) as Record<string, { f1: number; exactF1: number }>;
const present = existsSync(dir);
if (!present) console.warn(`wikinews-eval: corpus not found at ${dir}, skipping`);

describe.skipIf(!present)('de-wikinews-quotation dev scores', () => {
  it('stay at or above the recorded floors (content, speaker, cue)', { timeout: 120_000 }, () => {
    const report = evaluateWikinews(loadWikinewsCorpus(dir));
    expect(report.documents).toBe(150);
    expect(report.failures, 'articles whose extraction failed').toEqual([]);
    for (const role of ROLES) {
      const floor = floors[role];
      expect(floor, `floor for ${role}`).toBeDefined();
      expect(report.roles[role].f1, `${role} token F1`).toBeGreaterThanOrEqual(floor!.f1);
      expect(report.roles[role].exactF1, `${role} exact F1`).toBeGreaterThanOrEqual(floor!.exactF1);
    }
  });
});
