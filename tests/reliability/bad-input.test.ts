/**
 * Bad input where it enters: the ingest form (pasted text and uploads), query
 * strings of every reader route, and the command line. Each gets a clear 4xx
 * page (or a CLI error with an exit code), never a 500 or a stack trace, and
 * the stored data does not change (fingerprint of a full dump before and after).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/start-test-app.js';
import { addUser, signIn, type Session } from '../web/editor/editor-session.js';
import { fingerprint, STACK_TRACE } from './db-fingerprint.js';

let testApp: TestApp;
let editor: Session;
const tally = { form: 0, query: 0, cli: 0 };

beforeAll(async () => {
  testApp = await createTestApp({ env: { MAX_ARTICLE_BYTES: '262144', MAX_UPLOAD_BYTES: '1048576', MAX_REQUEST_BYTES: '1048576' } });
  await addUser(testApp.db, 'ed@example.org', 'editor');
  editor = await signIn(testApp, 'ed@example.org');
}, 120_000);
afterAll(async () => {
  console.info(`[reliability] bad input: ${tally.form} ingest-form inputs, ${tally.query} query strings, ${tally.cli} CLI runs: no 5xx, no stack trace, stored data unchanged`);
  await testApp?.close();
});

const TEN_MB = 10 * 1024 * 1024;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))]);

/** Inputs the form must refuse with a 4xx and a message. */
const REFUSED: { name: string; fields?: Record<string, string>; file?: { name: string; content: Buffer | string }; status: RegExp }[] = [
  { name: 'empty text', fields: { title: 'T', text: '' }, status: /^400$/ },
  { name: 'whitespace only', fields: { title: 'T', text: ' \n\t\u00a0\u2003 \r\n ' }, status: /^400$/ },
  { name: 'only quote marks', fields: { title: 'T', text: '"""„“”‚‘’«»›‹\'\'\'' }, status: /^4\d\d$/ },
  { name: 'no title', fields: { title: '   ', text: 'Der Minister sagte, die Lage sei ernst.' }, status: /^400$/ },
  { name: 'title of 100,000 characters', fields: { title: 'T'.repeat(100_000), text: 'Der Minister sagte, es regne.' }, status: /^400$/ },
  { name: 'bad date', fields: { title: 'T', text: 'Der Minister sagte, es schneie.', date: '2024-02-30' }, status: /^400$/ },
  { name: 'javascript: url', fields: { title: 'T', text: 'Der Minister sagte, es hagle.', url: 'javascript:alert(1)' }, status: /^400$/ },
  { name: 'NUL and control characters', fields: { title: 'T', text: 'Der Minister\u0000 sagte\u0001\u0002, es sei so.' }, status: /^400$/ },
  { name: 'text over MAX_ARTICLE_BYTES', fields: { title: 'T', text: 'Der Sprecher sagte, es sei so. '.repeat(9000) }, status: /^413$/ },
  { name: '10 MB pasted text', fields: { title: 'T', text: 'a'.repeat(TEN_MB) }, status: /^413$/ },
  { name: '10 MB upload', fields: { title: 'T' }, file: { name: 'big.txt', content: Buffer.alloc(TEN_MB, 0x61) }, status: /^413$/ },
  { name: 'invalid UTF-8 upload', fields: { title: 'T' }, file: { name: 'latin1.txt', content: Buffer.from([0x44, 0x65, 0x72, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x20, 0x4d]) }, status: /^400$/ },
  { name: 'PNG renamed .txt', fields: { title: 'T' }, file: { name: 'photo.txt', content: png }, status: /^4\d\d$/ },
  { name: 'empty upload', fields: { title: 'T' }, file: { name: 'empty.txt', content: Buffer.alloc(0) }, status: /^400$/ },
  { name: '.exe upload', fields: { title: 'T' }, file: { name: 'tool.exe', content: 'MZ\u0090\u0000' }, status: /^415$/ },
  { name: 'HTML of only scripts and styles', fields: { title: 'T' }, file: { name: 'x.html', content: '<html><head><style>body{}</style><script>alert(1)</script></head><body><script>document.write(1)</script></body></html>' }, status: /^400$/ },
  { name: 'text and file at once', fields: { title: 'T', text: 'Der Minister sagte, es sei so.' }, file: { name: 'a.txt', content: 'Anderer Text.' }, status: /^400$/ },
  { name: 'duplicate of the demo article', fields: { title: 'Dup' }, status: /^409$/ },
];

