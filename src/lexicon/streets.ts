/**
 * English street-type words as they end a street's name ("Shelby Avenue", "S. Lois Ave."): the common
 * street suffixes of USPS Publication 28 (appendix C1) that news writes, in full or abbreviated with or
 * without the full stop. One list for the readers that tell a street from a person or a town by its last
 * word (src/fuse/identity.ts, src/extract/events/read.ts, merge.ts and tolls.ts, src/nlp/entities); each adds the words of its own job (venues,
 * open spaces). Hand-written: a dozen words, and a regular expression is how the readers use them.
 */

/** Street suffixes, as a regular-expression alternation of capitalised words. */
export const STREET_SUFFIXES = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Highway|Parkway|Circle|Terrace|Trail|Pike|Plaza';

/** The same words in lower case without the full stop ("street", "st", "ave"), for readers of lower-cased text. */
export const STREET_WORDS: readonly string[] = STREET_SUFFIXES.split('|').map((w) => w.replace('\\.?', '').toLowerCase());

/** One street-type word as written in a name, capitalised, with or without its full stop ("Street", "Ave.", "Blvd"). */
export const STREET_WORD = new RegExp(`^(?:${STREET_SUFFIXES})$`);

/** A name of capitalised words (or numbers) whose last word is one of `heads` (an alternation): "Clipper Bay Apartments". */
export const nameEndingIn = (heads: string): RegExp => new RegExp(`^(?:[A-Z0-9][\\w.'’-]*\\s+)+(?:${heads})$`);
