/**
 * The de-duplication key of a vocabulary item: the lemma keys of its words, joined by spaces.
 * `vocabularyKey("Minsk-akkoorden", keyOf)` and `vocabularyKey("minsk-akkoord", keyOf)` are equal.
 */
export function vocabularyKey(headword: string, keyOf: (word: string) => string): string {
  const words = headword.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.map((word) => keyOf(word)).join(" ");
}
