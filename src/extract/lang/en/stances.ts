import type { ClaimAnaphor, StanceCue } from '../stance-pack.js';

const verb = (words: string[], type: StanceCue['type'], confidence = 0.85): StanceCue => ({ words, type, pos: 'verb', confidence });
const generic = (cue: StanceCue): StanceCue => ({ ...cue, needsPointer: true });
const warning = (cue: StanceCue): StanceCue => ({ ...cue, needsAddressee: true });
const noun = (words: string[], type: StanceCue['type'], confidence = 0.7): StanceCue => ({ words, type, pos: 'noun', confidence });

/** English denial, doubt, contradiction and support cues. */
export const ENGLISH_STANCE_CUES: StanceCue[] = [
  verb(['deny'], 'denies'), verb(['denies'], 'denies'), verb(['denied'], 'denies'), verb(['denying'], 'denies'),
  verb(['reject*'], 'denies'), verb(['dismiss*'], 'denies', 0.75), verb(['refut*'], 'denies'), verb(['rebut*'], 'denies'),
  verb(['rebuff*'], 'denies', 0.75), verb(['disputed'], 'denies', 0.8), verb(['disputes'], 'denies', 0.8),
  verb(['contradict*'], 'contradicts', 0.8), verb(['called', 'the', '*', 'baseless'], 'denies'), warning(verb(['warned'], 'denies', 0.6)),
  noun(['denial'], 'denies'),
  // A claim called baseless in a clause that points at it: "The allegations are \"absolutely unfounded\"".
  ...['unfounded', 'baseless', 'groundless', 'untrue', 'false', 'fabricated', 'absurd'].map((w) => generic(noun([w], 'denies', 0.75))),
  verb(['doubt*'], 'doubts'), verb(['cast', 'doubt'], 'doubts'), verb(['casts', 'doubt'], 'doubts'), verb(['casting', 'doubt'], 'doubts'),
  verb(['not', 'convinced'], 'doubts'), verb(['unconvinced'], 'doubts'), verb(['questioned'], 'doubts', 0.7),
  verb(['skeptical'], 'doubts', 0.75), verb(['sceptical'], 'doubts', 0.75),
  noun(['skepticism'], 'doubts'), noun(['scepticism'], 'doubts'),
  generic(verb(['agree*'], 'supports', 0.8)), generic(verb(['confirm*'], 'supports', 0.75)), generic(verb(['endorse*'], 'supports', 0.75)),
  verb(['corroborat*'], 'supports', 0.8), generic(verb(['backed'], 'supports', 0.7)), verb(['sided', 'with'], 'supports', 0.85),
  generic(verb(['echoed'], 'supports', 0.7)), generic(verb(['supported'], 'supports', 0.6)),
];

/** English nouns and pronouns that refer back to an earlier claim. */
export const ENGLISH_CLAIM_ANAPHORS: ClaimAnaphor[] = [
  { words: ['accusation*'], targetStems: ['accus', 'blam', 'charg'] },
  { words: ['allegation*'], targetStems: ['accus', 'alleg', 'blam', 'charg'] },
  { words: ['involvement'], targetStems: ['accus', 'blam', 'charg', 'responsib'] },
  { words: ['charge'], targetStems: ['accus', 'blam', 'charg'] }, { words: ['charges'], targetStems: ['accus', 'blam', 'charg'] },
  { words: ['request*'], targetStems: ['urg', 'call', 'ask', 'request', 'push', 'press'] },
  { words: ['proposal*'], targetStems: ['propos', 'urg', 'call', 'push'] },
  { words: ['evidence'], targetStems: ['accus', 'evidence', 'blam'] },
  { words: ['material'], targetStems: ['evidence', 'present', 'publish', 'releas', 'show'] },
  { words: ['claim*'], targetStems: [] }, { words: ['report*'], targetStems: [] }, { words: ['account'], targetStems: [] },
  { words: ['assessment'], targetStems: [] }, { words: ['position'], targetStems: [] }, { words: ['figures'], targetStems: [] },
  { words: ['criticism'], targetStems: ['warn', 'critic', 'accus', 'attack', 'condemn', 'blam'] }, { words: ['view'], targetStems: [] }, { words: ['this'], targetStems: [] },
];
