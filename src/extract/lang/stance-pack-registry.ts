import type { Language } from '../types.js';
import { GERMAN_JUDGEMENTS } from './de/judgements.js';
import { GERMAN_REFERENCES } from './de/references.js';
import { GERMAN_CLAIM_ANAPHORS, GERMAN_STANCE_CUES } from './de/stances.js';
import { ENGLISH_JUDGEMENTS } from './en/judgements.js';
import { ENGLISH_REFERENCES } from './en/references.js';
import { ENGLISH_CLAIM_ANAPHORS, ENGLISH_STANCE_CUES } from './en/stances.js';
import type { ClaimAnaphor, StanceCue, StancePack } from './stance-pack.js';

type References = typeof GERMAN_REFERENCES;
type Judgements = typeof GERMAN_JUDGEMENTS & { topicSynonyms?: Record<string, string> };

function assemble(cues: StanceCue[], anaphors: ClaimAnaphor[], references: References, judgements: Judgements): StancePack {
  return {
    stanceCues: cues,
    claimAnaphors: anaphors,
    relativeAnaphors: new Set(references.relativeAnaphors),
    contradictionMarkers: judgements.contradictionMarkers,
    contrastPairs: judgements.contrastPairs,
    negations: new Set(references.negations),
    governingPrepositions: new Set(references.governingPrepositions),
    holderPrepositions: new Set(references.holderPrepositions),
    originPrepositions: new Set(references.originPrepositions),
    agentHeads: new Set(references.agentHeads),
    temporalWords: new Set(references.temporalWords),
    personPronouns: new Set(references.personPronouns),
    ambiguousPronouns: new Set(references.ambiguousPronouns),
    femalePronouns: new Set(references.femalePronouns),
    femaleNames: new Set(references.femaleNames),
    femaleTitleEndings: references.femaleTitleEndings,
    definiteArticles: new Set(references.definiteArticles),
    personEpithets: new Set(references.personEpithets),
    personNounEndings: references.personNounEndings,
    nonNameOpeners: new Set(references.nonNameOpeners),
    bareSpokespersons: new Set(references.bareSpokespersons),
    bodyNounEndings: references.bodyNounEndings,
    governmentEpithets: new Set(references.governmentEpithets),
    homeGovernmentPhrases: references.homeGovernmentPhrases,
    judgements: judgements.judgements,
    hedgePhrases: judgements.hedgePhrases,
    teaserPrefixes: references.teaserPrefixes,
    relayBefore: new Set(references.relayBefore),
    relayAfter: new Set(references.relayAfter),
    relayVerbs: references.relayVerbs,
    advocacyCues: references.advocacyCues,
    stopWords: new Set(judgements.stopWords),
    topicSynonyms: new Map(Object.entries(judgements.topicSynonyms ?? {})),
  };
}

const PACKS: Record<Language, StancePack> = {
  de: assemble(GERMAN_STANCE_CUES, GERMAN_CLAIM_ANAPHORS, GERMAN_REFERENCES, GERMAN_JUDGEMENTS),
  en: assemble(ENGLISH_STANCE_CUES, ENGLISH_CLAIM_ANAPHORS, ENGLISH_REFERENCES, ENGLISH_JUDGEMENTS),
};

/** The stance/reference/judgement pack of a supported language (companion of the language pack). */
export function getStancePack(language: Language): StancePack {
  return PACKS[language];
}
