/**
 * Spelling normalisation shared by the data conversion and the look-ups, so that a word typed, pasted or tokenised
 * in any of its Unicode spellings finds the same entry.
 *
 * normalizeWord("Oekrai\u0308ne") → "Oekraïne" (composed) · normalizeWord("ĳs") → "ijs" · normalizeWord("auto’s") → "auto's"
 * lookupKey("Hervorming") → "hervorming" · foldDiacritics("geëscaleerd") → "geescaleerd"
 */

/** Composes characters, expands the ĳ ligature and unifies apostrophes and hyphens. */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFC")
    .replace(/ĳ/g, "ij")
    .replace(/Ĳ/g, "IJ")
    .replace(/[’‘`]/g, "'")
    .replace(/[\u2010\u2011]/g, "-");
}

/** Lower-case ASCII words, the vast majority, are already keys; testing for that is cheaper than normalising. */
const ALREADY_A_KEY = /^[a-z'-]*$/;

/** The case-insensitive key under which dictionary entries and word lists are stored. */
export function lookupKey(word: string): string {
  return ALREADY_A_KEY.test(word) ? word : normalizeWord(word).toLowerCase();
}

/** Removes accents and diaereses ("oekraïne" → "oekraine"), for keys that must ignore spelling variants. */
export function foldDiacritics(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}
