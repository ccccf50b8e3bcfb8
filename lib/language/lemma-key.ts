/**
 * A normalised key for matching glossary terms and de-duplicating vocabulary: the likeliest lemma, lower-cased,
 * accents and diaereses folded, so that every inflected form of a word gets the same key. Context-free on
 * purpose: a term and its occurrences must agree wherever they stand. Several words are keyed one by one and
 * joined with a space, hyphenated parts with a hyphen.
 *
 * lemmaKey("hervormingen", d) = lemmaKey("hervorming", d) = "hervorming" · lemmaKey("staten", d) = "staat"
 * lemmaKey("Oekraïense", d) → "oekraiens" · lemmaKey("Witte Huis", d) → "wit huis"
 * lemmaKey("Minsk-akkoorden", d) → "minsk-akkoord"
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { foldDiacritics, lookupKey } from "@/lib/dictionary/normalize-word";
import { lemmatize } from "./lemmatize";

export function lemmaKey(text: string, dictionary: Dictionary): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split("-")
        .map((part) => keyOfWord(part, dictionary))
        .join("-"),
    )
    .join(" ");
}

function keyOfWord(word: string, dictionary: Dictionary): string {
  const lemma = lemmatize(word, dictionary)[0]?.lemma ?? lookupKey(word);
  return foldDiacritics(lemma);
}
