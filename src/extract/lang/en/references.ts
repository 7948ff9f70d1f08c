/** English words that refer back to people, governments and claims. */
export const ENGLISH_REFERENCES = {
  relativeAnaphors: ['which'],
  personPronouns: ['he', 'him'],
  ambiguousPronouns: ['she', 'they'],
  definiteArticles: ['the'],
  personEpithets: ['minister', 'president', 'chancellor', 'secretary', 'leader', 'premier', 'diplomat', 'politician', 'chief'],
  governmentEpithets: ['country', 'government', 'state', 'regime', 'administration', 'republic'],
  governingPrepositions: ['with', 'against', 'to', 'toward', 'towards', 'on', 'in', 'at', 'for', 'of', 'by', 'from', 'about', 'over', 'like', 'as'],
  agentHeads: ['official', 'government', 'spokes', 'minister', 'ministry', 'military', 'army', 'forces', 'diplomat', 'ambassador', 'president', 'leader', 'administration', 'envoy', 'delegation', 'authorities', 'media', 'side', 'intelligence', 'allies', 'partners', 'chief', 'commission', 'state'],
  temporalWords: ['later', 'earlier', 'afterwards', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'meanwhile', 'morning', 'evening', 'night'],
  originPrepositions: ['in', 'from'],
  holderPrepositions: ['among'],
  negations: ['not', "n't", 'no', 'never', 'nothing', 'none'],
  relayBefore: ['according', 'citing', 'per'],
  relayAfter: [],
  relayVerbs: ['report*', 'told', 'cited', 'quoted', 'wrote', 'writes', 'learned'],
  teaserPrefixes: [['read', 'more'], ['see', 'also'], ['related']],
};
