/** English causal/evaluative judgements that need a source, opposed stems, alternative-account markers, extra hedges. */
export const ENGLISH_JUDGEMENTS = {
  judgements: [
    ['paved', 'the', 'way'], ['laid', 'the', 'groundwork'], ['laying', 'the', 'groundwork'], ['responsible', 'for'], ['responsibility', 'for'], ['effectively'], ['to', 'blame'],
    ['triggered'], ['caused'], ['therefore'], ['consequently'], ['reckless*'], ['irresponsible'], ['scandalous'], ['absurd'],
    ['illegal'], ['warmonger*'], ['propaganda'], ['disastrous'], ['catastrophic'], ['obviously'], ['undoubtedly'], ['clearly'],
  ],
  contradictionMarkers: [['false', 'flag'], ['staged'], ['fabricated'], ['made', 'up'], ['fake'], ['lie'], ['lies']],
  contrastPairs: [
    [['international'], ['territory', 'territorial', 'airspace']],
    [['guilty'], ['innocent']],
  ] as Array<[string[], string[]]>,
  // Names of one thing in a dispute about it ("the drone … over international waters" / "the aircraft entered its airspace").
  topicSynonyms: {
    drone: 'aircraft', drones: 'aircraft', plane: 'aircraft', planes: 'aircraft', jet: 'aircraft', jets: 'aircraft', uav: 'aircraft',
    tanker: 'ship', tankers: 'ship', vessel: 'ship', vessels: 'ship', ships: 'ship',
  } as Record<string, string>,
  hedgePhrases: [['it', 'appears'], ['it', 'seems'], ['appears', 'to'], ['appear', 'to'], ['seems', 'to'], ['seem', 'to'], ['is', 'said', 'to'], ['are', 'said', 'to'], ['is', 'believed', 'to'], ['are', 'believed', 'to'], ['was', 'believed', 'to'], ['were', 'believed', 'to']],
  stopWords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'that', 'whether', 'to', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'over', 'into',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'it', 'its', 'he',
    'she', 'they', 'we', 'his', 'her', 'their', 'this', 'these', 'those', 'not', 'also', 'as', 'which', 'who', 'so', 'than',
  ],
};
