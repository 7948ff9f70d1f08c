import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGnadCsv } from '../../src/eval/read-gnad-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-gnad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(content: string) {
  const file = join(dir, 'test.csv');
  writeFileSync(file, content);
  return readGnadCsv(file);
}

describe('readGnadCsv', () => {
  it('splits each line at its first ";" into section and text, skipping blank lines', () => {
    expect(read("Wirtschaft;Die Börse schloss fester; der DAX stieg.\r\n\nSport;'Tor'\n")).toEqual([
      { section: 'Wirtschaft', text: 'Die Börse schloss fester; der DAX stieg.' },
      { section: 'Sport', text: 'Tor' },
    ]);
  });

  it("reads quoted fields, with '' as a literal quote and ';' inside the quotes", () => {
    expect(read("'Inland';'Er sagte: ''Nein; nie''. Dann ging er.'\n")).toEqual([
      { section: 'Inland', text: "Er sagte: 'Nein; nie'. Dann ging er." },
    ]);
  });

  it('keeps a line without ";" out (no text column)', () => {
    expect(read('Kultur\nWeb;Ein Text\n')).toEqual([{ section: 'Web', text: 'Ein Text' }]);
  });
});
