import { describe, expect, it } from 'vitest';
import { getDefaultKnowledge } from '../../../src/knowledge/index.js';
import { resolveSpeakers, UNKNOWN_SPEAKER_CONFIDENCE } from '../../../src/extract/stages/resolve-speakers.js';
import { makeStageDoc } from './make-stage-doc.js';

const knowledge = getDefaultKnowledge();
const resolve = (text: string, specs: Parameters<typeof makeStageDoc>[2], language: 'de' | 'en' = 'de') =>
  resolveSpeakers(makeStageDoc(text, language, specs), knowledge).claims.map((c) => ({ actor: c.actor, party: c.party, confidence: c.confidence }));

describe('resolveSpeakers', () => {
  it('resolves names, titles, epithets and inflected country names', () => {
    const text = 'Mark Esper sagte, die Lage sei ernst. Der Pentagon-Chef sagte, man sei bereit. Frankreichs Regierung erklärte, man sei skeptisch. Das persische Land erklärte, es sei unschuldig.';
    expect(resolve(text, [
      { content: 'die Lage sei ernst', speaker: 'Mark Esper', cue: 'sagte' },
      { content: 'man sei bereit', speaker: 'Der Pentagon-Chef', cue: 'sagte', after: 'Der Pentagon' },
      { content: 'man sei skeptisch', speaker: 'Frankreichs Regierung', cue: 'erklärte' },
      { content: 'es sei unschuldig', speaker: 'Das persische Land', cue: 'erklärte' },
    ])).toMatchObject([
      { actor: 'Mark Esper', party: 'Washington' }, { actor: 'Mark Esper', party: 'Washington' },
      { party: 'Paris' }, { actor: null, party: 'Tehran' },
    ]);
  });

  it('resolves an apposition and a name introduced in the article, then its surname', () => {
    const text = 'Hans Müller, Sprecher des Auswärtigen Amts, sagte, die Botschaft bleibe offen. Später sagte Müller, man warte ab.';
    expect(resolve(text, [
      { content: 'die Botschaft bleibe offen', speaker: 'Hans Müller, Sprecher des Auswärtigen Amts', cue: 'sagte' },
      { content: 'man warte ab', speaker: 'Müller', cue: 'sagte', after: 'Später' },
    ])).toMatchObject([{ actor: 'Hans Müller', party: 'Berlin' }, { actor: 'Hans Müller', party: 'Berlin' }]);
  });

  it('resolves pronouns and generic epithets to the last person, skipping possessives', () => {
    const text = 'British Prime Minister Boris Johnson agreed with Trump\'s assessment. He said the deal was dead. The minister said more.';
    expect(resolve(text, [
      { content: 'the deal was dead', speaker: 'He', cue: 'said' },
      { content: 'more', speaker: 'The minister', cue: 'said', after: 'The minister' },
    ], 'en')).toMatchObject([{ actor: 'Boris Johnson', party: 'London' }, { actor: 'Boris Johnson', party: 'London' }]);
  });

  it('keeps an unresolvable speaker with party unknown and low confidence, never a guess', () => {
    const [claim] = resolve('Ein Sprecher der Reederei sagte, der Tanker sei beschädigt.', [
      { content: 'der Tanker sei beschädigt', speaker: 'Ein Sprecher der Reederei', cue: 'sagte' },
    ]);
    expect(claim).toMatchObject({ actor: null, party: 'unknown' });
    expect(claim!.confidence).toBeLessThanOrEqual(UNKNOWN_SPEAKER_CONFIDENCE);
  });

  it('falls back to the subject after the cue when the attributed speaker is an adverbial', () => {
    expect(resolve('Einen Tag später sagte Trump, dass ein Krieg kurz wäre.', [
      { content: 'dass ein Krieg kurz wäre', speaker: 'Einen Tag später', cue: 'sagte' },
    ])).toMatchObject([{ actor: 'Donald Trump', party: 'Washington' }]);
  });
});

