// Word lists the attribution logic relies on. Lower case.

/** Neutral speech verbs (past and present tense) that attribute a quotation. */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'posted',
  'posts', 'tweeted', 'explained', 'noted', 'recalled', 'continued', 'replied', 'answered',
  'warned', 'acknowledged', 'argued', 'testified', 'declared', 'announced', 'shouted', 'yelled',
  'whispered', 'joked', 'remembered', 'cautioned', 'urged', 'agreed', 'conceded', 'countered',
  'responded', 'emailed', 'texted', 'messaged', 'radioed', 'relayed', 'signaled', 'commented', 'sang', 'chanted', 'chants', 'recounted',
  'stressed', 'emphasized', 'reiterated', 'lamented', 'muttered', 'claimed', 'admitted', 'stated', 'insisted', 'maintained',
  'contended', 'complained', 'predicted', 'promised', 'vowed', 'suggested', 'observed', 'pointed',
  'called', 'described', 'described', 'repeated', 'concluded', 'remarked', 'exclaimed', 'boasted',
  'demanded', 'pleaded', 'quipped', 'mused', 'sighed', 'laughed', 'smiled', 'added', 'wondered',
  'cried', 'screamed', 'shrugged', 'offered', 'reported', 'confirmed', 'estimated',
  'say', // `critics say`; `“We’ll see,” was all Levesque would say.`
  // The present tense of features: `That is how Levesque describes it.`
  'describes', 'recalls', 'explains', 'notes', 'remembers', 'admits', 'insists', 'warns', 'jokes', 'continues', 'argues', 'replies', 'answers', 'whispers',
  'according', // only as `according to`
];

/** Verbs that add judgment where AP prefers `said` (the attribution-verb rule). */
export const LOADED_VERBS = [
  'claimed', 'admitted', 'stated', 'insisted', 'maintained', 'contended', 'conceded', 'boasted',
  'exclaimed', 'smiled', 'laughed', 'sighed', 'shrugged', 'quipped', 'mused', 'declared',
  'proclaimed', 'revealed', 'opined', 'grinned', 'snapped', 'charged', 'alleged',
  'admits', 'insists', // present-tense speech verbs of features
];
