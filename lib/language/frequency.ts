/**
 * How common a word is, as a band a learner can act on, from its rank in the Dutch frequency lists (subtitles and
 * Wikipedia, about 32,000 words). The best rank of the form and its lemmas counts, so an inflected form of a common
 * lemma is common too.
 *
 * frequencyBand(12) → "very-common" · frequencyBand(3_000) → "common" · frequencyBand(15_000) → "uncommon"
 * frequencyBand(undefined) → "rare"
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";

export type FrequencyBand = "very-common" | "common" | "uncommon" | "rare";

const VERY_COMMON_MAX_RANK = 1_000;
const COMMON_MAX_RANK = 5_000;

export function frequencyBand(rank: number | undefined): FrequencyBand {
  if (rank === undefined) return "rare";
  if (rank <= VERY_COMMON_MAX_RANK) return "very-common";
  if (rank <= COMMON_MAX_RANK) return "common";
  return "uncommon";
}

/** The best (lowest) rank among the word and its lemmas; undefined when none is in the lists. */
export function bestFrequencyRank(words: readonly string[], dictionary: Dictionary): number | undefined {
  let best: number | undefined;
  for (const word of words) {
    const rank = dictionary.frequencyRank(word);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}
