/**
 * Extraction benchmark: the 150 dev articles of de-wikinews-quotation and
 * the 1,028 articles of de-10kgnad/test.csv, one core, one pass each after a
 * warm-up. Prints articles/s, MB/s and peak RSS for the full pipeline
 * (extractClaims) and for the attribution core alone (segment -> quotes ->
 * cues -> attributions).
 *   npm run bench:extract [-- --corpus DIR]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorporaDir } from '../src/eval/corpus-paths.js';
import { loadWikinewsCorpus } from '../src/eval/load-wikinews-corpus.js';
import { readGnadCsv } from '../src/eval/read-gnad-csv.js';
import { extractClaims } from '../src/extract/index.js';
import { getLanguagePack } from '../src/extract/lang/index.js';
import { attributeSpeech } from '../src/extract/stages/attribute-speech.js';
import { findCues } from '../src/extract/stages/find-cues.js';
import { findQuotes } from '../src/extract/stages/find-quotes.js';
import { segmentDocument } from '../src/extract/stages/segment-document.js';

const args = process.argv.slice(2);
const corpus = args[args.indexOf('--corpus') + 1] && args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : defaultCorporaDir();

const sets: Array<{ name: string; texts: string[] }> = [];
const devDir = join(corpus, 'de-wikinews-quotation', 'dev');
if (existsSync(devDir)) sets.push({ name: 'wikinews dev', texts: loadWikinewsCorpus(devDir).map((d) => d.originalText) });
const gnad = join(corpus, 'de-10kgnad', 'test.csv');
if (existsSync(gnad)) sets.push({ name: '10kGNAD test', texts: readGnadCsv(gnad).map((a) => a.text) });
if (sets.length === 0) {
  process.stderr.write(`error: no corpus found under ${corpus}\n`);
  process.exit(1);
}

const pack = getLanguagePack('de');
const runners: Record<string, (text: string) => number> = {
  'full pipeline': (text) => extractClaims(text, { language: 'de' }).claims.length,
  'attribution core': (text) => attributeSpeech(findCues(findQuotes(segmentDocument(text, 'de', pack)))).attributions.length,
};

// The parsed corpus files are garbage by now: collect them (npm run bench:extract runs node with
// --expose-gc) so the peak below is the extractor's, on top of the texts it reads.
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const loadedRss = process.memoryUsage().rss;
let peakRss = loadedRss;
for (const set of sets) {
  const bytes = set.texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  for (const [name, run] of Object.entries(runners)) {
    for (const text of set.texts.slice(0, 20)) run(text); // warm-up
    const started = performance.now();
    let claims = 0;
    for (const text of set.texts) {
      claims += run(text);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${set.name.padEnd(13)} ${name.padEnd(17)} ${String(set.texts.length).padStart(5)} articles ${(bytes / 1e6).toFixed(2)} MB `
      + `${seconds.toFixed(2)} s  ${(set.texts.length / seconds).toFixed(0).padStart(5)} articles/s  ${(bytes / 1e6 / seconds).toFixed(2)} MB/s  ${claims} claims\n`,
    );
  }
}
process.stdout.write(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (${(loadedRss / 1024 / 1024).toFixed(0)} MB with the texts loaded, before extraction${collect ? '' : '; run with --expose-gc to collect the parsed corpus first'})\n`);
