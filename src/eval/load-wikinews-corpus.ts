import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A token of the de-wikinews-quotation dataset. */
export interface CorpusToken { id: number; text: string; charBegin: number; charEnd: number; sentence: number }
/** One role of a gold annotation. */
export interface CorpusRole { text: string; tokenIds: number[]; spans: Array<{ begin: number; end: number; charBegin: number; charEnd: number }> }
/** A gold quotation annotation. */
export interface CorpusAnnotation { type: string; quote: CorpusRole; speaker: CorpusRole; cue: CorpusRole }
/** One article of the dataset. */
export interface CorpusDocument { name: string; originalText: string; tokens: CorpusToken[]; annotations: CorpusAnnotation[] }

/** Reads every `*.json` article of one split folder, sorted by file name. */
export function loadWikinewsCorpus(dir: string): CorpusDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        documentName?: string; originalText: string; tokens: CorpusToken[]; annotations: CorpusAnnotation[];
      };
      return { name: raw.documentName ?? file, originalText: raw.originalText, tokens: raw.tokens, annotations: raw.annotations };
    });
}
