/**
 * Puts the most common sense of a FreeDict entry first. FreeDict's order is not frequency ("vrouw": queen, wife,
 * female, woman; "zetten": extract, infuse, typeset, put), so the conversion re-orders senses by three signals, and
 * the glosses within a sense (FreeDict lists those alphabetically: "estate, farm, property, ranch") by the second:
 * - the reverse dictionary: English–Dutch FreeDict translating the gloss back to the headword ("woman → vrouw", and
 *   "queen → koningin", not vrouw) marks a primary sense, the more so in the first sense of the English entry;
 * - how common the English gloss is (a sense is as common as its most common gloss; a multi-word gloss as its
 *   rarest content word): "see" before "consider, deem, regard";
 * - how many other headwords have the very same sense: FreeDict copies whole synonym sets to every member ("goal,
 *   purpose, target, aim" for doel, oogmerk, wit…; "spot, blot" for moet), and such a set is mostly the common
 *   sense of another word ("wit" is white before it is a target);
 * - FreeDict's own position, as a tie-breaker.
 *
 * rankSenses("vrouw", ["queen", "wife", "female", "woman"], evidence) → ["woman", "wife", "female", "queen"]
 * rankSenses("goed", ["estate, farm, property, ranch", "good, nice, okay"], evidence)
 *   → ["good, nice, okay", "property, farm, estate, ranch"]
 */

export interface SenseEvidence {
  /** Rank of an English word by frequency (1 the most frequent), or undefined when it is not in the list. */
  englishRank(word: string): number | undefined;
  /** The senses the English–Dutch dictionary gives for an English headword, each a list of Dutch translations. */
  reverseSenses(english: string): readonly (readonly string[])[];
  /** How many headwords of the dictionary have this sense, glosses in any order (1 when only this one). */
  headwordsWithSense(sense: string): number;
}

/** The key under which senses with the same glosses in another order count as one: "aim, goal" = "goal, aim". */
export function senseKey(sense: string): string {
  return sense.split(", ").sort().join(", ");
}

/** Words that say nothing about a gloss's frequency ("to put down", "a lot of"). */
const GLOSS_FUNCTION_WORDS = new Set(
  "a an the to of in on at by for with from up out off down over into be do go get one oneself one's someone something sb sth".split(
    " ",
  ),
);
/** A word outside the English frequency list counts as this rank. */
const UNRANKED = 200_000;
/** Costs are natural logarithms of ranks: 2.3 is one order of magnitude in frequency. */
const EXTRA_WORD_COST = 0.7;
const REVERSE_FIRST_BONUS = 2;
const REVERSE_OTHER_BONUS = 0.7;
const POSITION_COST = 0.5;
/** Per natural logarithm of the number of headwords sharing the sense. */
const SHARED_SENSE_COST = 0.5;

export function rankSenses(headword: string, senses: readonly string[], evidence: SenseEvidence): string[] {
  const key = headword.toLowerCase();
  const scored = senses.map((sense, position) => {
    const glosses = sense.split(", ").map((gloss) => ({ gloss, cost: frequencyCost(gloss, evidence) }));
    const ordered = [...glosses].sort((a, b) => a.cost - b.cost);
    const bonus = Math.max(...glosses.map(({ gloss }) => reverseBonus(gloss, key, evidence)));
    const shared = Math.log(Math.max(evidence.headwordsWithSense(sense), 1)) * SHARED_SENSE_COST;
    const cost = (ordered[0]?.cost ?? Math.log(UNRANKED)) - bonus + shared + position * POSITION_COST;
    return { sense: ordered.map(({ gloss }) => gloss).join(", "), cost, position };
  });
  return scored.sort((a, b) => a.cost - b.cost || a.position - b.position).map(({ sense }) => sense);
}

/** Lower is commoner: the log rank of the gloss's rarest content word, plus a little for each extra word. */
function frequencyCost(gloss: string, evidence: SenseEvidence): number {
  const words = gloss.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  const content = words.filter((word) => !GLOSS_FUNCTION_WORDS.has(word));
  const counted = content.length > 0 ? content : words;
  const rarest =
    counted.length === 0 ? UNRANKED : Math.max(...counted.map((word) => evidence.englishRank(word) ?? UNRANKED));
  return Math.log(rarest) + Math.max(words.length - 1, 0) * EXTRA_WORD_COST;
}

/** How strongly the reverse dictionary translates the gloss back to the headword. */
function reverseBonus(gloss: string, headword: string, evidence: SenseEvidence): number {
  const backSense = evidence
    .reverseSenses(gloss.toLowerCase())
    .findIndex((translations) => translations.some((translation) => translation.toLowerCase() === headword));
  if (backSense === 0) return REVERSE_FIRST_BONUS;
  return backSense > 0 ? REVERSE_OTHER_BONUS : 0;
}
