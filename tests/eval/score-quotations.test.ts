import { describe, expect, it } from 'vitest';
import { assignMax } from '../../src/eval/assign-max.js';
import { claimToQuotations, claimToTokens, tokensIn } from '../../src/eval/claims-to-tokens.js';
import { emptyCounts, overlapF1, scoreDocument, toScores } from '../../src/eval/score-quotations.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

describe('assignMax', () => {
  it('finds the maximum one-to-one assignment, not the greedy one', () => {
    // Greedy would take (0,0)=0.9 and then (1,1)=0.1: total 1.0; the optimum is (0,1)+(1,0) = 0.8+0.8.
    expect(assignMax([[0.9, 0.8], [0.8, 0.1]])).toEqual([[0, 1], [1, 0]]);
  });
  it('handles rectangular matrices both ways', () => {
    expect(assignMax([[0.1, 0.5, 0.2]])).toEqual([[0, 1]]);
    expect(assignMax([[0.1], [0.7], [0.3]])).toEqual([[1, 0]]);
    expect(assignMax([])).toEqual([]);
  });
});

describe('overlapF1', () => {
  it('is the token F1 of two id sets', () => {
    expect(overlapF1([1, 2, 3, 4], [3, 4, 5, 6])).toBeCloseTo(0.5);
    expect(overlapF1([1], [2])).toBe(0);
    expect(overlapF1([], [1])).toBe(0);
  });
});