/** Inputs that are odd but valid: stored or refused, never a 5xx. */
const ODD: { name: string; text: string }[] = [
  { name: 'thousands of unbalanced quote marks', text: `Er sagte: ${'„Nein '.repeat(3000)} und dann ${'"'.repeat(2001)} Ende.` },
  { name: 'a 100,000-character sentence', text: `Der Sprecher sagte, dass ${'die sehr lange Lage '.repeat(5000)}ernst sei.` },
  { name: 'right-to-left and emoji text', text: 'قال المتحدث إن الوضع خطير 🙂🔥. "אמר הדובר" 👩‍👩‍👧 said: "fine". Laut Reuters sei 🚀 gestartet.' },
  { name: 'HTML with scripts and text', text: '<p onclick="x()">Der Minister sagte, <script>alert(1)</script> es <style>p{}</style> sei <b>ernst</b>.</p>' },
  { name: 'lone surrogate halves', text: 'Der Minister sagte \ud800, es sei \udc00 so.' },
];

function post(fields: Record<string, string>, file?: { name: string; content: Buffer | string }) {
  let req = editor.agent.post('/ingest').field('_csrf', editor.csrf);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  if (file) req = req.attach('file', Buffer.from(file.content), file.name);
  return req;
}

describe('the ingest form', { timeout: 600_000 }, () => {
  it('refuses each bad input with a clear 4xx page and stores nothing', async () => {
    const before = await fingerprint(testApp.db);
    const demo = await testApp.db.prisma.article.findFirstOrThrow({ select: { text: true } });
    for (const input of REFUSED) {
      const fields = input.name.startsWith('duplicate') ? { ...input.fields, text: demo.text } : input.fields ?? {};
      await editor.page('/ingest');
      let res: request.Response;
      try {
        res = await post(fields, input.file);
      } catch (error) {
        // A client cut off while sending 10 MB is acceptable only if the server answered 413 first.
        throw new Error(`${input.name}: ${String(error)}`);
      }
      tally.form++;
      expect([input.name, String(res.status)]).toEqual([input.name, expect.stringMatching(input.status)]);
      expect([input.name, STACK_TRACE.test(res.text)]).toEqual([input.name, false]);
      expect(res.text.length).toBeLessThan(400_000); // the refused form does not echo 10 MB back
    }
    expect(await fingerprint(testApp.db)).toBe(before);
  });

  it('answers odd but valid texts without a 5xx; what is stored is whole', async () => {
    for (const input of ODD) {
      await editor.page('/ingest');
      const res = await post({ title: input.name, text: input.text });
      tally.form++;
      expect([input.name, res.status < 500]).toEqual([input.name, true]);
      expect([input.name, STACK_TRACE.test(res.text)]).toEqual([input.name, false]);
      if (res.status === 303) {
        const page = await request(testApp.app).get(res.headers.location!);
        expect([input.name, page.status]).toEqual([input.name, 200]);
        expect(page.text).not.toMatch(/<script>alert|<p onclick/);
      }
    }
  });
});

