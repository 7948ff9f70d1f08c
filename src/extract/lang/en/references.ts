/** English words that refer back to people, governments and claims. */
export const ENGLISH_REFERENCES = {
  relativeAnaphors: ['which'],
  personPronouns: ['he', 'him'],
  ambiguousPronouns: ['they', 'it'],
  femalePronouns: ['she', 'her'],
  femaleNames: ['angela', 'annalena', 'ursula', 'kaja', 'kamala', 'hillary', 'maria', 'theresa', 'liz', 'giorgia', 'federica', 'florence', 'catherine', 'christine', 'kristalina', 'nancy', 'condoleezza', 'madeleine', 'julia', 'emily', 'anna', 'claudia', 'christine', 'nicola', 'jacinda', 'sanna', 'mette', 'marine', 'ségolène', 'annegret', 'alice', 'sahra', 'ricarda', 'nancy', 'svenja', 'franziska', 'katarina', 'katharina', 'sarah', 'susanne', 'andrea', 'karin', 'petra', 'sabine'],
  femaleTitleEndings: ['woman', 'wife', 'ess'],
  definiteArticles: ['the'],
  // (English names a person after a noun without its article: "Judge Sabine Hofmann".)
  // (English writes the noun after them in lower case, so its names are read without this list.)
  nonNameOpeners: [] as string[],
  personNounEndings: [] as string[],
  bodyNounEndings: [] as string[],
  personEpithets: ['minister', 'president', 'chancellor', 'secretary', 'leader', 'premier', 'diplomat', 'politician', 'chief'],
  homeGovernmentPhrases: ['government spokesman', 'government spokeswoman', 'government spokesperson', 'government sources', 'government officials', 'government official', 'government source'],
  governmentEpithets: ['country', 'government', 'state', 'regime', 'administration', 'republic'],
  governingPrepositions: ['with', 'against', 'to', 'toward', 'towards', 'on', 'in', 'at', 'for', 'of', 'by', 'from', 'about', 'over', 'like', 'as'],
  agentHeads: ['official', 'government', 'spokes', 'minister', 'ministry', 'military', 'army', 'forces', 'diplomat', 'ambassador', 'president', 'leader', 'administration', 'envoy', 'delegation', 'authorities', 'media', 'side', 'intelligence', 'allies', 'partners', 'chief', 'commission', 'state'],
  temporalWords: ['later', 'earlier', 'afterwards', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'meanwhile', 'morning', 'evening', 'night'],
  originPrepositions: ['in', 'from'],
  holderPrepositions: ['among'],
  negations: ['not', "n't", 'no', 'never', 'nothing', 'none', 'nobody'],
  advocacyCues: [['urged'], ['urges'], ['pressed'], ['lobbied'], ['pushed', 'for'], ['to', 'persuade'], ['to', 'convince']],
  relayBefore: ['according', 'citing', 'per'],
  relayAfter: [],
  relayVerbs: ['report*', 'told', 'cited', 'quoted', 'wrote', 'writes', 'learned'],
  teaserPrefixes: [['read', 'more'], ['see', 'also'], ['related']],
};
