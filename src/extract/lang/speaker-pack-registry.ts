import type { Language } from '../types.js';
import { GERMAN_SPEAKER_WORDS } from './de/speaker-words.js';
import { ENGLISH_SPEAKER_WORDS } from './en/speaker-words.js';
import type { SpeakerPack } from './speaker-pack.js';

type SpeakerWords = { [K in keyof SpeakerPack]: readonly string[] };

function assemble(words: SpeakerWords): SpeakerPack {
  const pack = {} as Record<keyof SpeakerPack, ReadonlySet<string>>;
  for (const key of Object.keys(words) as Array<keyof SpeakerPack>) pack[key] = new Set(words[key]);
  return pack;
}

const PACKS: Record<Language, SpeakerPack> = {
  de: assemble(GERMAN_SPEAKER_WORDS),
  en: assemble(ENGLISH_SPEAKER_WORDS),
};

/** The speaker-span pack of a supported language (companion of the language pack). */
export function getSpeakerPack(language: Language): SpeakerPack {
  return PACKS[language];
}
