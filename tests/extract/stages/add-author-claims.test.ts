import { describe, expect, it } from 'vitest';
import { getDefaultKnowledge } from '../../../src/knowledge/index.js';
import { extractClaims } from '../../../src/extract/index.js';
import { addAuthorClaims } from '../../../src/extract/stages/add-author-claims.js';
import { chainRelays } from '../../../src/extract/stages/chain-relays.js';
import { resolveSpeakers } from '../../../src/extract/stages/resolve-speakers.js';
import { makeStageDoc, type ClaimSpec } from './make-stage-doc.js';

const knowledge = getDefaultKnowledge();
const run = (text: string, specs: ClaimSpec[] = [], language: 'de' | 'en' = 'de') =>
  addAuthorClaims(chainRelays(resolveSpeakers(makeStageDoc(text, language, specs), knowledge)));

describe('addAuthorClaims', () => {
  it('gives every unattributed assertive sentence to the author, with flags', () => {
    const text = 'Am Donnerstag endete das Treffen. Washington hatte das Abkommen verlassen und damit den Grundstein für die Eskalation gelegt. '
      + 'Offenbar gibt es Skepsis. Israel legte seine "Beweise" vor. Was nun?';
    const claims = run(text).claims.map((c) => ({ text: c.text, party: c.party, kind: c.kind, unsourced: c.unsourced, hedged: c.hedged, distanced: c.distanced.map((d) => d.text) }));
    expect(claims).toEqual([
      { text: 'Am Donnerstag endete das Treffen', party: 'author', kind: 'author', unsourced: false, hedged: false, distanced: [] },
      { text: 'Washington hatte das Abkommen verlassen und damit den Grundstein für die Eskalation gelegt', party: 'author', kind: 'author', unsourced: true, hedged: false, distanced: [] },
      { text: 'Offenbar gibt es Skepsis', party: 'author', kind: 'author', unsourced: false, hedged: true, distanced: [] },
      { text: 'Israel legte seine "Beweise" vor', party: 'author', kind: 'author', unsourced: false, hedged: false, distanced: ['Beweise'] },
    ]);
  });

  it('adds no stance claim for a stance verb inside a quoted utterance, and keeps the quote whole', () => {
    const text = 'Sie griff den Präsidenten an: „Ein Präsident, der das Existenzrecht Israels in Frage stellt, kann keine Toleranz erwarten.“';
    const claims = extractClaims(text, { language: 'de' }).claims;
    expect(claims.map((c) => [c.kind, c.text])).toEqual([
      ['direct', '„Ein Präsident, der das Existenzrecht Israels in Frage stellt, kann keine Toleranz erwarten.“'],
    ]);
  });

  it('keeps the full cue of the attribution a scare quote in a stance clause had (auxiliary, "als"), not the bare stance verb', () => {
    const cueWords = (text: string) => extractClaims(text, { language: 'de' }).claims
      .filter((c) => c.kind === 'reported').map((c) => (c.cue?.parts ?? (c.cue ? [c.cue] : [])).map((p) => p.text).join(' '));
    expect(cueWords('Die Regierung hatte den Bericht der Zeitung umgehend als „falsch“ zurückgewiesen.')).toEqual(['hatte als zurückgewiesen']);
    expect(cueWords('Die Ministerin wies dies am Rande einer Tagung als „Unverschämtheit“ zurück.')).toEqual(['wies als zurück']);
    expect(cueWords('Die Regierung hat die Vorwürfe zurückgewiesen.')).toEqual(['hat zurückgewiesen']);
  });

  it('gives a stance claim the holder as written with its article', () => {
    const stance = (text: string) => extractClaims(text, { language: 'de' }).claims.filter((c) => c.kind === 'reported').map((c) => c.speaker?.text);
    expect(stance('Die IAEA wirft dem Iran vor, Atomwaffen zu bauen. Der Iran streitet dies ab.')).toContain('Der Iran');
    expect(stance('Die IAEA wirft dem Iran vor, Atomwaffen zu bauen. Der Iran streitet dies ab.')).not.toContain('Iran');
  });

  it('leaves attributed sentences alone and renumbers ids in text order', () => {
    const text = 'Das Treffen endete. Esper sagte, man sei bereit.';
    const result = run(text, [{ content: 'man sei bereit', speaker: 'Esper', cue: 'sagte' }]);
    expect(result.claims.map((c) => [c.id, c.party, c.text])).toEqual([['c1', 'author', 'Das Treffen endete'], ['c2', 'Washington', 'man sei bereit']]);
    expect(result.addedClaims).toEqual(['c1']);
  });

  it('reads a colon attribution after a teaser and skips a bare teaser', () => {
    const text = 'Mehr zum Thema - Lawrow: Es gibt Kräfte, die das wollen\n\nMehr zum Thema - Die Lage am Golf';
    expect(run(text).claims.map((c) => ({ text: c.text, party: c.party, actor: c.actor, cue: c.cue?.text, speaker: c.speaker?.text }))).toEqual([
      { text: 'Es gibt Kräfte, die das wollen', party: 'Moscow', actor: 'Sergey Lavrov', cue: ':', speaker: 'Lawrow' },
    ]);
  });

  it('does not read a headline with a colon as attribution unless the part before it is a known speaker', () => {
    const claims = run('Nach Angriffen auf Öltanker: Esper will gemeinsame Seepatrouillen').claims;
    expect(claims.map((c) => c.party)).toEqual(['author']);
  });

  it('creates the holder\'s claim for a denial clause and trims the claim it was glued to', () => {
    const text = 'Washington behauptet, dass die Drohne über internationalen Gewässern abgeschossen wurde, was von Teheran bestritten wird.';
    const claims = run(text, [{ content: 'dass die Drohne über internationalen Gewässern abgeschossen wurde, was von Teheran bestritten wird', speaker: 'Washington', cue: 'behauptet' }]).claims;
    expect(claims.map((c) => ({ text: c.text, party: c.party, kind: c.kind }))).toEqual([
      { text: 'dass die Drohne über internationalen Gewässern abgeschossen wurde', party: 'Washington', kind: 'indirect' },
      { text: 'was von Teheran bestritten wird', party: 'Tehran', kind: 'reported' },
    ]);
  });

  it('continues the previous speaker in the reported mood (Konjunktiv I / würde), with the final punctuation', () => {
    const text = 'Esper sagte, die Partner müssten handeln. Das würde helfen.';
    const claims = run(text, [{ content: 'die Partner müssten handeln', speaker: 'Esper', cue: 'sagte' }]).claims;
    expect(claims.map((c) => [c.text, c.party, c.actor, c.kind])).toEqual([
      ['die Partner müssten handeln', 'Washington', 'Mark Esper', 'indirect'], ['Das würde helfen.', 'Washington', 'Mark Esper', 'indirect'],
    ]);
  });

  it('keeps a claim whole that holds a stance clause (a relative clause inside a continued sentence)', () => {
    const text = 'Der Minister sagte, die Lage sei ernst. Die Verabschiedung des Plans, der von Frankreich unterstützt wird, soll im Mai erfolgen.';
    const claims = extractClaims(text, { language: 'de' }).claims;
    expect(claims.map((c) => [c.kind, c.text])).toContainEqual(['indirect', 'Die Verabschiedung des Plans, der von Frankreich unterstützt wird, soll im Mai erfolgen.']);
  });

  it('continues no one with a sentence in the first person (an interviewee\'s own voice)', () => {
    const text = 'Esper sagte, die Partner müssten handeln. Ich glaube nicht, dass sie einen Krieg wollen würden.';
    const claims = run(text, [{ content: 'die Partner müssten handeln', speaker: 'Esper', cue: 'sagte' }]).claims;
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      ['die Partner müssten handeln', 'indirect'], ['Ich glaube nicht, dass sie einen Krieg wollen würden', 'author'],
    ]);
  });

  it('reads a reported push ("versuchte X ... zu überzeugen, ...") as X\'s claim about what follows', () => {
    const text = 'In Brüssel versuchte der US-Vertreter seine Amtskollegen davon zu überzeugen, sich an die Seite der USA zu stellen.';
    expect(run(text).claims.map((c) => ({ text: c.text, party: c.party, kind: c.kind, cue: c.cue?.text }))).toEqual([
      { text: 'sich an die Seite der USA zu stellen', party: 'Washington', kind: 'reported', cue: 'zu überzeugen' },
    ]);
  });

  it('gives a denial in the perfect to its subject before or right after the auxiliary ("hat der Angeklagte alle Vorwürfe bestritten")', () => {
    const claimOf = (text: string) => extractClaims(text, { language: 'de' }).claims[0]!;
    expect(claimOf('Der Angeklagte hat die Vorwürfe bestritten.')).toMatchObject({ kind: 'reported', party: 'unknown', speaker: { text: 'Der Angeklagte' }, cue: { text: 'bestritten' } });
    expect(claimOf('Im Prozess hat der Angeklagte vor dem Landgericht alle Vorwürfe bestritten.')).toMatchObject({ kind: 'reported', speaker: { text: 'der Angeklagte' } });
    // Not a passive, whose field holds the object.
    expect(claimOf('Dieser Darstellung wurde von einem Militärsprecher widersprochen.')).toMatchObject({ kind: 'author' });
  });

  it('gives a stance claim of an unresolved subject the full name in it as the actor ("Der Ernährungsmediziner Hans Möller … zweifelt an …")', () => {
    const claim = extractClaims('Der Ernährungsmediziner Hans Möller von der Charité zweifelt an der Aussagekraft der Studie.', { language: 'de' }).claims[0]!;
    expect(claim).toMatchObject({ kind: 'reported', party: 'unknown', actor: 'Hans Möller', cue: { text: 'zweifelt' } });
    // No name, no actor.
    expect(extractClaims('Der Ernährungsmediziner zweifelt an der Aussagekraft der Studie.', { language: 'de' }).claims[0]).toMatchObject({ kind: 'reported', actor: null });
  });
});