const LIST_ROUTES = ['/', '/articles', '/parties', '/parties/Washington', '/actors/1', '/search', '/api/disputes', '/api/articles', '/api/claims', '/api/parties', '/api/parties/Washington', '/api/actors/1', '/api/search', '/export/claims.csv'];
const BAD_QUERIES = [
  'page=-1', 'page=0', 'page=1e309', 'page=abc', 'page=1.5', 'page=99999999999999999999', 'page=NaN', 'page=0x10', 'page[]=1', 'page[a]=1', 'page=1&page=2',
  'party=%00', 'party=a&party=b', 'party=%ff%fe', 'party=%E2%80%AE', 'article=-5', 'article=1e400', 'article=%00',
  'language=xx', 'language=de&language=en', 'from=2020-13-45', 'from=0000-00-00', 'to=99999-01-01', 'from=2024-02-30',
  `q=${'a'.repeat(10_000)}`, `q=${encodeURIComponent('"'.repeat(3000))}`, 'q=%00', 'q=%', 'q=%zz', 'q=(((((', `x=${'y'.repeat(10_000)}`,
];

describe('query strings', { timeout: 600_000 }, () => {
  it('every reader list route answers absurd parameters with 200 or a 4xx, never 5xx', async () => {
    const before = await fingerprint(testApp.db);
    for (const path of LIST_ROUTES) {
      for (const query of BAD_QUERIES) {
        const res = await request(testApp.app).get(`${path}?${query}`);
        tally.query++;
        const label = `${path}?${query.slice(0, 40)}`;
        expect([label, res.status < 500]).toEqual([label, true]);
        expect([label, STACK_TRACE.test(res.text)]).toEqual([label, false]);
        if (/^page=(-1|0|1e309|abc|1\.5|NaN)$/.test(query) && !/\/(parties|api\/parties)$/.test(path)) {
          expect([label, res.status]).toEqual([label, 400]);
          if (path.startsWith('/api/')) expect(res.body.error.code).toBe('VALIDATION_FAILED');
        }
      }
    }
    for (const path of ['/claims/abc', '/claims/-1', '/claims/1e309', '/claims/%00', '/articles/99999999999999999999', '/actors/0x1', '/parties/%00', `/parties/${'p'.repeat(5000)}`]) {
      const res = await request(testApp.app).get(path);
      tally.query++;
      expect([path, res.status]).toEqual([path, expect.any(Number)]);
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
    }
    expect(await fingerprint(testApp.db)).toBe(before);
  });
});

describe('command line', { timeout: 600_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-bad-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: join(tmp, 'data'), DATABASE_URL: '', LOG_LEVEL: 'silent', MAX_UPLOAD_BYTES: '1048576' },
      timeout: 300_000,
    });
    tally.cli++;
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };

  it('refuses bad files and arguments with an error line and a non-zero exit code, storing nothing', () => {
    const bad = join(tmp, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.txt'), ' \n\t \n');
    writeFileSync(join(bad, 'photo.txt'), png);
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x44, 0xe4, 0x72, 0x20, 0xc3, 0x28, 0xff]));
    writeFileSync(join(bad, 'huge.txt'), Buffer.alloc(TEN_MB, 0x61));
    writeFileSync(join(bad, 'scripts.html'), '<script>alert(1)</script><style>x{}</style>');
    const ingest = cli(['ingest', bad, '--workers', '0', '--no-link', '--json']);
    expect(ingest.out).not.toMatch(STACK_TRACE);
    expect(ingest.out).toMatch(/"stored":\s*0/);
    const summary = JSON.parse(ingest.out.slice(ingest.out.indexOf('{'), ingest.out.lastIndexOf('}') + 1)) as { failed: number; skipped: number };
    expect(summary.failed + summary.skipped).toBe(6); // empty files are skipped, the rest fail with a reason
    expect(summary.failed).toBeGreaterThanOrEqual(4);
    expect(ingest.status).not.toBe(0);

    for (const args of [['ingest', join(tmp, 'missing-folder')], ['reextract', 'abc'], ['reextract', '--', '-1'], ['import', join(bad, 'photo.txt')], ['export', join(tmp, 'no-such-dir', 'x.jsonl')], ['no-such-command']]) {
      const run = cli(args);
      expect([args.join(' '), run.status === 0]).toEqual([args.join(' '), false]);
      expect([args.join(' '), STACK_TRACE.test(run.out)]).toEqual([args.join(' '), false]);
    }
  });
});
