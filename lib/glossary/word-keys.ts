/** What glossary matching needs to know about Dutch words; implemented by the language engine (lib/language). */
export interface WordKeys {
  /** Lemma keys of a word, the likeliest first: "hervormingen" → ["hervorming"]. */
  keysOf(word: string): readonly string[];
  isFunctionWord(word: string): boolean;
}
