/**
 * Lists every dispute and support relation the extractor finds in the German
 * corpora (the 700 de-wikinews-quotation train articles and the 1,028
 * de-10kgnad test articles), with counts by type and cue, then N of them in a
 * fixed random order (mulberry32 with SEED), each with both claims and the
 * text around them, for judging by hand. There is no gold for links: this is
 * how their precision is measured (see README, "Dispute links on real text").
 *   npm run --silent relations -- [N] [SEED] [--corpus DIR]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorporaDir } from '../src/eval/corpus-paths.js';
import { loadWikinewsCorpus } from '../src/eval/load-wikinews-corpus.js';
import { readGnadCsv } from '../src/eval/read-gnad-csv.js';
import { extractClaims, type ExtractedClaim, type ExtractedRelation } from '../src/extract/index.js';

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpus = corpusAt >= 0 && args[corpusAt + 1] ? args[corpusAt + 1]! : defaultCorporaDir();
const [n = 60, seed = 1] = args.filter((_, i) => i !== corpusAt && i !== corpusAt + 1).map(Number);

const texts: Array<[string, string]> = [];
const train = join(corpus, 'de-wikinews-quotation', 'train');
if (existsSync(train)) for (const doc of loadWikinewsCorpus(train)) texts.push([`train:${doc.name}`, doc.originalText]);
const gnad = join(corpus, 'de-10kgnad', 'test.csv');
if (existsSync(gnad)) readGnadCsv(gnad).forEach((article, i) => texts.push([`10kgnad:${i}`, article.text]));
if (texts.length === 0) {
  process.stderr.write(`error: no corpus found under ${corpus}\n`);
  process.exit(1);
}

interface Found { name: string; text: string; relation: ExtractedRelation; from: ExtractedClaim; to: ExtractedClaim }
const all: Found[] = [];
for (const [name, text] of texts) {
  const result = extractClaims(text, { language: 'de' });
  const byId = new Map(result.claims.map((claim) => [claim.id, claim]));
  for (const relation of result.relations) {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    if (from && to) all.push({ name, text, relation, from, to });
  }
}

const count = (key: (found: Found) => string): string => {
  const counts = new Map<string, number>();
  for (const found of all) counts.set(key(found), (counts.get(key(found)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
};
console.log(`${all.length} relations in ${texts.length} articles`);
console.log(`by type: ${count((found) => found.relation.type)}`);
console.log(`by cue: ${count((found) => found.relation.cue?.text.toLowerCase() ?? '(none)')}`);

let state = seed >>> 0;
const random = (): number => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = all.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const show = (claim: ExtractedClaim): string =>
  `${claim.id} ${claim.kind} [${claim.speaker?.text ?? ''}] {${claim.cue?.text ?? ''}} ${claim.party} :: ${claim.text.replace(/\s+/g, ' ').slice(0, 220)}`;
const around = (text: string, from: number, to: number): string => text.slice(Math.max(0, from), Math.min(text.length, to)).replace(/\s+/g, ' ');
for (const [k, i] of order.slice(0, n).entries()) {
  const { name, text, relation, from, to } = all[i]!;
  console.log(`\n#${k + 1} ${name} ${relation.from} ${relation.type} ${relation.to} cue={${relation.cue?.text ?? ''}} confidence=${relation.confidence}`);
  console.log(`  FROM ${show(from)}`);
  console.log(`  TO   ${show(to)}`);
  const lo = Math.min(from.start, to.start);
  const hi = Math.max(from.end, to.end);
  if (hi - lo < 900) console.log(`  TEXT ${around(text, lo - 150, hi + 80)}`);
  else if (relation.cue) console.log(`  CUE  ${around(text, relation.cue.start - 200, relation.cue.end + 150)}`);
}
