import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

const claimsOf = (text: string) => extractClaims(text, { language: 'de' });
const byText = (text: string, snippet: string) => claimsOf(text).claims.find((c) => c.text.includes(snippet))!;

describe('continuations carry the cue of the attribution they continue', () => {
  it('gives a continued sentence the cue (same span, earlier sentence) and the id of the claim it continues', () => {
    const text = 'Der Minister sagte, die Lage sei ernst. Man werde handeln.';
    const { claims } = claimsOf(text);
    const [source, continuation] = claims;
    expect(source!.continues).toBeUndefined();
    expect(continuation!.text).toBe('Man werde handeln.');
    expect(continuation!.cue).toEqual(source!.cue);
    expect(text.slice(continuation!.cue!.start, continuation!.cue!.end)).toBe('sagte');
    expect(continuation!.continues).toBe(source!.id);
    expect(continuation!.speaker?.text).toBe('Der Minister');
  });

  it('lends a parenthetical "so" cue and a quote after a continued sentence keeps the first quote\'s cue', () => {
    expect(byText('Die Lage sei ernst, so der Minister. Man werde „mit aller Härte“ handeln.', 'Man werde').cue?.text).toBe('so');
    const text = 'Der Minister sagte: „Die Lage ist ernst.“ Man werde handeln. „Wir sind bereit, und zwar sofort und ohne Zögern.“';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => [c.cue?.text, c.continues])).toEqual([['sagte', undefined], ['sagte', 'c1'], ['sagte', 'c1']]);
  });

  it('lends no cue to a quote that takes only the speaker of an indirect attribution before it', () => {
    const quote = byText('Der Minister sagte, die Lage sei ernst. „Wir werden handeln, und zwar sofort und ohne Zögern.“', 'Wir werden');
    expect(quote.speaker?.text).toBe('Der Minister');
    expect(quote.cue).toBeNull();
    expect(quote.continues).toBeUndefined();
  });

  it('lends the verb of a sentence that gave the continuation its subject, and does not make the continuation a denial', () => {
    const text = 'Die US-Regierung erklärte, der Iran habe die Tanker angegriffen. Teheran bestritt die Vorwürfe der USA. Man habe mit den Angriffen nichts zu tun.';
    const { claims, relations } = claimsOf(text);
    const denial = claims.find((c) => c.text.startsWith('Teheran bestritt'))!;
    const continuation = claims.find((c) => c.text.startsWith('Man habe'))!;
    expect(continuation.cue?.text).toBe('bestritt');
    expect(continuation.continues).toBe(denial.id);
    expect(continuation.disputes).toEqual([]);
    expect(relations.map((r) => r.from)).toEqual([denial.id]);
  });

  it('gives a quote after the colon that closes a continued sentence the cue it continues, not after an author\'s sentence', () => {
    const text = 'Der Minister sagte, die Lage sei ernst. Man sei dem Nachbarland zu Dank verpflichtet: „Sie haben uns geholfen, und wir werden ihnen helfen.“';
    const quote = byText(text, 'Sie haben uns');
    expect(quote.kind).toBe('direct');
    expect(quote.cue?.text).toBe('sagte');
    expect(quote.continues).toBe('c1');
    const author = byText('Der Minister sagte, die Lage sei ernst. Das Land war dem Nachbarland zu Dank verpflichtet: „Sie haben uns geholfen, und wir werden ihnen helfen.“', 'Sie haben uns');
    expect(author.cue).toBeNull();
  });
});
