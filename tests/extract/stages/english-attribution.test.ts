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

  it('leaves an addressee or medium before "that" out of the content ("told the Funke group that", "said in a statement that")', () => {
    expect(claimsOf('Maas told the Funke newspaper group that Berlin had great reservations.')[0]).toMatchObject({ text: 'that Berlin had great reservations' });
    expect(claimsOf('The ministry said in a statement that France preferred a European initiative.')[0]).toMatchObject({ text: 'that France preferred a European initiative' });
    // A subject after the verb opens the content itself.
    expect(claimsOf('Katada said he doubted that mines had caused it.')[0]).toMatchObject({ text: 'he doubted that mines had caused it' });
  });

  it('takes no name after "said" as the speaker when a subject stands before it', () => {
    expect(claimsOf('A French defence ministry spokesman, who spoke on condition of anonymity, said Paris would not take part.')).toMatchObject([
      { text: 'Paris would not take part', speaker: 'A French defence ministry spokesman', party: 'Paris' },
    ]);
  });

  it('reads a cue clause set off by commas as the source of the clause before it, bare plurals as subjects', () => {
    expect(claimsOf('The talks failed, diplomats said, dealing a blow to the coalition.')).toMatchObject([{ text: 'The talks failed', speaker: 'diplomats', cue: 'said' }]);
    expect(claimsOf('Iran seized another vessel, the state news agency IRNA reported.')).toMatchObject([{ text: 'Iran seized another vessel', speaker: 'the state news agency IRNA' }]);
    expect(claimsOf('Iran seized a vessel, the report said.')).toMatchObject([{ speaker: 'the report', cue: 'said' }]);
  });

  it('"X quoted Y as saying": Y is the speaker, and an aide to a person is not that person', () => {
    const [claim] = extractClaims('Le Monde quoted an aide to President Emmanuel Macron as saying that France would never follow blindly.', { language: 'en' }).claims.filter((c) => c.kind !== 'author');
    expect(claim).toMatchObject({ text: 'that France would never follow blindly', speaker: { text: 'an aide to President Emmanuel Macron' }, actor: null, party: 'Paris' });
  });

  it('keeps a dateline out of the first sentence', () => {
    expect(claimsOf('WASHINGTON (Reuters) - Iran seized a vessel, officials said.')).toMatchObject([{ text: 'Iran seized a vessel', speaker: 'officials' }]);
  });

  it('gives "…, saying that …" the subject of the verb before it, not its object', () => {
    const claims = claimsOf('Lavrov on Monday warned the United States against further steps, saying that Washington was playing with fire.');
    expect(claims.find((c) => c.cue === 'saying')).toMatchObject({ text: 'that Washington was playing with fire', speaker: 'Lavrov', party: 'Moscow' });
  });

  it('"rejected the criticism" denies the warning before it; "supported the French position" supports Paris', () => {
    const claims = claimsOf('Lavrov warned Washington against further steps. Pompeo rejected the criticism.');
    expect(claims[1]).toMatchObject({ party: 'Washington', cue: 'rejected', disputes: [claims[0]!.id] });
    const support = extractClaims('According to the French foreign ministry, Paris calls on all sides to show restraint. Merkel said she supported the French position.', { language: 'en' }).claims;
    const paris = support.find((c) => c.party === 'Paris')!;
    expect(support.find((c) => c.text.includes('supported'))!.supports).toEqual([paris.id]);
  });

  it('"according to a statement from X" names the statement as source', () => {
    expect(claimsOf('According to a statement from the Kremlin, the talks failed.')).toMatchObject([{ text: 'the talks failed', speaker: 'a statement from the Kremlin', party: 'Moscow' }]);
  });

  it('a sentence-final "…, the Pentagon said in a statement" or "according to state television" reports the clause before', () => {
    expect(claimsOf('The drone was shot down over the strait, the Pentagon said in a statement.')).toMatchObject([{ text: 'The drone was shot down over the strait', speaker: 'the Pentagon' }]);
    expect(claimsOf('The offer was an insult, according to state television.')).toMatchObject([{ text: 'The offer was an insult', speaker: 'state television' }]);
  });

  it('keeps hedges out of the speaker and marks "appears to" as a hedge', () => {
    expect(claimsOf('Tehran reportedly also warned that it would respond.')[0]).toMatchObject({ speaker: 'Tehran', party: 'Tehran' });
    expect(extractClaims('The episode appears to show how fast the crisis can spiral.', { language: 'en' }).claims[0]).toMatchObject({ party: 'author', hedged: true });
  });

  it('a passive agent before "of" is the speaker ("was accused by Tehran of „piracy“")', () => {
    expect(claimsOf('The British government was accused by Tehran of "piracy".')).toMatchObject([{ text: '"piracy"', speaker: 'Tehran', party: 'Tehran' }]);
  });

  it('"told the BBC: „…“" quotes what follows the colon, with no claim of the addressee', () => {
    expect(claimsOf('Jeremy Hunt told the BBC: "This is a test for the international community."')).toMatchObject([
      { text: '"This is a test for the international community."', speaker: 'Jeremy Hunt', cue: 'told' },
    ]);
  });

  it('does not crash on a bare "according to" after a quote mark and a comma (found by the property test)', () => {
    const result = extractClaims('„ , according to', { language: 'en' });
    expect(result.warnings).toEqual([]);
    expect(result.claims.filter((c) => c.kind !== 'author')).toEqual([]);
  });

  it('links opposed positions of one thing named two ways ("the drone … international waters" / "the aircraft entered its airspace")', () => {
    const claims = extractClaims('Esper said the drone had been flying over international waters. Iran insists the aircraft entered its airspace.', { language: 'en' }).claims;
    const drone = claims.find((c) => c.text.includes('drone'))!;
    expect(claims.find((c) => c.text.includes('aircraft'))!.disputes).toEqual([drone.id]);
  });

  it('"did not respond", "didn\'t say" report nothing; "did not deny that" still does', () => {
    expect(claimsOf('The White House did not respond to a request for comment.')).toEqual([]);
    expect(claimsOf("He didn't say whether talks would resume.")).toEqual([]);
    expect(claimsOf('Tehran did not deny that it had seized the ship.')).toMatchObject([{ text: 'that it had seized the ship', party: 'Tehran' }]);
  });

  it('a subordinator inside the field opens the cue\'s own clause ("Stocks fell after investors said …")', () => {
    expect(claimsOf('Stocks fell after investors said the outlook was poor.')).toMatchObject([{ text: 'the outlook was poor', speaker: 'investors' }]);
  });

  it('a subject with its apposition before the verb is no content ("Its chief executive, John Smith, blamed higher costs.")', () => {
    expect(claimsOf('Its chief executive, John Smith, blamed higher costs.')).toMatchObject([
      { text: 'Its chief executive, John Smith, blamed higher costs.', speaker: 'Its chief executive, John Smith', cue: 'blamed' },
    ]);
  });

  it('a content clause ends before ", according to …"', () => {
    expect(claimsOf('Analysts expect a recovery next year, according to a note to clients.').find((c) => c.cue === 'expect')).toMatchObject({ text: 'a recovery next year' });
  });

  it('a quote running over paragraphs (opened, not closed, and opened again) is one speaker\'s words', () => {
    const text = 'A Guards commander said the crew were safe.\n\n"The vessel violated the rules. We had no choice.\n\n"It will be released soon," he said.';
    const claims = claimsOf(text);
    expect(claims.find((c) => c.text.startsWith('"The vessel'))).toMatchObject({ text: '"The vessel violated the rules. We had no choice.', speaker: 'A Guards commander' });
    // Not an opening mark in the middle of a paragraph: it never swallows the rest.
    expect(claimsOf('He wrote "maybe and left.\n\n"Later," he said.').some((c) => c.text.includes('maybe'))).toBe(false);
  });

  it('a verb form after a possessive or an article is a noun ("The minister\'s comments came …")', () => {
    expect(claimsOf("The minister's comments came after Iran seized the ship.")).toEqual([]);
    expect(claimsOf('Two said they had seen the ship.')).toMatchObject([{ speaker: 'Two', cue: 'said' }]);
  });

  it('"she" takes the last person speaker when none is marked as a woman, not a country named in the quote', () => {
    const claims = claimsOf("Britain's foreign secretary said: 'Iran's actions are unacceptable.'\n\n'We have been clear,' she added.");
    expect(claims.map((c) => c.party)).toEqual(['London', 'London']);
  });

  it('reads the comma inside the closing mark as the end of the content (\'… "dead," Esper said\', \'… "unfounded," said Peskov, a spokesman …\')', () => {
    expect(claimsOf('The deal is "dead," Esper said.')).toMatchObject([{ text: 'The deal is "dead,"', speaker: 'Esper', cue: 'said' }]);
    expect(claimsOf('The allegations are "absolutely unfounded," said Dmitry Peskov, a spokesman for President Vladimir Putin.')).toMatchObject([
      { text: 'The allegations are "absolutely unfounded,"', speaker: 'Dmitry Peskov, a spokesman for President Vladimir Putin', party: 'Moscow' },
    ]);
    expect(claimsOf('The allegations are unfounded, said Dmitry Peskov, a spokesman for President Vladimir Putin.')[0]).toMatchObject({ text: 'The allegations are unfounded' });
  });

  it('"he" after "X, a spokesman for Y" is X; "speaking to reporters" says nothing; an auxiliary of another clause is no part of the cue', () => {
    const claims = extractClaims('The claims are false, said Dmitry Peskov, a spokesman for President Vladimir Putin. Speaking to reporters, he called the report "an attempt to discredit Russia".', { language: 'en' }).claims.filter((c) => c.kind !== 'author');
    expect(claims.map((c) => c.actor)).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect(claims.map((c) => c.cue?.text)).toEqual(['said', 'called']);
  });

  it('an adjective before a bare plural source opens a subject ("Senior officials said …")', () => {
    expect(claimsOf('Senior officials said the talks had failed.')).toMatchObject([{ text: 'the talks had failed', speaker: 'Senior officials' }]);
  });

  it('takes a companion word only right after the verb ("warned of", "called again for"), not "warned … that millions of people"', () => {
    expect(claimsOf('The United Nations warned on Thursday that millions of people were starving.')).toMatchObject([
      { text: 'that millions of people were starving', cue: 'warned' },
    ]);
    expect(claimsOf('Paris called again for restraint.')[0]).toMatchObject({ cue: 'called again for' });
  });

  it('"rejected the UN\'s figures" denies the UN\'s claim before it', () => {
    const claims = claimsOf("The UN warned that people were starving. Saudi Arabia rejected the UN's figures as exaggerated.");
    expect(claims[1]).toMatchObject({ party: 'Riyadh', disputes: [claims[0]!.id] });
  });

  it('leaves a time phrase after the verb out of the content ("said on Sunday it had struck …")', () => {
    expect(claimsOf("Israel's military said on Sunday it had struck targets near Damascus.")).toMatchObject([{ text: 'it had struck targets near Damascus' }]);
    // Not a time word that is the content's own subject or verb.
    expect(claimsOf('He said today was a good day.')).toMatchObject([{ text: 'today was a good day' }]);
  });

  it('a speaker naming a party keeps it over its apposition ("Russia, an ally of both Iran and Syria")', () => {
    expect(claimsOf('Russia, an ally of both Iran and Syria, called on all sides to exercise restraint.')[0]).toMatchObject({ party: 'Moscow' });
  });
  it('"X told reporters, adding …": the addressee before the comma is no content', () => {
    expect(claimsOf('The government remains committed to the policy, a Home Office spokesman told reporters, adding that it would not be deterred.')).toMatchObject([
      { text: 'The government remains committed to the policy', speaker: 'a Home Office spokesman', cue: 'told' },
      { text: 'that it would not be deterred', speaker: 'a Home Office spokesman', cue: 'adding' },
    ]);
  });

  it('verbs that report only a clause ("found", "knows", "ruled") take no object as content; "ruled that" reports', () => {
    expect(claimsOf('Police found the body in a river. She knows the city well. The king ruled the country for decades.')).toEqual([]);
    expect(claimsOf('Officials found the ship had been attacked. The judge ruled that the policy was unlawful.')).toMatchObject([
      { text: 'the ship had been attacked', speaker: 'Officials', cue: 'found' },
      { text: 'that the policy was unlawful', speaker: 'The judge', cue: 'ruled' },
    ]);
  });

  it('"Human rights groups disputed that claim": a denial links to the claim just before it, both sources unresolved', () => {
    const claims = claimsOf('Rwanda\'s government insisted it was a safe country. Human rights groups disputed that claim.');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.disputes).toEqual([claims[0]!.id]);
  });
  it('"he" never resolves to a person named inside a quotation, and a relative clause after the speaker gives no party', () => {
    const claims = claimsOf('Senator Chuck Schumer called the vote "a gift to Vladimir Putin" and said the bill would return. "We are not giving up," he told reporters.');
    expect(claims.find((c) => c.text.includes('not giving up'))).toMatchObject({ speaker: 'he' });
    expect(claims.find((c) => c.text.includes('not giving up'))!.party).not.toBe('Moscow');
    expect(claimsOf('Republican leader Mitch McConnell, who has backed aid to Ukraine in the past, said his party wanted changes.')[0])
      .toMatchObject({ speaker: 'Republican leader Mitch McConnell', party: 'unknown' });
    // An apposition still gives the party.
    expect(claimsOf('Ivan Petrov, a Kremlin spokesman, said the talks had failed.')[0]).toMatchObject({ speaker: 'Ivan Petrov, a Kremlin spokesman', party: 'Moscow' });
  });
  it('"…, according to TASS, which quoted spokesman Dmitry Peskov as saying …" is Peskov\'s claim via TASS, not the relative pronoun\'s', () => {
    expect(claimsOf('The Kremlin welcomed the vote, according to the Russian news agency TASS, which quoted spokesman Dmitry Peskov as saying the aid "only prolongs the suffering".'))
      .toMatchObject([{ text: 'the aid "only prolongs the suffering"', speaker: 'spokesman Dmitry Peskov', party: 'Moscow' }]);
  });
  it('"…, the Commission said on Tuesday, opening …" and "according to people familiar with the matter" report the clause before', () => {
    expect(claimsOf('The takeover could harm competition, the European Commission said on Tuesday, opening an in-depth investigation.')).toMatchObject([
      { text: 'The takeover could harm competition', speaker: 'the European Commission', cue: 'said', party: 'Brussels' },
    ]);
    // One claim: the agentless "is expected" inside it reports nothing of its own.
    expect(claimsOf('The deal is expected to close next year, according to people familiar with the matter.')).toEqual([
      expect.objectContaining({ text: 'The deal is expected to close next year', speaker: 'people familiar with the matter', cue: 'according to' }),
    ]);
    expect(claimsOf('Sources close to the government said the talks had failed.')[0]).toMatchObject({ speaker: 'Sources close to the government' });
  });
  it('"The talks failed, said officials.": a clause with no comma of its own before an inverted cue is its content, also before a time phrase or a participle', () => {
    expect(claimsOf('The talks failed, said officials.')).toMatchObject([{ text: 'The talks failed', speaker: 'officials', cue: 'said' }]);
    expect(claimsOf('The ship was in international waters, said the Pentagon on Tuesday.')).toMatchObject([
      { text: 'The ship was in international waters', speaker: 'the Pentagon', party: 'Washington' },
    ]);
    expect(claimsOf('Iran seized the tanker, said the ministry, adding that more would follow.')).toMatchObject([
      { text: 'Iran seized the tanker', speaker: 'the ministry', cue: 'said' },
      { text: 'that more would follow', speaker: 'the ministry', cue: 'adding' },
    ]);
    // A subject with its apposition stays the subject.
    expect(claimsOf('Its chief executive, John Smith, said costs had risen.')[0]).toMatchObject({ speaker: 'Its chief executive, John Smith', text: 'costs had risen' });
  });
  it('a passive that presumes ("are expected to", "is believed to") attributes nothing; "It is expected that" does', () => {
    const claims = extractClaims('Shares are expected to rise. The suspect is believed to have fled to Spain. It is expected that the bank will cut rates.', { language: 'en' }).claims;
    expect(claims.map((c) => [c.kind, c.text, c.hedged])).toEqual([
      ['author', 'Shares are expected to rise', false],
      ['author', 'The suspect is believed to have fled to Spain', true],
      ['indirect', 'that the bank will cut rates', false],
    ]);
    // No passive auxiliary follows the participle in English: the 'was' of the content is no part of the cue.
    expect(claimsOf('He was told by police that the road was closed.')).toMatchObject([{ cue: 'was told', speaker: 'police', text: 'that the road was closed' }]);
  });
  it('a title before a full name gives the person ("Senate Majority Leader Chuck Schumer", "Press secretary Karine Jean-Pierre")', () => {
    const claims = extractClaims('Senate Majority Leader Chuck Schumer said the bill would pass. "We are not giving up," he told reporters. Press secretary Karine Jean-Pierre said talks went on.', { language: 'en' }).claims;
    expect(claims.map((c) => c.actor)).toEqual(['Chuck Schumer', 'Chuck Schumer', 'Karine Jean-Pierre']);
    expect(extractClaims('"The environment remains challenging," Chief Financial Officer Arno Antlitz told analysts.', { language: 'en' }).claims[0]).toMatchObject({ actor: 'Arno Antlitz' });
  });
  it('"declined to comment on the talks" says nothing; a unit sign after a number closes the content ("7%")', () => {
    expect(claimsOf('The company declined to comment on the talks. The ministry refused to say whether talks had failed.')).toEqual([]);
    expect(claimsOf('The rate rose to 7%, the bank said.')).toMatchObject([{ text: 'The rate rose to 7%', speaker: 'the bank' }]);
    expect(extractClaims('Die Gruppe sagte, die Marge liege bei 7 %.', { language: 'de' }).claims[0]).toMatchObject({ text: 'die Marge liege bei 7 %' });
  });
  it('a pronoun opening the content is no inverted subject ("…, saying he had lost …"); "citing" a reason names no source', () => {
    expect(claimsOf('The minister resigned, saying he had lost the trust of the party.')).toMatchObject([
      { text: 'he had lost the trust of the party', speaker: 'The minister', cue: 'saying' },
    ]);
    expect(claimsOf('The company raised prices, citing higher costs. Iran seized the tanker, citing a court order.')).toEqual([]);
    expect(claimsOf('The New York Times reported, citing unnamed officials, that talks had failed.')).toMatchObject([{ speaker: 'unnamed officials', text: 'that talks had failed' }]);
  });
  it('a comparison ("smaller than feared") and a verb between auxiliary and participle are no cues; a clause with a cue but no subject reports nothing', () => {
    expect(claimsOf('Analysts said the cut was smaller than feared and described the guidance as "finally realistic".')).toMatchObject([
      { text: 'the cut was smaller than feared', cue: 'said' },
      { text: 'the guidance as "finally realistic"', cue: 'described', speaker: 'Analysts' },
    ]);
    expect(claimsOf('The company held its forecast, citing strong demand.')).toEqual([]);
  });
  it('"according to" a source with phrases of time and place closing the sentence, and a bare source noun opening it', () => {
    expect(claimsOf('People who consume the sweetener may face a higher risk of stroke, according to a study published on Monday in the journal Nature Medicine.')).toMatchObject([
      { text: 'People who consume the sweetener may face a higher risk of stroke', speaker: 'a study published on Monday in the journal Nature Medicine', cue: 'according to' },
    ]);
    expect(claimsOf('According to government figures, more than 20,000 people crossed the Channel. According to official data, prices rose.')).toMatchObject([
      { text: 'more than 20,000 people crossed the Channel', speaker: 'government figures', cue: 'According to' },
      { text: 'prices rose', speaker: 'official data', cue: 'According to' },
    ]);
    // (A closing clause with a verb of its own stays the content.)
    expect(claimsOf('Iran seized the tanker, according to Reuters.')).toMatchObject([{ text: 'Iran seized the tanker', speaker: 'Reuters' }]);
  });
  it('"but" before a second verb cue of the same subject ends the first content; the second shares the subject', () => {
    expect(claimsOf('Home Secretary Yvette Cooper insisted the scheme was working, but conceded that crossings had risen over the summer.')).toMatchObject([
      { text: 'the scheme was working', speaker: 'Home Secretary Yvette Cooper', cue: 'insisted', party: 'London' },
      { text: 'that crossings had risen over the summer', speaker: 'Home Secretary Yvette Cooper', cue: 'conceded', party: 'London' },
    ]);
    expect(claimsOf('He said the plan was good, but warned that it would cost more.')).toMatchObject([
      { text: 'the plan was good', speaker: 'He', cue: 'said' },
      { text: 'that it would cost more', speaker: 'He', cue: 'warned' },
    ]);
  });
  it('health agencies: the World Health Organization is a party of its own, the FDA Washington\'s', () => {
    expect(claimsOf('The World Health Organization said it was reviewing the evidence. The FDA said the drug was safe.')).toMatchObject([
      { party: 'WHO' }, { party: 'Washington' },
    ]);
    // (Not the relative pronoun "who".)
    expect(claimsOf('Naveed Sattar, a professor who was not involved in the research, said the study showed an association.')).toMatchObject([{ party: 'unknown' }]);
  });
  it('an office of an institution before a full name the table does not know: the name is the actor, the office gives the party', () => {
    const claims = extractClaims('Home Secretary Suella Braverman said she was disappointed. Pentagon spokesman Pat Ryder said the strike was lawful.', { language: 'en' }).claims;
    expect(claims.map((c) => ({ actor: c.actor, party: c.party }))).toEqual([
      { actor: 'Suella Braverman', party: 'London' },
      { actor: 'Pat Ryder', party: 'Washington' },
    ]);
    // (A name in the table keeps its own entry.)
    expect(extractClaims('Defense Secretary Mark Esper said the strike was lawful.', { language: 'en' }).claims[0]).toMatchObject({ actor: 'Mark Esper', party: 'Washington' });
  });
  it('an English act with a bare noun object after a comma is the act itself, not a report of the clause before ("Iran seizes tanker, US condemns move")', () => {
    expect(claimsOf('Iran seizes tanker, US condemns move.')).toMatchObject([{ text: 'US condemns move', speaker: 'US', cue: 'condemns', party: 'Washington' }]);
    // (A time word, an adverb or the addressee after the verb still leaves the clause before as the content.)
    expect(claimsOf('Iran seizes tanker, US says. The talks failed, officials warned again. The talks failed, he warned reporters.')).toMatchObject([
      { text: 'Iran seizes tanker', cue: 'says' }, { text: 'The talks failed', cue: 'warned' }, { text: 'The talks failed', cue: 'warned' },
    ]);
  });
});
