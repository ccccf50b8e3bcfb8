import type { Lexicon } from "./types";

/**
 * Lexicons to hand to the aligner, built from simpler parts. With the app's dictionary and lemmatiser:
 *
 * const lexicon = lemmatizingLexicon(dictionaryLexicon(dictionary), (word) =>
 *   lemmatize(word, dictionary).map((candidate) => candidate.lemma),
 * );
 * lexicon.translations("bespraken") → the glosses of "bespraken" (none) and of its lemma "bespreken": ["discuss", …]
 */

/** Knows no words: the aligner then relies on lengths, numbers, names and cognates. */
export const NO_LEXICON: Lexicon = { translations: () => [] };

/**
 * Looks a word up as written and as each of its lemmas (a lemmatiser may offer several: "ging" → ["gaan"]),
 * since a dictionary lists lemmas while texts inflect them.
 */
export function lemmatizingLexicon(dictionary: Lexicon, lemmasOf: (word: string) => readonly string[]): Lexicon {
  return {
    translations(word) {
      const translations = new Set(dictionary.translations(word));
      for (const lemma of lemmasOf(word)) {
        if (lemma !== word) for (const translation of dictionary.translations(lemma)) translations.add(translation);
      }
      return [...translations];
    },
  };
}

/** What a dictionary offers per headword: senses, each a comma-separated list of English glosses. */
export interface GlossedEntries {
  lookup(word: string): readonly { senses: readonly string[] }[];
}

/** A lexicon over a dictionary's entries: dictionaryLexicon(d).translations("aangeven") → ["declare", "state", …]. */
export function dictionaryLexicon(dictionary: GlossedEntries): Lexicon {
  return {
    translations: (word) =>
      dictionary.lookup(word).flatMap((entry) => entry.senses.flatMap((sense) => sense.split(/,\s*/))),
  };
}
