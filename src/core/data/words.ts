// Word lists the attribution logic relies on. Lower case.

/**
 * Neutral speech verbs (past and present tense) that attribute a quotation. The last lines:
 * `say` (`critics say`; `“We’ll see,” was all Levesque would say.`), the present tense of
 * features (`That is how Levesque describes it.`) and `according` (only as `according to`).
 * (One string split at load: a list of quoted words costs the bundle three bytes a word more.)
 */
export const SPEECH_VERBS = `said says told tells added adds asked asks wrote writes posted posts tweeted explained noted recalled
continued replied answered warned acknowledged argued testified declared announced shouted yelled whispered
joked remembered cautioned urged agreed conceded countered responded emailed texted messaged radioed relayed
signaled commented sang chanted chants recounted stressed emphasized reiterated lamented muttered claimed
admitted stated insisted maintained contended complained predicted promised vowed suggested observed pointed
called described repeated concluded remarked exclaimed boasted demanded pleaded quipped mused sighed
laughed smiled wondered cried screamed shrugged offered reported confirmed estimated apologized cracked deadpanned
grumbled griped marveled teased scolded
say
describes recalls explains notes remembers admits insists warns jokes continues argues replies answers whispers
sings shouts yells screams cries mutters snaps pleads barks murmurs hollers counters quips concedes sneers teases
according`.split(/\s+/);

/** Verbs that add judgment where AP prefers `said` (the attribution-verb rule); the last two are present-tense speech verbs of features. */
export const LOADED_VERBS = `claimed admitted stated insisted maintained contended conceded boasted exclaimed smiled laughed sighed
shrugged quipped mused declared proclaimed revealed opined grinned snapped charged alleged cracked deadpanned grumbled griped
admits insists`.split(/\s+/);
