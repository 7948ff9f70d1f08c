import { describe, expect, it } from 'vitest';
import { getDefaultKnowledge } from '../../../src/knowledge/index.js';
import { chainRelays } from '../../../src/extract/stages/chain-relays.js';
import { resolveSpeakers } from '../../../src/extract/stages/resolve-speakers.js';
import { makeStageDoc } from './make-stage-doc.js';

const knowledge = getDefaultKnowledge();
const relay = (text: string, specs: Parameters<typeof makeStageDoc>[2], language: 'de' | 'en' = 'de') =>
  chainRelays(resolveSpeakers(makeStageDoc(text, language, specs), knowledge)).claims.map((c) => ({ text: c.text, party: c.party, via: c.via }));

describe('chainRelays', () => {
  it('folds an agency claim into the claim it reports ("X sagte ..., berichtete Reuters")', () => {
    const text = 'Paris erklärte, die Mission sei gefährlich, berichtete Reuters.';
    expect(relay(text, [
      { content: 'die Mission sei gefährlich', speaker: 'Paris', cue: 'erklärte' },
      { content: 'Paris erklärte, die Mission sei gefährlich', speaker: 'Reuters', cue: 'berichtete' },
    ])).toEqual([{ text: 'die Mission sei gefährlich', party: 'Paris', via: ['Reuters'] }]);
  });

  it('finds the source inside relayed content: passive agent and subject before a verb', () => {
    const text = 'Während des Treffens wurde Esper "von Frankreich gewarnt, die Allianz nicht zu verwickeln", berichtete Reuters.';
    expect(relay(text, [
      { content: '"von Frankreich gewarnt, die Allianz nicht zu verwickeln"', speaker: 'Reuters', cue: 'berichtete', kind: 'direct' },
    ])).toEqual([{ text: '"von Frankreich gewarnt, die Allianz nicht zu verwickeln"', party: 'Paris', via: ['Reuters'] }]);
  });

  it('adds a relay named by "laut" / "zufolge" / "according to" in the sentence', () => {
    expect(relay('Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück.', [
      { content: 'dieses Ansinnen', speaker: 'Frankreich', cue: 'wies', kind: 'reported' },
    ])).toEqual([{ text: 'dieses Ansinnen', party: 'Paris', via: ['Reuters'] }]);
    expect(relay('The Kremlin said the talks had failed, according to AFP.', [
      { content: 'the talks had failed', speaker: 'The Kremlin', cue: 'said' },
    ], 'en')).toEqual([{ text: 'the talks had failed', party: 'Moscow', via: ['AFP'] }]);
  });

  it('keeps chains ordered from the article inward (AFP relays Reuters relays Paris)', () => {
    const text = 'Paris erklärte, die Mission sei gefährlich, berichtete Reuters, wie AFP meldete.';
    const [claim] = relay(text, [
      { content: 'die Mission sei gefährlich', speaker: 'Paris', cue: 'erklärte' },
      { content: 'Paris erklärte, die Mission sei gefährlich', speaker: 'Reuters', cue: 'berichtete' },
      { content: 'Paris erklärte, die Mission sei gefährlich, berichtete Reuters', speaker: 'AFP', cue: 'meldete' },
    ]);
    expect(claim).toEqual({ text: 'die Mission sei gefährlich', party: 'Paris', via: ['AFP', 'Reuters'] });
  });

  it('keeps the cue and source mention of each relay folded in or merged ("relays", from the article inward)', () => {
    const chained = chainRelays(resolveSpeakers(makeStageDoc('Paris erklärte, die Mission sei gefährlich, berichtete Reuters, wie AFP meldete.', 'de', [
      { content: 'die Mission sei gefährlich', speaker: 'Paris', cue: 'erklärte' },
      { content: 'Paris erklärte, die Mission sei gefährlich', speaker: 'Reuters', cue: 'berichtete' },
      { content: 'Paris erklärte, die Mission sei gefährlich, berichtete Reuters', speaker: 'AFP', cue: 'meldete' },
    ]), knowledge)).claims;
    expect(chained.map((c) => c.relays?.map((r) => [r.party, r.cue?.text, r.speaker?.text]))).toEqual([
      [['AFP', 'meldete', 'AFP'], ['Reuters', 'berichtete', 'Reuters']],
    ]);
    // A merged attribution of the same content ("laut einem Reuters-Bericht") keeps its spans; one of another source is dropped.
    const doc = resolveSpeakers(makeStageDoc('Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück.', 'de', [
      { content: 'dieses Ansinnen', speaker: 'Frankreich', cue: 'wies', kind: 'reported' },
    ]), knowledge);
    const laut = doc.text.indexOf('laut');
    const mention = doc.text.indexOf('einem Reuters-Bericht');
    const merged = { cue: { text: 'laut', start: laut, end: laut + 4 }, speaker: { text: 'einem Reuters-Bericht', start: mention, end: mention + 21 } };
    const withRelay = { ...doc, claims: doc.claims.map((c) => ({ ...c, relays: [{ party: 'unknown', ...merged }, { party: 'unknown', cue: merged.cue, speaker: { text: 'dieses', start: 11, end: 17 } }] })) };
    expect(chainRelays(withRelay).claims.map((c) => c.relays)).toEqual([[{ party: 'Reuters', ...merged }]]);
    // Without a parsed relay attribution the claim has via but no relays.
    expect(chainRelays(doc).claims[0]).not.toHaveProperty('relays');
  });

  it('leaves an agency claim without an embedded source as the agency\'s own claim', () => {
    expect(relay('Laut Reuters wurden zwei Tanker beschädigt.', [
      { content: 'wurden zwei Tanker beschädigt', speaker: 'Reuters', cue: 'Laut' },
    ])).toEqual([{ text: 'wurden zwei Tanker beschädigt', party: 'Reuters', via: [] }]);
  });
});
