import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { bestFrequencyRank, frequencyBand, type FrequencyBand } from "@/lib/language/frequency";
import { DETERMINERS, PREPOSITIONS } from "@/lib/language/function-words";
import { lemmatize } from "@/lib/language/lemmatize";

/**
 * How common a glossary term is as a whole, the same on whichever of its words the learner clicks: the term's own
 * rank when the lists have it ("regering"), else that of its rarest word, articles and prepositions aside
 * ("de akkoorden van Minsk" is as rare as Minsk). Compound terms written with a hyphen count each part.
 *
 * termFrequencyBand("Minsk-akkoorden", d) → "rare" · termFrequencyBand("regering", d) → "common"
 */
export function termFrequencyBand(term: string, dictionary: Dictionary): FrequencyBand {
  const whole = dictionary.frequencyRank(term);
  if (whole !== undefined) return frequencyBand(whole);
  const words = term
    .split(/[\s\-–]+/u)
    .filter((word) => /\p{L}/u.test(word) && !DETERMINERS.has(lookupKey(word)) && !PREPOSITIONS.has(lookupKey(word)));
  if (words.length === 0) return "rare";
  let rarest = 0;
  for (const word of words) {
    const rank = bestFrequencyRank(
      [word, ...lemmatize(word, dictionary).map((candidate) => candidate.lemma)],
      dictionary,
    );
    if (rank === undefined) return "rare";
    rarest = Math.max(rarest, rank);
  }
  return frequencyBand(rarest);
}
