import type { Language } from '../types.js';
import { germanPack } from './de/index.js';
import { englishPack } from './en/index.js';
import type { LanguagePack } from './language-pack.js';

const PACKS: Record<Language, LanguagePack> = { de: germanPack, en: englishPack };

/** The language pack of a supported language. */
export function getLanguagePack(language: Language): LanguagePack {
  return PACKS[language];
}
