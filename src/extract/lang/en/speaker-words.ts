/** English words of the speaker-span stage (all lower-case). English rarely inverts subject and verb. */
export const ENGLISH_SPEAKER_WORDS = {
  nominativePronouns: ['he', 'she', 'i', 'we', 'they'],
  ambiguousPronouns: [],
  objectOpeners: ['him', 'her', 'them', 'us', 'me'],
  adverbialOpeners: ['in', 'on', 'at', 'after', 'before', 'since', 'during', 'for', 'with', 'about', 'regarding', 'as', 'from', 'until', 'by'],
  adverbs: ['later', 'earlier', 'today', 'yesterday', 'then', 'now', 'meanwhile', 'however', 'also', 'still', 'previously'],
  timeWords: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'week', 'year', 'month', 'day'],
  subjectOpeners: ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'several', 'many', 'some'],
  skippableAfterVerb: ['also', 'however', 'then', 'later'],
  demonstratives: ['this', 'that'],
  relativePronouns: ['who', 'which', 'that', 'whom', 'whose'],
  focusParticles: ['even', 'only', 'also', 'and', 'but'],
  trailingParticles: ['himself', 'herself', 'itself', 'themselves', 'however', 'too'],
  genitiveDeterminers: [],
  honorifics: ['dr', 'dr.', 'prof', 'prof.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'st.'],
};
