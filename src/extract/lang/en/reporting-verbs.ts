import type { VerbForms } from '../build-cue-words.js';

/** English reporting verbs: "lemma: forms..." (last form = past participle); a bare lemma is regular. "!" marks a speech act. */
const SPECS: readonly string[] = [
  'say: say says saying said said', 'tell: tell tells telling told told', 'write: write writes writing wrote written',
  'think: think thinks thinking thought thought', 'tweet', 'add', 'state: states stating stated stated', 'explain', 'claim', 'argue', 'insist', 'note', 'announce',
  'report', 'confirm', 'believe', 'suggest', 'stress', 'emphasize', 'emphasise', 'declare', 'reply', 'respond', 'allege', 'assert',
  'contend', 'maintain', 'conclude', 'recall', 'comment', 'observe', 'acknowledge', 'admit', 'estimate', 'predict', 'deny', 'reveal',
  'disclose', 'complain', 'concede', 'testify', 'mention', 'remark', 'answer', 'counter', 'point', 'fear', 'hope', 'expect',
  'speak: speak speaks speaking spoke spoken', 'find: find finds finding found found', 'know: know knows knowing knew known',
  'warn !', 'urge !', 'demand !', 'threaten !', 'promise !', 'accuse !', 'call !', 'ask !', 'criticize !', 'criticise !', 'praise !',
  'reject !', 'propose !', 'recommend !', 'vow !', 'pledge !', 'blame !', 'dismiss !', 'condemn !', 'caution !', 'dispute !',
  'reiterate', 'indicate', 'signal', 'describe', 'question !', 'rule',
];

function regular(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const ied = /[^aeiou]y$/.test(lemma);
  const past = ied ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const third = ied ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ing`, past, past];
}

/** The English verbs expanded to forms. */
export const ENGLISH_REPORTING_VERBS: readonly VerbForms[] = SPECS.map((spec) => {
  const speechAct = spec.endsWith('!');
  const clean = spec.replace(/\s*!$/, '');
  const [lemma = '', list] = clean.split(':').map((s) => s.trim());
  const forms = list ? list.split(/\s+/) : regular(lemma);
  return { lemma, finite: forms.slice(0, -1), participles: forms.slice(-1), speechAct };
});