describe('scoreDocument', () => {
  it('counts token TP/FP/FN per role after alignment and the exact matches', () => {
    const gold = [
      { quote: [10, 11, 12, 13], speaker: [1, 2], cue: [3], type: 'Indirect' },
      { quote: [20, 21], speaker: [15], cue: [], type: 'Direct' },
      { quote: [30, 31, 32], speaker: [], cue: [29], type: 'Indirect' },
    ];
    const system = [
      // matches gold 0: quote 3 of 4 right + 1 extra; speaker exact; cue wrong.
      { quote: [11, 12, 13, 14], speaker: [2, 1, 1], cue: [4], type: 'Indirect' },
      // matches gold 1 exactly.
      { quote: [20, 21], speaker: [15], cue: [], type: 'Direct' },
      // a false alarm.
      { quote: [40, 41], speaker: [39], cue: [38], type: 'Indirect' },
    ];
    const counts = scoreDocument(gold, system, emptyCounts());
    expect(counts.quote).toMatchObject({ tp: 3 + 2, fp: 1 + 2, fn: 1 + 3 });
    expect(counts.speaker).toMatchObject({ tp: 2 + 1, fp: 1, fn: 0, exactMatches: 2, goldSpans: 2, systemSpans: 3 });
    expect(counts.cue).toMatchObject({ tp: 0, fp: 1 + 1, fn: 1 + 1, exactMatches: 0 });
    const quote = toScores(counts.quote);
    expect(quote.precision).toBeCloseTo(5 / 8);
    expect(quote.recall).toBeCloseTo(5 / 9);
    expect(quote.f1).toBeCloseTo((2 * (5 / 8) * (5 / 9)) / (5 / 8 + 5 / 9));
    expect(quote.exactPrecision).toBeCloseTo(1 / 3);
    expect(quote.exactRecall).toBeCloseTo(1 / 3);
  });
  it('uses the type only to break ties', () => {
    const gold = [{ quote: [1, 2], speaker: [7], cue: [], type: 'Direct' }];
    const system = [
      { quote: [1, 2], speaker: [8], cue: [], type: 'Indirect' },
      { quote: [1, 2], speaker: [7], cue: [], type: 'Direct' },
    ];
    const counts = scoreDocument(gold, system);
    expect(counts.speaker).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('claimToTokens', () => {
  const tokens = [
    { id: 0, text: 'Laut', charBegin: 0, charEnd: 4, sentence: 0 },
    { id: 1, text: 'Polizei', charBegin: 5, charEnd: 12, sentence: 0 },
    { id: 2, text: 'brannte', charBegin: 13, charEnd: 20, sentence: 0 },
    { id: 3, text: 'es', charBegin: 21, charEnd: 23, sentence: 0 },
    { id: 4, text: '.', charBegin: 23, charEnd: 24, sentence: 0 },
  ];
  it('maps spans to tokens by character overlap', () => {
    expect(tokensIn([{ start: 6, end: 14 }], tokens)).toEqual([1, 2]);
    expect(tokensIn([{ start: 23, end: 24 }], tokens)).toEqual([4]);
  });
  it('excludes the own speaker and cue from the content; a reported act keeps them and has no cue', () => {
    const claim: ExtractedClaim = {
      id: 'c1', text: 'Laut Polizei brannte es', start: 0, end: 23, kind: 'indirect',
      cue: { text: 'Laut', start: 0, end: 4 }, speaker: { text: 'Polizei', start: 5, end: 12 },
      actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    };
    expect(claimToTokens(claim, tokens)).toEqual({ quote: [2, 3], speaker: [1], cue: [0], type: 'Indirect' });
    expect(claimToTokens({ ...claim, kind: 'reported' }, tokens)).toEqual({ quote: [0, 1, 2, 3], speaker: [1], cue: [], type: 'Reported' });
    // A speech act whose content clause lies outside the cue keeps its cue.
    const act = { ...claim, kind: 'reported' as const, text: 'brannte es', start: 13 };
    expect(claimToTokens(act, tokens)).toEqual({ quote: [2, 3], speaker: [1], cue: [0], type: 'Reported' });
  });
});

describe('claimToQuotations', () => {
  // "Er sagte, es sei ein „großer Erfolg“ gewesen" with tokens per word.
  const text = 'Er sagte, es sei ein „großer Erfolg“ gewesen';
  const tokens = [...text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
  const base: ExtractedClaim = {
    id: 'c1', text: 'es sei ein „großer Erfolg“ gewesen', start: 10, end: text.length, kind: 'mixed',
    cue: { text: 'sagte', start: 3, end: 8 }, speaker: { text: 'Er', start: 0, end: 2 },
    actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
  };
  it('adds a Direct quotation for a quoted fragment of two or more words, with the same speaker and cue', () => {
    const groups = claimToQuotations(base, tokens);
    expect(groups).toHaveLength(2);
    expect(groups[1]!.type).toBe('Direct');
    expect(groups[1]!.quote.map((id) => tokens[id]!.text)).toEqual(['„', 'großer', 'Erfolg', '“']);
    expect(groups[1]!.speaker).toEqual(groups[0]!.speaker);
    expect(groups[1]!.cue).toEqual(groups[0]!.cue);
  });
  it('adds nothing for a direct claim or a one-word quote of a noun or name', () => {
    expect(claimToQuotations({ ...base, kind: 'direct' }, tokens)).toHaveLength(1);
    const scare = { ...base, text: 'es sei ein „Erfolg“', end: 10 + 'es sei ein „Erfolg“'.length };
    expect(claimToQuotations(scare, tokens)).toHaveLength(1);
  });
  it('adds a Direct quotation for a quoted single word in lower case (the speaker\'s adjective, verb or participle)', () => {
    // "Er sagte, das System sei „kaputt“" with tokens per word.
    const said = 'Er sagte, das System sei „kaputt“';
    const saidTokens = [...said.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
    const claim = { ...base, text: 'das System sei „kaputt“', end: said.length };
    const groups = claimToQuotations(claim, saidTokens);
    expect(groups).toHaveLength(2);
    expect(groups[1]).toMatchObject({ type: 'Direct', cue: [1], speaker: [0] });
    expect(groups[1]!.quote.map((id) => saidTokens[id]!.text)).toEqual(['„', 'kaputt', '“']);
  });
  it('adds nothing for a quoted name inside the speaker mention of a reported act', () => {
    // "Die „neue Rechte“ fordert den Rücktritt des Präsidenten" with tokens per word.
    const act = 'Die „neue Rechte“ fordert den Rücktritt des Präsidenten';
    const actTokens = [...act.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
    const claim: ExtractedClaim = {
      ...base, text: act, start: 0, end: act.length, kind: 'reported', cue: { text: 'fordert', start: 18, end: 25 },
      speaker: { text: 'Die „neue Rechte“', start: 0, end: 17 },
    };
    expect(claimToQuotations(claim, actTokens)).toHaveLength(1);
    const named = { ...claim, speaker: null };
    expect(claimToQuotations(named, actTokens)).toHaveLength(2);
  });
});

describe('claimToQuotations and quoted names', () => {
  const quotations = (content: string) => {
    const text = `Er sagte, ${content}`;
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
    const claim: ExtractedClaim = {
      id: 'c1', text: content, start: 10, end: text.length, kind: 'mixed',
      cue: { text: 'sagte', start: 3, end: 8 }, speaker: { text: 'Er', start: 0, end: 2 },
      actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    };
    return claimToQuotations(claim, tokens).length - 1;
  };
  it('adds no Direct quotation for a stretch of capitalized words (a name or title)', () => {
    expect(quotations('die Partei sei der „Social Action Party“ beigetreten')).toBe(0);
    expect(quotations('die „Dornier Do 228“ sei abgestürzt')).toBe(0);
    expect(quotations('es sei ein „großer Erfolg“ gewesen')).toBe(1);
  });
  it('adds none for a capitalized stretch right after the noun naming its class, nor for its gloss', () => {
    expect(quotations('die Besatzung der Fähre „Rabaul Queen“ sei gerettet')).toBe(0);
    expect(quotations('die Angriffe der Operation „Cast Lead“ („gegossenes Blei“) hätten begonnen')).toBe(0);
    expect(quotations('der Bericht sei eine „Ente der Presse“ gewesen')).toBe(1);
    expect(quotations('die Partei trage die „volle Verantwortung“')).toBe(1);
  });
});

describe('claimToQuotations with a relay', () => {
  // "Laut Reuters hat die Regierung angekündigt, die Steuern zu senken" with tokens per word.
  const text = 'Laut Reuters hat die Regierung angekündigt, die Steuern zu senken';
  const tokens = [...text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
  const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const claim: ExtractedClaim = {
    id: 'c1', text: 'die Steuern zu senken', start: text.indexOf('die Steuern'), end: text.length, kind: 'indirect',
    cue: { ...at('hat die Regierung angekündigt'), parts: [at('hat'), at('angekündigt')] }, speaker: at('die Regierung'),
    actor: null, party: 'unknown', via: ['Reuters'], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    relays: [{ party: 'Reuters', cue: at('Laut'), speaker: at('Reuters') }],
  };
  const words = (ids: number[]) => ids.map((id) => tokens[id]!.text).join(' ');
  it('adds the relay as a quotation of the whole relayed attribution with its own cue and speaker', () => {
    const groups = claimToQuotations(claim, tokens);
    expect(groups).toHaveLength(2);
    expect(words(groups[0]!.quote)).toBe('die Steuern zu senken');
    expect(groups[1]).toMatchObject({ speaker: [1], cue: [0], type: 'Indirect' });
    expect(words(groups[1]!.quote)).toBe('hat die Regierung angekündigt , die Steuern zu senken');
  });
  it('leaves the relay\'s cue and source out of the claim\'s own content; a relay without a cue adds nothing', () => {
    const wide = { ...claim, text, start: 0, cue: null, speaker: null };
    expect(words(claimToQuotations(wide, tokens)[0]!.quote)).toBe('hat die Regierung angekündigt , die Steuern zu senken');
    expect(claimToQuotations({ ...claim, relays: [{ party: 'Reuters', cue: null, speaker: at('Reuters') }] }, tokens)).toHaveLength(1);
  });
});

describe('claimToQuotations with the quoting party of a quoting verb', () => {
  const text = 'Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich bleibe.“';
  const tokens = [...text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
  const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const cue = { ...at('zitierte Papandreou mit den Worten'), parts: [at('zitierte'), at('mit den Worten')] };
  const claim: ExtractedClaim = {
    id: 'c1', text: '„Ich bleibe.“', start: text.indexOf('„'), end: text.length, kind: 'direct', cue, speaker: at('Papandreou'),
    actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    relays: [{ party: 'unknown', cue, speaker: at('Ein Fernsehsender') }],
  };
  const words = (ids: number[]) => ids.map((id) => tokens[id]!.text).join(' ');
  it('adds a Direct quotation of the same quote with the quoting party as speaker', () => {
    const groups = claimToQuotations(claim, tokens);
    expect(groups).toHaveLength(2);
    expect(words(groups[1]!.quote)).toBe('„ Ich bleibe . “');
    expect(groups[1]).toMatchObject({ type: 'Direct', speaker: [0, 1] });
    expect(words(groups[1]!.cue)).toBe('zitierte mit den Worten');
  });
  it('leaves the quoted person\'s quotation of an active quoting verb without a cue, as the dataset does', () => {
    expect(claimToQuotations(claim, tokens)[0]!.cue).toEqual([]);
    expect(claimToQuotations({ ...claim, relays: [] }, tokens)[0]!.cue.length).toBe(4);
  });
  it('keeps the relayed attribution as a whole for a relay with a cue of its own', () => {
    const other = { ...claim, relays: [{ party: 'unknown', cue: { ...at('zitierte'), parts: [at('zitierte')] }, speaker: at('Ein Fernsehsender') }] };
    expect(claimToQuotations(other, tokens)[1]!.type).toBe('Indirect');
  });
});

describe('claimToQuotations with a passive quoting verb', () => {
  const text = 'Ratzmann wird von der Netzeitung zitiert: „Ich bleibe.“';
  const tokens = [...text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
  const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const cue = { ...at('wird von der Netzeitung zitiert'), parts: [at('wird'), at('zitiert')] };
  const claim: ExtractedClaim = {
    id: 'c1', text: '„Ich bleibe.“', start: text.indexOf('„'), end: text.length, kind: 'direct', cue, speaker: at('Ratzmann'),
    actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    relays: [{ party: 'unknown', cue, speaker: at('der Netzeitung') }],
  };
  it('keeps the cue on both quotations', () => {
    const groups = claimToQuotations(claim, tokens);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.cue).toEqual([1, 5]);
    expect(groups[1]!.cue).toEqual([1, 5]);
  });
});

describe('claimToTokens and a demonstrative standing for the content', () => {
  const tokensOf = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)]
    .map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
  const claimOf = (text: string, content: string, cue: string): ExtractedClaim => ({
    id: 'c1', text: content, start: text.indexOf(content), end: text.indexOf(content) + content.length, kind: 'indirect',
    cue: { text: cue, start: text.indexOf(cue), end: text.indexOf(cue) + cue.length }, speaker: null,
    actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
  });
  it('takes the full stop and the demonstrative subject of the cue into the quotation, as the dataset does', () => {
    const text = 'Der Täter ist gefasst. Dies teilte die Polizei mit.';
    const tokens = tokensOf(text);
    const words = (ids: number[]) => ids.map((id) => tokens[id]!.text).join(' ');
    expect(words(claimToTokens(claimOf(text, 'Der Täter ist gefasst', 'teilte'), tokens).quote)).toBe('Der Täter ist gefasst . Dies');
  });
  it('takes nothing else between content and cue', () => {
    const text = 'Der Täter ist gefasst. Gestern teilte die Polizei mit, er sei bewaffnet.';
    const tokens = tokensOf(text);
    expect(claimToTokens(claimOf(text, 'Der Täter ist gefasst', 'teilte'), tokens).quote).toHaveLength(4);
  });
});

describe('claimToTokens and an attribution inserted in the content', () => {
  it('leaves out the commas or dashes that set off the claim\'s own cue and speaker', () => {
    const text = 'Der Präsident sei, so der Minister, schuld daran.';
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)]
      .map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: 0 }));
    const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const claim: ExtractedClaim = {
      id: 'c1', text: text.slice(0, -1), start: 0, end: text.length - 1, kind: 'indirect', cue: at('so'), speaker: at('der Minister'),
      actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
    };
    const words = (ids: number[]) => ids.map((id) => tokens[id]!.text).join(' ');
    expect(words(claimToTokens(claim, tokens).quote)).toBe('Der Präsident sei schuld daran');
    // A comma inside the content that sets off nothing of the claim stays.
    expect(words(claimToTokens({ ...claim, cue: null, speaker: null }, tokens).quote)).toBe('Der Präsident sei , so der Minister , schuld daran');
  });
});

describe('claimToQuotations for a continuation', () => {
  // "Er sagte, es sei ernst. Man werde „mit aller Härte“ handeln." with tokens per word.
  const text = 'Er sagte, es sei ernst. Man werde „mit aller Härte“ handeln.';
  const tokens = [...text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)].map((m, id) => ({ id, text: m[0], charBegin: m.index!, charEnd: m.index! + m[0].length, sentence: m.index! < 24 ? 0 : 1 }));
  const start = text.indexOf('Man');
  const continuation: ExtractedClaim = {
    id: 'c2', text: text.slice(start), start, end: text.length, kind: 'mixed',
    cue: { text: 'sagte', start: 3, end: 8 }, speaker: { text: 'Er', start: 0, end: 2 }, continues: 'c1',
    actor: null, party: 'unknown', via: [], confidence: 1, unsourced: false, hedged: false, distanced: [], disputes: [], supports: [],
  };
  it('maps the continued sentence with no cue and its quoted fragment with the lent cue, as the dataset annotates them', () => {
    const groups = claimToQuotations(continuation, tokens);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ cue: [], speaker: [0], type: 'Indirect' });
    expect(groups[0]!.quote.map((id) => tokens[id]!.text).join(' ')).toBe('Man werde „ mit aller Härte “ handeln .');
    expect(groups[1]).toMatchObject({ cue: [1], speaker: [0], type: 'Direct' });
  });
  it('maps a quote continuing a quote with the lent cue, and a claim that continues nothing with its own cue', () => {
    const quoteStart = text.indexOf('„');
    const quote = { ...continuation, kind: 'direct' as const, text: '„mit aller Härte“', start: quoteStart, end: quoteStart + '„mit aller Härte“'.length };
    expect(claimToQuotations(quote, tokens)[0]!.cue).toEqual([1]);
    expect(claimToQuotations({ ...continuation, continues: undefined }, tokens)[0]!.cue).toEqual([1]);
  });
});
