import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { evaluateWikinews } from '../../src/eval/evaluate-wikinews.js';
import type { CorpusDocument, CorpusRole, CorpusToken } from '../../src/eval/load-wikinews-corpus.js';

// One tiny article in the dataset's shape: "Merkel sagte, das sei gut." with its gold quotation.
const text = 'Merkel sagte, das sei gut.';
const words = ['Merkel', 'sagte', ',', 'das', 'sei', 'gut', '.'];
const tokens: CorpusToken[] = [];
let at = 0;
for (const [id, word] of words.entries()) {
  const begin = text.indexOf(word, at);
  tokens.push({ id, text: word, charBegin: begin, charEnd: begin + word.length, sentence: 0 });
  at = begin + word.length;
}
const role = (ids: number[]): CorpusRole => ({ text: '', tokenIds: ids, spans: [] });
const doc = (name: string): CorpusDocument => ({
  name, originalText: text, tokens,
  annotations: [{ type: 'Indirect', quote: role([3, 4, 5]), speaker: role([0]), cue: role([1]) }],
});

describe('evaluateWikinews', () => {
  it('scores the real extractor on a document in the dataset shape, with no failures', () => {
    const report = evaluateWikinews([doc('a.json')]);
    expect(report.failures).toEqual([]);
    expect(report.goldQuotations).toBe(1);
    expect(report.systemQuotations).toBe(1);
    expect(report.roles.speaker.f1).toBe(1);
    expect(report.roles.cue.f1).toBe(1);
  });

  it('lists the documents whose extraction failed instead of scoring them silently as empty', () => {
    let failNext = true;
    const failing = (input: string) => {
      if (!failNext) return extractClaims(input, { language: 'de' });
      failNext = false;
      return { language: null, claims: [], relations: [], warnings: ['extraction failed: index out of range'] };
    };
    const report = evaluateWikinews([doc('broken.json'), doc('fine.json')], failing);
    expect(report.failures).toEqual([{ document: 'broken.json', message: 'index out of range' }]);
    expect(report.systemQuotations).toBe(1);
    expect(report.roles.speaker.recall).toBe(0.5);
  });
});
