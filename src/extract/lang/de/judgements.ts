/** German causal/evaluative judgements that need a source, opposed stems, alternative-account markers, extra hedges. */
export const GERMAN_JUDGEMENTS = {
  judgements: [
    ['grundstein'], ['und', 'damit'], ['verantwortung', 'für'], ['faktisch'], ['verantwortlich', 'für'], ['schuld', 'an'], ['trägt', 'die', 'schuld'], ['ausgelöst'], ['verursacht'],
    ['folglich'], ['infolgedessen'], ['provoziert*'], ['verantwortungslos*'], ['rücksichtslos*'], ['skandalös*'], ['absurd*'],
    ['völkerrechtswidrig*'], ['kriegstreiber*'], ['propaganda'], ['heuchler*'], ['fatal*'], ['katastrophal*'],
    ['offensichtlich'], ['zweifellos'], ['selbstverständlich'],
  ],
  contradictionMarkers: [['falscher', 'flagge'], ['falsche', 'flagge'], ['inszeniert*'], ['erfunden*'], ['fabriziert*'], ['gefälscht*'], ['lüge*']],
  contrastPairs: [
    [['international*'], ['hoheitsgebiet*', 'luftraum*', 'hoheitsgewässer*', 'territorium*']],
    [['schuldig*'], ['unschuldig*']],
    [['angriff*'], ['verteidigung*']],
  ] as Array<[string[], string[]]>,
  hedgePhrases: [['es', 'scheint'], ['soll', 'angeblich'], ['dem', 'anschein', 'nach']],
  stopWords: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber', 'doch', 'dass', 'ob',
    'zu', 'zur', 'zum', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'vor', 'über', 'unter', 'für', 'gegen',
    'sich', 'es', 'er', 'sie', 'wir', 'ihr', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'habe',
    'haben', 'hat', 'hatte', 'hätte', 'wäre', 'würde', 'nicht', 'auch', 'noch', 'nur', 'so', 'wie', 'als', 'um', 'bei', 'dies', 'diese',
    'dieses', 'was', 'jedoch', 'zwei', 'sechs', 'mehr',
  ],
};
