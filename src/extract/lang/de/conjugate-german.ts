import type { VerbForms } from '../build-cue-words.js';

/**
 * Expands a compact German verb spec into forms.
 *   "sagen = w sag"                 weak verb with stem "sag" (participle "gesagt")
 *   "erklären = wi erklär"          weak, inseparable/-ieren (participle "erklärt")
 *   "mitteilen = mit + w teil"      separable particle "mit"
 *   "sprechen = s spreche spricht sprach sprachen gesprochen"  strong: forms listed, last = participle
 * A trailing "!" marks a speech-act verb ("drohen", "auffordern").
 */
export function conjugateGerman(spec: string): VerbForms {
  const speechAct = spec.trimEnd().endsWith('!');
  const [lemmaPart, rest = ''] = spec.replace(/!\s*$/, '').split('=').map((s) => s.trim()) as [string, string?];
  let body = rest;
  let particle: string | undefined;
  const plus = body.indexOf('+');
  if (plus >= 0) {
    particle = body.slice(0, plus).trim();
    body = body.slice(plus + 1).trim();
  }
  const [kind, ...words] = body.split(/\s+/);
  let finite: string[];
  let participles: string[];
  if (kind === 'w' || kind === 'wi') {
    const stem = words[0] ?? '';
    const e = /(?:[td]|ch[mn]|[^aeiouäöühlr][mn])$/.test(stem) ? 'e' : '';
    // "äußer" -> "äußern", "zweifel" -> "zweifeln"; but "-ieren" verbs keep "-en" ("kritisier" -> "kritisieren").
    const ernStem = /(er|el)$/.test(stem) && !/ier$/.test(stem);
    // No second person singular ("du sagst"): news reports in the third person, and "äußerst" is far more often
    // the adverb ("äußerst knapp").
    finite = [
      `${stem}e`, `${stem}${e}t`, ernStem ? `${stem}n` : `${stem}en`,
      `${stem}${e}te`, `${stem}${e}ten`, `${stem}${e}tet`,
    ];
    participles = [kind === 'wi' ? `${stem}${e}t` : `ge${stem}${e}t`];
  } else {
    finite = words.slice(0, -1);
    participles = words.slice(-1);
  }
  return { lemma: lemmaPart, particle, finite, participles, speechAct };
}
