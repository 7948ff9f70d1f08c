import { describe, expect, it } from 'vitest';
import { compileKnowledge, DEFAULT_ACTORS, DEFAULT_PARTIES, getDefaultKnowledge } from '../../src/knowledge/index.js';

const knowledge = getDefaultKnowledge();
const party = (mention: string): string | undefined => knowledge.lookup(mention)?.party;
const actor = (mention: string): string | null | undefined => knowledge.lookup(mention)?.actor;

describe('DEFAULT_PARTIES / DEFAULT_ACTORS', () => {
  it('have unique keys, the special parties and actors pointing at known parties', () => {
    const keys = DEFAULT_PARTIES.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(DEFAULT_PARTIES.find((p) => p.key === 'author')?.kind).toBe('author');
    expect(DEFAULT_PARTIES.find((p) => p.key === 'unknown')).toBeDefined();
    for (const seed of DEFAULT_ACTORS) expect(keys, seed.key).toContain(seed.party);
    const actorKeys = DEFAULT_ACTORS.map((a) => a.key);
    expect(new Set(actorKeys).size).toBe(actorKeys.length);
  });
});

describe('compileKnowledge lookup', () => {
  it.each([
    ['die USA', 'Washington'], ['der Vereinigten Staaten', 'Washington'], ['US-Regierung', 'Washington'], ['Washingtons', 'Washington'],
    ['Frankreich', 'Paris'], ['Frankreichs', 'Paris'], ['Iran', 'Tehran'], ['des Iran', 'Tehran'], ['dem Iran', 'Tehran'],
    ['Irans', 'Tehran'], ['Teheran', 'Tehran'], ['das persische Land', 'Tehran'], ['Russland', 'Moscow'], ['Kreml', 'Moscow'],
    ['Moskau', 'Moscow'], ['Reuters', 'Reuters'], ['einem Reuters-Bericht', 'Reuters'], ['Europäische US-Verbündete', 'European allies'],
    ['der US-Vertreter', 'Washington'], ['iranische Medien', 'Tehran'], ['der russische Botschafter', 'Moscow'],
    ['die französische Verteidigungsministerin', 'Paris'], ['the United States', 'Washington'], ['U.S.', 'Washington'],
    ['Washington Post', 'Washington Post'], ['EU', 'Brussels'],
  ])('%s -> %s', (mention, expected) => {
    expect(party(mention)).toBe(expected);
  });

  it.each([
    ['Mark Esper', 'Mark Esper'], ['Esper', 'Mark Esper'], ['der Pentagon-Chef', 'Mark Esper'], ['des Pentagon-Chefs', 'Mark Esper'],
    ['Der amtierende US-Verteidigungsminister Mark Esper', 'Mark Esper'], ['der amtierenden US-Verteidigungsministers', 'Mark Esper'],
    ['US-Präsident Donald Trump', 'Donald Trump'], ['der US-Präsident', 'Donald Trump'], ['Trumps', 'Donald Trump'],
    ['Lawrow', 'Sergey Lavrov'], ['der russische Außenminister', 'Sergey Lavrov'], ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Kremlsprecher Dmitri Peskow', 'Dmitry Peskov'], ['Bundesregierung', 'German government'],
  ])('%s -> actor %s', (mention, expected) => {
    expect(actor(mention)).toBe(expected);
  });

  it('resolves a party alias to the party without an actor, and is case-insensitive except for acronyms', () => {
    expect(knowledge.lookup('WASHINGTON')).toMatchObject({ party: 'Washington', actor: null, kind: 'party' });
    expect(knowledge.lookup('us')).toBeNull();
    expect(knowledge.lookup('Persischen Golf')).toBeNull();
    expect(knowledge.lookup('ein Sprecher')).toBeNull();
  });

  it('rates alias matches above prefix matches', () => {
    const alias = knowledge.lookup('Washington');
    const prefix = knowledge.lookup('US-Vertreter');
    expect(alias && prefix && alias.confidence > prefix.confidence).toBe(true);
  });

  it('finds mentions with offsets in running text', () => {
    const text = 'Frankreich wies dieses Ansinnen laut einem Reuters-Bericht zurück, was von Teheran bestritten wird.';
    const found = knowledge.findMentions(text).map((m) => [m.text, m.party, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['Frankreich', 'Paris', 'Frankreich'], ['Reuters-Bericht', 'Reuters', 'Reuters-Bericht'], ['Teheran', 'Tehran', 'Teheran'],
    ]);
  });

  it('compiles custom seeds (as edited in the database)', () => {
    const custom = compileKnowledge(
      [{ key: 'Vienna', name: 'Vienna (Austria)', kind: 'government', aliases: ['Wien', 'Österreich', 'österreichisch*'] }],
      [{ key: 'Karl Nehammer', name: 'Karl Nehammer', party: 'Vienna', kind: 'person', aliases: ['Nehammer', 'Kanzler Nehammer'] }],
    );
    expect(custom.lookup('Österreichs')?.party).toBe('Vienna');
    expect(custom.lookup('der österreichische Kanzler')?.party).toBe('Vienna');
    expect(custom.lookup('Nehammer')?.actor).toBe('Karl Nehammer');
    expect(custom.lookup('Washington')).toBeNull();
  });
});

describe('compileKnowledge prefixes', () => {
  it('match a word equal to the prefix (English adjectives) and longer words (German inflection)', () => {
    expect(knowledge.lookup('The Ukrainian army')?.party).toBe('Kyiv');
    expect(knowledge.lookup('the French government')?.party).toBe('Paris');
    expect(knowledge.lookup('die ukrainischen Streitkräfte')?.party).toBe('Kyiv');
  });
});

describe('compileKnowledge inflection', () => {
  it('does not read a local "-er" adjective as the government', () => {
    expect(knowledge.lookup('die Berliner Musikband')).toBeNull();
    expect(knowledge.lookup('Pariser')).toBeNull();
    expect(knowledge.lookup('Moskauer')).toBeNull();
    expect(knowledge.lookup('Berlins')?.party).toBe('Berlin');
  });
});

describe('compileKnowledge possessives', () => {
  it('reads English possessive institution names', () => {
    expect(knowledge.lookup("Iran's foreign ministry")).toMatchObject({ actor: 'Iranian Foreign Ministry', party: 'Tehran' });
    expect(knowledge.lookup("Russia's Foreign Ministry")?.party).toBe('Moscow');
  });
});
