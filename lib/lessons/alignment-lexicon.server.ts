import "server-only";
import { dictionaryLexicon, lemmatizingLexicon } from "@/lib/alignment/lexicon";
import type { Lexicon } from "@/lib/alignment/types";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { lemmatize } from "@/lib/language/lemmatize";

let lexicon: Lexicon | null = null;

/** The offline dictionary as the aligner's word-translation table, looked up by lemma too. */
export function alignmentLexicon(): Lexicon {
  if (!lexicon) {
    const dictionary = getDictionary();
    lexicon = lemmatizingLexicon(dictionaryLexicon(dictionary), (word) =>
      lemmatize(word, dictionary).map((candidate) => candidate.lemma),
    );
  }
  return lexicon;
}
