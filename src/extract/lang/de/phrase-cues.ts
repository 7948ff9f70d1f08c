import type { PhraseCue } from '../language-pack.js';

/** German prepositional and adverbial attribution cues. */
export const GERMAN_PHRASE_CUES: readonly PhraseCue[] = [
  { words: ['laut'], type: 'preposition', speakerSide: 'after' },
  { words: ['gemäß'], type: 'preposition', speakerSide: 'after' },
  { words: ['zufolge'], type: 'preposition', speakerSide: 'before' },
  // The older spelling written apart: "die sich Gerüchten zu Folge … lossagen wollen".
  { words: ['zu', 'folge'], type: 'preposition', speakerSide: 'before' },
  { words: ['nach'], type: 'preposition', speakerSide: 'after', requiresSourceNoun: true },
  { words: ['nach'], type: 'preposition', speakerSide: 'before', requiresSourceNoun: true },
  { words: ['so'], type: 'so', speakerSide: 'after', afterCommaOnly: true },
  { words: ['heißt', 'es'], type: 'impersonal', speakerSide: 'none' },
  { words: ['hieß', 'es'], type: 'impersonal', speakerSide: 'none' },
  { words: ['hatte', 'es', 'geheißen'], type: 'impersonal', speakerSide: 'none' },
  // With an adverb between: "Am Vormittag hatte es zunächst geheißen, die Opposition hätte die Demonstration abgesagt".
  { words: ['geheißen'], type: 'impersonal', speakerSide: 'none', copulaBefore: ['hatte', 'hat', 'habe', 'hätte'] },
  { words: ['es', 'heißt'], type: 'impersonal', speakerSide: 'none', clauseInitialOnly: true },
  { words: ['es', 'hieß'], type: 'impersonal', speakerSide: 'none', clauseInitialOnly: true },
  // Hearsay: "Aus der Regierung ist zu hören, Iwanischwili habe die Filme in Auftrag gegeben" (train: 2 of 2 such are gold cues).
  { words: ['zu', 'hören'], type: 'impersonal', speakerSide: 'none', copulaBefore: ['ist', 'war', 'sei', 'wäre', 'sind', 'waren'] },
  // What a document says: "In einem Jahresbericht des Ministeriums steht, dass …", "ein Zettel, auf dem geschrieben stand: „…“"
  // (train: 2 of 2 such are gold cues; not "steht fest, dass", "steht in Zusammenhang mit der Tatsache, dass").
  { words: ['steht'], type: 'impersonal', speakerSide: 'none', contentRightAfter: true },
  { words: ['stand'], type: 'impersonal', speakerSide: 'none', contentRightAfter: true },
  { words: ['stehe'], type: 'impersonal', speakerSide: 'none', contentRightAfter: true },
  { words: ['demnach'], type: 'demnach', speakerSide: 'none' },
  // 'danach' read like 'demnach' where a document was named just before ("… veröffentlichte heute neue Quartalszahlen.
  // Danach verzeichnet das Geldinstitut Verluste …"); elsewhere it tells the time.
  { words: ['danach'], type: 'demnach', speakerSide: 'none', documentBefore: true },
  { words: ['wonach'], type: 'demnach', speakerSide: 'before' },
];
