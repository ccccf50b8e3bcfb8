import type { Dictionary } from "@/lib/dictionary/dictionary";
import { foldDiacritics, lookupKey } from "@/lib/dictionary/normalize-word";
import { DETERMINERS, PREPOSITIONS } from "@/lib/language/function-words";
import { lemmatize } from "@/lib/language/lemmatize";
import type { WordKeys } from "./word-keys";

/** Words that may stand between the parts of a reordered term ("de akkoorden van Minsk"). */
const CONNECTING_WORDS = new Set(["en", "of", "te", "er"]);

/**
 * Glossary matching's view of Dutch words, from the offline dictionary: lemma keys (the same ones lemmaKey gives,
 * the likeliest first, then the other candidates and the surface form), memoised per word form.
 * keysOf("hervormingen") → ["hervorming", …] · isFunctionWord("van") → true
 */
export function dictionaryWordKeys(dictionary: Dictionary): WordKeys {
  const memo = new Map<string, readonly string[]>();
  return {
    keysOf(word) {
      let found = memo.get(word);
      if (!found) {
        const candidates = lemmatize(word, dictionary).map((candidate) => foldDiacritics(candidate.lemma));
        found = [...new Set([...candidates, foldDiacritics(lookupKey(word))])];
        if (memo.size > 200_000) memo.clear();
        memo.set(word, found);
      }
      return found;
    },
    isFunctionWord(word) {
      const lower = word.toLowerCase();
      return DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || CONNECTING_WORDS.has(lower);
    },
  };
}
