import type { ClaimAnaphor, StanceCue } from '../stance-pack.js';

const verb = (words: string[], type: StanceCue['type'], confidence = 0.85, particle?: string): StanceCue =>
  ({ words, type, pos: 'verb', confidence, ...(particle ? { particle } : {}) });
const generic = (cue: StanceCue): StanceCue => ({ ...cue, needsPointer: true });
const warning = (cue: StanceCue): StanceCue => ({ ...cue, needsAddressee: true });
const noun = (words: string[], type: StanceCue['type'], confidence = 0.7): StanceCue => ({ words, type, pos: 'noun', confidence });

/** German denial, doubt, contradiction and support cues (separable verbs with their particle). */
export const GERMAN_STANCE_CUES: StanceCue[] = [
  // denial / rejection
  ...['weist', 'wies', 'wiesen', 'weisen'].map((w) => verb([w], 'denies', 0.85, 'zurück')),
  verb(['zurückgewiesen'], 'denies'), verb(['zurückweisen'], 'denies'), verb(['zurückwies*'], 'denies'), verb(['zurückweist'], 'denies'),
  verb(['bestreit*'], 'denies'), verb(['bestritt*'], 'denies'), verb(['dementier*'], 'denies'),
  verb(['leugn*'], 'denies'), verb(['abgestritten'], 'denies'), verb(['abstreit*'], 'denies'),
  ...['stritt', 'stritten', 'streitet', 'streiten'].map((w) => verb([w], 'denies', 0.8, 'ab')),
  ...['lehnte', 'lehnten', 'lehnt', 'lehnen'].map((w) => generic(verb([w], 'denies', 0.7, 'ab'))),
  generic(verb(['abgelehnt'], 'denies', 0.7)), generic(verb(['ablehnen'], 'denies', 0.7)),
  verb(['widersprich*'], 'denies'), verb(['widersprach*'], 'denies'), verb(['widersproch*'], 'denies'), verb(['widersprech*'], 'denies'),
  warning(verb(['gewarnt'], 'denies', 0.6)), warning(verb(['warnte'], 'denies', 0.6)), warning(verb(['warnten'], 'denies', 0.6)),
  verb(['nannte', 'die', '*', 'haltlos'], 'denies', 0.8),
  noun(['dementi'], 'denies'), noun(['zurückweisung'], 'denies'),
  // A claim called baseless in a clause that points at it: "Die Vorwürfe der USA seien „haltlos“".
  ...['haltlos', 'unbegründet', 'unwahr', 'erfunden', 'absurd', 'gegenstandslos', 'falsch'].map((w) => generic(noun([w], 'denies', 0.75))),
  // doubt
  verb(['nicht', 'überzeugt'], 'doubts'), verb(['wenig', 'überzeugt'], 'doubts'), verb(['bezweifel*'], 'doubts'),
  verb(['zweifelt*'], 'doubts'), verb(['skeptisch'], 'doubts', 0.75), verb(['infrage'], 'doubts', 0.7), verb(['in', 'frage'], 'doubts', 0.7),
  verb(['in', 'zweifel'], 'doubts'),
  noun(['skepsis'], 'doubts'), noun(['zweifel'], 'doubts'),
  // support
  ...['schloss', 'schlossen', 'schließt', 'schließen'].map((w) => verb([w, 'sich'], 'supports', 0.85, 'an')),
  verb(['angeschlossen'], 'supports', 0.8), generic(verb(['bestätig*'], 'supports', 0.75)),
  ...['stimmte', 'stimmten', 'stimmt'].map((w) => generic(verb([w], 'supports', 0.75, 'zu'))), generic(verb(['zugestimmt'], 'supports', 0.75)),
  ...['pflichtete', 'pflichtet'].map((w) => verb([w], 'supports', 0.8, 'bei')),
  generic(verb(['unterstützt*'], 'supports', 0.6)), verb(['teilt*', 'die', 'sichtweise'], 'supports'), verb(['teilt*', 'die', 'einschätzung'], 'supports'),
];

/** German nouns and pronouns that refer back to an earlier claim. */
export const GERMAN_CLAIM_ANAPHORS: ClaimAnaphor[] = [
  { words: ['anschuldigung*'], targetStems: ['beschuldig', 'vorwerf', 'vorwarf', 'warf', 'wirft', 'bezichtig', 'anschuldig', 'verantwortlich'] },
  { words: ['beschuldigung*'], targetStems: ['beschuldig', 'vorwerf', 'warf', 'wirft', 'bezichtig'] },
  { words: ['vorwurf'], targetStems: ['beschuldig', 'vorwerf', 'vorwarf', 'warf', 'wirft', 'bezichtig'] },
  { words: ['vorwürf*'], targetStems: ['beschuldig', 'vorwerf', 'vorwarf', 'warf', 'wirft', 'bezichtig'] },
  { words: ['ansinnen'], targetStems: ['überzeug', 'forder', 'rief', 'ruft', 'aufgerufen', 'verlang', 'dräng', 'bemüh', 'vorschlag', 'schlug'] },
  { words: ['forderung*'], targetStems: ['forder', 'verlang', 'rief', 'ruft', 'überzeug'] },
  { words: ['aufforderung*'], targetStems: ['forder', 'rief', 'ruft', 'aufgerufen'] },
  { words: ['bemühung*'], targetStems: ['überzeug', 'bemüh', 'forder', 'rief', 'ruft'] },
  { words: ['beweis*'], targetStems: ['beschuldig', 'vorwerf', 'warf', 'wirft', 'beweis', 'vorgelegt'] },
  { words: ['behauptung*'], targetStems: [] }, { words: ['darstellung*'], targetStems: [] }, { words: ['sichtweise'], targetStems: [] },
  { words: ['angaben'], targetStems: [] }, { words: ['aussage*'], targetStems: [] }, { words: ['bericht*'], targetStems: [] },
  { words: ['material*'], targetStems: ['beweis', 'vorgelegt', 'legte', 'veröffentlich', 'präsentier'] },
  { words: ['einschätzung'], targetStems: [] }, { words: ['dies'], targetStems: [] },
  { words: ['kritik'], targetStems: ['kritisier', 'warn', 'bemängel', 'beklag', 'beanstand', 'vorwerf', 'warf', 'wirft'] },
];
