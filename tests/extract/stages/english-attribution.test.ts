import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/index.js';

/** The non-author claims of an English text: content, speaker, cue and party. */
function claimsOf(text: string) {
  return extractClaims(text, { language: 'en' }).claims.filter((c) => c.kind !== 'author')
    .map((c) => ({ text: c.text, speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null, party: c.party, disputes: c.disputes, id: c.id }));
}

describe('English attribution', () => {
  it('keeps the subject before the verb: a pronoun after "said" opens the content', () => {
    expect(claimsOf('Company president Yutaka Katada said he doubted that mines had caused the damage.')).toMatchObject([
      { text: 'he doubted that mines had caused the damage', speaker: 'Company president Yutaka Katada', cue: 'said' },
    ]);
    // Inverted after the content it still is the speaker.
    expect(claimsOf('"We caution against rushed conclusions," said Kremlin spokesman Dmitry Peskov.')[0]).toMatchObject({ speaker: 'Kremlin spokesman Dmitry Peskov', party: 'Moscow' });
  });

  it('reads "US" as the country and "WHO" as the organisation, not as pronouns', () => {
    expect(claimsOf('US accuses Iran of attacking tankers.')[0]).toMatchObject({ speaker: 'US', party: 'Washington', cue: 'accuses' });
    expect(claimsOf('The virus is spreading fast, the WHO said.')[0]).toMatchObject({ text: 'The virus is spreading fast', speaker: 'the WHO' });
  });

  it('skips a time phrase between the subject and its verb, never taking the object as speaker', () => {
    expect(claimsOf('The United States on Thursday blamed Iran for attacks on two oil tankers.')[0]).toMatchObject({ speaker: 'The United States', cue: 'blamed', party: 'Washington' });
    expect(claimsOf('Russia yesterday warned against hasty conclusions.')[0]).toMatchObject({ speaker: 'Russia', party: 'Moscow' });
  });

  it('reads "a charge X rejected" after a comma as X\'s act, which denies the clause before', () => {
    const claims = claimsOf('The United States blamed Iran for the attacks, a charge Tehran rejected as baseless.');
    expect(claims).toMatchObject([
      { text: 'The United States blamed Iran for the attacks', party: 'Washington', cue: 'blamed' },
      { text: 'a charge Tehran rejected as baseless', speaker: 'Tehran', party: 'Tehran', cue: 'rejected' },
    ]);
    expect(claims[1]!.disputes).toEqual([claims[0]!.id]);
  });

  it('"according to X" closing a sentence reports the clause before it, also with an apposition', () => {
    expect(claimsOf('Iran seized the tanker, according to Reuters.')).toMatchObject([{ text: 'Iran seized the tanker', speaker: 'Reuters', cue: 'according to' }]);
    expect(claimsOf('The talks failed, according to Peskov, the Kremlin spokesman.')).toMatchObject([{ text: 'The talks failed', party: 'Moscow' }]);
    // Opening the sentence, the source ends at its comma: what follows is the content, not an apposition.
    expect(claimsOf('According to the operator, the crew saw flying objects.')).toMatchObject([{ text: 'the crew saw flying objects', speaker: 'the operator' }]);
  });

  it('resolves officials named with their capital ("Officials in Tehran") to its party', () => {
    expect(claimsOf('Officials in Tehran said the material was fabricated.')[0]).toMatchObject({ speaker: 'Officials in Tehran', party: 'Tehran' });
  });
});
