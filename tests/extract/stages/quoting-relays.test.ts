import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

const direct = (text: string) => extractClaims(text, { language: 'de' }).claims.filter((c) => c.kind === 'direct')
  .map((c) => ({ speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null, relays: (c.relays ?? []).map((r) => ({ speaker: r.speaker?.text ?? null, cue: r.cue?.text ?? null })) }));

describe('quoting verbs: the quoted person speaks, the quoting party relays with the same cue', () => {
  it('keeps the subject of an active quoting verb as a relay sharing the cue', () => {
    expect(direct('Ein Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin, klebe ich nicht an meinem Stuhl.“')).toEqual([
      { speaker: 'Papandreou', cue: 'zitierte Papandreou mit den Worten', relays: [{ speaker: 'Ein Fernsehsender', cue: 'zitierte Papandreou mit den Worten' }] },
    ]);
  });
  it('keeps the source phrase of a passive quoting verb', () => {
    const [claim] = direct('„Schumacher ist immer noch der Meister, den wir zu schätzen gelernt haben.“ wird der Franzose im italienischen Fachblatt „La Gazetta dello Sport“ zitiert.');
    expect(claim?.speaker).toBe('der Franzose');
    expect(claim?.relays.map((r) => r.speaker)).toEqual([expect.stringContaining('Fachblatt')]);
  });
  it('adds no relay to other verbs', () => {
    expect(direct('Der Minister sagte: „Wir bleiben bei unserer Linie, das ist klar.“')[0]?.relays).toEqual([]);
  });
});
