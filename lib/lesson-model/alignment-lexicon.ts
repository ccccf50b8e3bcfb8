import { dictionaryLexicon, lemmatizingLexicon } from "@/lib/alignment/lexicon";
import type { Lexicon } from "@/lib/alignment/types";
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lemmatize } from "@/lib/language/lemmatize";

/** The offline dictionary as the aligner's word-translation table, looked up by lemma too. */
export function alignmentLexiconOf(dictionary: Dictionary): Lexicon {
  return lemmatizingLexicon(dictionaryLexicon(dictionary), (word) =>
    lemmatize(word, dictionary).map((candidate) => candidate.lemma),
  );
}
