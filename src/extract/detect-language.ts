import { detectAll } from 'tinyld';
import type { Language } from './types.js';

const SAMPLE_CHARS = 2000;

/** Detects German or English; null for other languages, empty text or non-text. Never throws. */
export function detectLanguage(text: string): Language | null {
  try {
    const sample = text.slice(0, SAMPLE_CHARS).replace(/<[^>]{0,200}>/g, ' ');
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 3 || letters < sample.length * 0.4) return null;
    for (const guess of detectAll(sample).slice(0, 1)) {
      if (guess.lang === 'de' || guess.lang === 'en') return guess.lang;
    }
    return null;
  } catch {
    return null;
  }
}
