import type { Attribution, WithAttributions, WithCues } from '../types.js';

/** Stage 4: links cues, speakers and contents into attributions. */
export function attributeSpeech(doc: WithCues): WithAttributions {
  const attributions: Attribution[] = [];
  return { ...doc, attributions };
}