describe('resolveSpeakers with the apposition as the speaker span', () => {
  it('takes the name before the apposition as the actor and the apposition as the party', () => {
    const text = 'Hans Müller, Sprecher des Auswärtigen Amts, sagte, die Botschaft bleibe offen.';
    expect(resolve(text, [{ content: 'die Botschaft bleibe offen', speaker: 'Sprecher des Auswärtigen Amts', cue: 'sagte' }]))
      .toMatchObject([{ actor: 'Hans Müller', party: 'Berlin' }]);
  });
});

describe('resolveSpeakers with gendered pronouns', () => {
  it('resolves "sie" to the last woman and "er" to the last man, "sie" (plural) to a government otherwise', () => {
    const text = 'Annalena Baerbock traf Sergej Lawrow. Sie sagte, die Lage sei ernst. Er sagte, man sei bereit.';
    expect(resolve(text, [
      { content: 'die Lage sei ernst', speaker: 'Sie', cue: 'sagte' },
      { content: 'man sei bereit', speaker: 'Er', cue: 'sagte' },
    ])).toMatchObject([{ actor: 'Annalena Baerbock', party: 'Berlin' }, { actor: 'Sergey Lavrov', party: 'Moscow' }]);
    expect(resolve('Die Regierung in Teheran ist empört. Sie erklärte, die Vorwürfe seien falsch.', [
      { content: 'die Vorwürfe seien falsch', speaker: 'Sie', cue: 'erklärte' },
    ])).toMatchObject([{ party: 'Tehran' }]);
  });
});

describe('resolveSpeakers with titles', () => {
  it('gives a title to the person the article introduced with it, not to the default holder', () => {
    const text = 'US-Präsident Joe Biden traf den Kanzler. Der US-Präsident sagte, man stehe zusammen.';
    expect(resolve(text, [
      { content: 'man stehe zusammen', speaker: 'Der US-Präsident', cue: 'sagte' },
    ])).toMatchObject([{ actor: 'Joe Biden', party: 'Washington' }]);
  });

  it('prefers the name over the title inside one speaker phrase', () => {
    expect(resolve('US-Verteidigungsminister Lloyd Austin sagte, man sei bereit.', [
      { content: 'man sei bereit', speaker: 'US-Verteidigungsminister Lloyd Austin', cue: 'sagte' },
    ])).toMatchObject([{ actor: 'Lloyd Austin', party: 'Washington' }]);
  });

  it('is less sure of a title whose default holder the article never names', () => {
    const [claim] = resolve('Der US-Präsident sagte, man stehe zusammen.', [
      { content: 'man stehe zusammen', speaker: 'Der US-Präsident', cue: 'sagte' },
    ]);
    expect(claim).toMatchObject({ actor: 'Donald Trump', party: 'Washington' });
    expect(claim!.confidence).toBeLessThanOrEqual(0.6);
  });

  it('a government speaker naming no country speaks for the place of a single-place dateline', () => {
    const spec = [{ content: 'die Förderung werde niemanden überfordern', speaker: 'Ein Regierungssprecher', cue: 'erklärte' }];
    expect(resolve('Berlin - Ein Regierungssprecher erklärte, die Förderung werde niemanden überfordern.', spec)).toMatchObject([{ party: 'Berlin' }]);
    // No dateline, or one with two places: unknown.
    expect(resolve('Ein Regierungssprecher erklärte, die Förderung werde niemanden überfordern.', spec)).toMatchObject([{ party: 'unknown' }]);
    expect(resolve('Teheran/Washington (Reuters) - Ein Regierungssprecher erklärte, die Förderung werde niemanden überfordern.', spec)).toMatchObject([{ party: 'unknown' }]);
    // Any other unresolved speaker stays unknown under a dateline.
    expect(resolve('Berlin - Ein Sprecher erklärte, die Förderung werde niemanden überfordern.', [{ ...spec[0]!, speaker: 'Ein Sprecher' }])).toMatchObject([{ party: 'unknown' }]);
    expect(resolve('WASHINGTON (AP) - The talks failed, a government spokesman said.', [{ content: 'The talks failed', speaker: 'a government spokesman', cue: 'said' }], 'en'))
      .toMatchObject([{ party: 'Washington' }]);
  });
});
