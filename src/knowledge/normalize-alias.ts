const LEADING_DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'the', 'a', 'an',
]);
/** German inflection endings stripped for the inflection-tolerant key, longest first. */
const ENDINGS = ['ern', 'en', 'em', 'er', 'e'];

/** Lower-case, unify dashes/apostrophes/spaces, drop a leading article and an English "'s". */
export function normalizeAlias(text: string): string {
  const words = text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLocaleLowerCase('de')
    .replace(/[„“”"«»‚‹›()\[\],;:!?]/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/\.(?!\p{L})/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEADING_DETERMINERS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** Strip one German inflection ending from a normalized word ("irans" -> "iran", "ministers" -> "minist", "amtierenden" -> "amtierend"): genitive -s, then one adjective/plural ending. */
export function stemWord(word: string): string {
  const base = word.endsWith('s') && word.length >= 4 ? word.slice(0, -1) : word;
  for (const ending of ENDINGS) {
    if (base.endsWith(ending) && base.length - ending.length >= 3) return base.slice(0, -ending.length);
  }
  return base;
}

/** Inflection-tolerant key of a normalized alias: every word stemmed. */
export function stemAlias(normalized: string): string {
  return normalized.split(' ').map(stemWord).join(' ');
}
