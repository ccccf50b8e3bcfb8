import "server-only";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { foldDiacritics, lookupKey } from "@/lib/dictionary/normalize-word";
import { DETERMINERS, PREPOSITIONS } from "@/lib/language/function-words";
import { lemmatize } from "@/lib/language/lemmatize";
import type { WordKeys } from "./word-keys";

/** Words that may stand between the parts of a reordered term ("de akkoorden van Minsk"). */
const CONNECTING_WORDS = new Set(["en", "of", "te", "er"]);

let keys: WordKeys | null = null;

/**
 * Glossary matching's view of Dutch words, from the offline dictionary: lemma keys (the same ones lemmaKey gives,
 * the likeliest first, then the other candidates and the surface form), memoised per word form.
 */
export function glossaryWordKeys(): WordKeys {
  if (keys) return keys;
  const dictionary = getDictionary();
  const memo = new Map<string, readonly string[]>();
  keys = {
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
  return keys;
}
