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
  it('reads the quoted person after the quoting party when the verb comes first', () => {
    const [a] = direct('„Das ist eine Größenordnung, die die Szene sonst nicht auf die Beine stellt“, zitiert ndr.de Polizeisprecher Ralf Meyer.');
    expect(a).toMatchObject({ speaker: 'Polizeisprecher Ralf Meyer', relays: [{ speaker: 'ndr.de' }] });
    const [b] = direct('„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Lynch in einem Bericht.');
    expect(b).toMatchObject({ speaker: 'Lynch', relays: [{ speaker: 'die „Computerwoche“' }] });
  });
  it('takes the subject of a passive quoting verb, not its agent, as the speaker', () => {
    const [a] = direct('Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Netzeitung“ mit den Worten zitiert: „Wowereit ist angeschlagen. Das wird ihm nachhängen.“');
    expect(a).toMatchObject({ speaker: 'Der Fraktionschef der Grünen, Volker Ratzmann', relays: [{ speaker: 'der „Netzeitung“' }] });
  });
  it('adds no relay for the impersonal "man"', () => {
    expect(direct('„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.')).toEqual([
      { speaker: 'Yolanda Alvarez vom Sender RTVE', cue: 'zitierte', relays: [] },
    ]);
  });
  it('adds no relay to other verbs', () => {
    expect(direct('Der Minister sagte: „Wir bleiben bei unserer Linie, das ist klar.“')[0]?.relays).toEqual([]);
  });
});
