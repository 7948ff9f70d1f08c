import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../src/eval/corpus-paths.js';
import { parseDelimited } from '../../src/ingest/parse-delimited.js';
import { DEFAULT_SOURCE_OPTIONS, readIngestSources, type SourceEntry } from '../../src/ingest/read-ingest-sources.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-src-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string): string => {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
};
const ok = (entries: SourceEntry[]) => entries.flatMap((e) => (e.ok ? [e.item] : []));
const failed = (entries: SourceEntry[]) => entries.flatMap((e) => (e.ok ? [] : [e]));

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, any delimiter and quote', () => {
    const records = [...parseDelimited('a,"b, ""c""\nd",e\n\nx,y,z\n', { delimiter: ',', quote: '"' })];
    expect(records).toEqual([{ line: 1, fields: ['a', 'b, "c"\nd', 'e'] }, { line: 4, fields: ['x', 'y', 'z'] }]);
    expect([...parseDelimited("Politik;'Er sagte; es sei ''gut''.'\r\nSport;ohne", { delimiter: ';', quote: "'" })].map((r) => r.fields))
      .toEqual([['Politik', "Er sagte; es sei 'gut'."], ['Sport', 'ohne']]);
  });
});

describe('readIngestSources', () => {
  it('walks folders recursively: .txt, .md, .html by extension, other and dot files ignored, titles from <title> or the first line', () => {
    write('tree/a.txt', 'Erste Zeile als Titel\n\nDer Minister sagte, alles sei gut.');
    write('tree/sub/b.md', '# Überschrift\n\nDie Ministerin sagte, nichts sei gut.');
    write('tree/sub/c.html', '<html><head><title>HTML-Titel</title></head><body><p>Der Sprecher sagte, es regne.</p></body></html>');
    write('tree/d.png', 'not an article');
    write('tree/.hidden.txt', 'hidden');
    const items = ok(readIngestSources([join(dir, 'tree')]));
    expect(items.map((i) => i.source.slice(dir.length + 1))).toEqual(['tree/a.txt', 'tree/sub/b.md', 'tree/sub/c.html']);
    expect(items.map((i) => i.title)).toEqual(['Erste Zeile als Titel', 'Überschrift', 'HTML-Titel']);
    expect(items[2]!.text).toContain('Der Sprecher sagte, es regne.');
  });

  it('reads CSV with a header (columns by name) and without (columns by index, any delimiter/quote)', () => {
    const withHeader = write('feed.csv', 'title,date,text\n"Eins",2020-01-02,"Er sagte, ""alles"" sei gut.\nZweiter Absatz."\nZwei,,Sie sagte nichts.\n');
    const items = ok(readIngestSources([withHeader]));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: 'Eins', text: 'Er sagte, "alles" sei gut.\nZweiter Absatz.', publishedAt: new Date('2020-01-02') });
    expect(items[1]).toMatchObject({ title: 'Zwei', publishedAt: null, source: `${withHeader}:4` });
    const gnad = write('gnad.csv', "Wirtschaft;'Die Firma meldet Gewinne; der Chef sagte, es gehe gut.'\nSport;'Der Trainer sagte, das Spiel sei vorbei.'\n");
    const rows = ok(readIngestSources([gnad], { ...DEFAULT_SOURCE_OPTIONS, delimiter: ';', quote: "'", header: false, textColumn: 1 }));
    expect(rows.map((r) => r.text)).toEqual(['Die Firma meldet Gewinne; der Chef sagte, es gehe gut.', 'Der Trainer sagte, das Spiel sei vorbei.']);
    expect(rows[0]!.title).toBe('Die Firma meldet Gewinne; der Chef sagte, es gehe gut.');
  });

  it('reports bad records and files as failed entries, with the place and the reason', () => {
    const jsonl = write('rows.jsonl', '{"title":"A","text":"Er sagte, es gehe."}\n{not json}\n{"title":"C","text":""}\n{"title":"D","text":"Sie sagte nein.","date":"gestern"}\n');
    const entries = readIngestSources([jsonl, join(dir, 'missing.txt'), write('x.pdf', '%PDF')]);
    expect(ok(entries).map((i) => i.title)).toEqual(['A']);
    expect(failed(entries).map((f) => [f.source.replace(dir, ''), f.reason.split(' ')[0]])).toEqual([
      ['/rows.jsonl:2', expect.any(String)],
      ['/rows.jsonl:3', 'no'],
      ['/rows.jsonl:4', 'invalid'],
      ['/missing.txt', 'not'],
      ['/x.pdf', 'unsupported'],
    ]);
  });

  it('reads a Wikinews quotation file: originalText, title and date from the file name', () => {
    const file = write('wiki/12324 - Jenaer Feuerteufel gefasst (2005-09-10).pretty.json', JSON.stringify({ originalText: 'Die Polizei teilte mit, der Täter sei gefasst.', tokens: [] }));
    const [item] = ok(readIngestSources([join(dir, 'wiki')]));
    expect(item).toMatchObject({ title: 'Jenaer Feuerteufel gefasst', publishedAt: new Date('2005-09-10T00:00:00Z'), outlet: 'Wikinews' });
  });
});

const corpora = defaultCorporaDir();
const gnadCsv = join(corpora, 'de-10kgnad', 'test.csv');
const wikiTrain = join(corpora, 'de-wikinews-quotation', 'train');
const wikiDev = join(corpora, 'de-wikinews-quotation', 'dev');
describe.skipIf(!existsSync(gnadCsv) || !existsSync(wikiDev))(`the real corpora load${existsSync(gnadCsv) ? '' : ' (skipped: no corpora under ../shared/corpora)'}`, () => {
  it('reads all 1,028 10kGNAD rows and 850 Wikinews articles', () => {
    const gnad = readIngestSources([gnadCsv], { ...DEFAULT_SOURCE_OPTIONS, delimiter: ';', quote: "'", header: false, textColumn: 1 });
    expect(failed(gnad)).toEqual([]);
    expect(gnad).toHaveLength(1028);
    const wiki = readIngestSources([wikiTrain, wikiDev], { ...DEFAULT_SOURCE_OPTIONS, format: 'wikinews' });
    expect(failed(wiki)).toEqual([]);
    expect(ok(wiki)).toHaveLength(850);
    expect(ok(wiki).every((item) => item.publishedAt !== null && item.title.length > 0)).toBe(true);
  });
});
