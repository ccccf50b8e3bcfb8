/**
 * Finds separable verbs split over a sentence: in a main clause the particle goes to the end ("gaf … aan" →
 * aangeven, "sprak zijn steun uit voor" → uitspreken); with "te" it stands before it ("door te voeren" →
 * doorvoeren). A pair counts only if particle + verb lemma is a Dutch word.
 *
 * Sure: PARTICLE te INFINITIVE, or a particle after the verb that closes its clause: followed by punctuation, the
 * end, a subordinator ("aan dat") or a preposition ("uit voor"). Possible: any other particle after the verb in the
 * same clause ("gaven in het gesprek aan de …" → possibly aangeven). A verb takes one particle: a sure one, or else
 * the last possible one in its clause.
 *
 * For "Zelenski gaf op Twitter aan dat …" (words 0–5):
 * findSeparableVerbs(words) → [{ lemma: "aangeven", verbIndex: 1, particleIndex: 4, certainty: "sure" }]
 */
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "./function-words";
import { SEPARABLE_PARTICLES } from "./inflection-rules";

export interface SentenceWord {
  /** Lower-case form: "gaf". */
  key: string;
  /** Its lemma candidates, likeliest first: ["geven"]. */
  lemmas: readonly string[];
  /** True when punctuation (comma, colon, semicolon, bracket, dash) or the sentence end follows the word. */
  clauseEndsAfter: boolean;
}

export type SeparableVerbCertainty = "sure" | "possible";

export interface SeparableVerbPair {
  /** The separable verb: "aangeven". */
  lemma: string;
  verbIndex: number;
  particleIndex: number;
  certainty: SeparableVerbCertainty;
}

const PARTICLES: ReadonlySet<string> = new Set(SEPARABLE_PARTICLES);

/** Infinitives that do not end in -en. */
const SHORT_INFINITIVES = new Set(["zijn", "gaan", "staan", "slaan", "doen", "zien"]);

/** Auxiliaries and modals: their particle pairs ("aanhebben", "inzijn") are rare, so only a sure match counts. */
const AUXILIARIES = new Set(["zijn", "hebben", "worden", "zullen", "kunnen", "moeten", "mogen", "willen"]);

/** Function words that are never the verb of a pair, though some look like infinitives ("een", "zijn" his). */
function cannotBeVerb(key: string): boolean {
  return (
    PARTICLES.has(key) || key === "te" || DETERMINERS.has(key) || SUBJECT_PRONOUNS.has(key) || SUBORDINATORS.has(key)
  );
}

function isInfinitive(lemma: string): boolean {
  return lemma.endsWith("en") || SHORT_INFINITIVES.has(lemma);
}

export function findSeparableVerbs(
  words: readonly SentenceWord[],
  isDutchWord: (word: string) => boolean,
): SeparableVerbPair[] {
  const pairs: SeparableVerbPair[] = [];
  const pairedVerbs = new Set<number>();
  const pairedParticles = new Set<number>();

  // PARTICLE te INFINITIVE: "om de situatie op te lossen".
  for (let i = 0; i + 2 < words.length; i++) {
    const particle = words[i]!;
    if (!PARTICLES.has(particle.key) || particle.clauseEndsAfter || words[i + 1]!.key !== "te") continue;
    const verb = words[i + 2]!;
    const lemma = particle.key + verb.key;
    if (isInfinitive(verb.key) && isDutchWord(lemma)) {
      pairs.push({ lemma, verbIndex: i + 2, particleIndex: i, certainty: "sure" });
      pairedVerbs.add(i + 2);
      pairedParticles.add(i);
    }
  }

  for (const clause of clauses(words)) {
    // Most clauses have no particle at all; then there is nothing to pair.
    if (!clause.some((index) => PARTICLES.has(words[index]!.key))) continue;
    for (const verbIndex of clause) {
      if (pairedVerbs.has(verbIndex)) continue;
      const pair = particleFor(verbIndex, clause, words, isDutchWord, pairedParticles);
      if (pair === undefined) continue;
      pairs.push(pair);
      pairedVerbs.add(verbIndex);
      pairedParticles.add(pair.particleIndex);
    }
  }
  return pairs.sort((a, b) => a.verbIndex - b.verbIndex);
}

/** The particle of the verb at verbIndex: a sure one if any, else the last possible one in the clause. */
function particleFor(
  verbIndex: number,
  clause: readonly number[],
  words: readonly SentenceWord[],
  isDutchWord: (word: string) => boolean,
  pairedParticles: ReadonlySet<number>,
): SeparableVerbPair | undefined {
  const verb = words[verbIndex]!;
  if (cannotBeVerb(verb.key)) return undefined;
  let possible: SeparableVerbPair | undefined;
  for (const particleIndex of clause) {
    if (particleIndex <= verbIndex || pairedParticles.has(particleIndex)) continue;
    const particle = words[particleIndex]!;
    if (!PARTICLES.has(particle.key)) continue;
    const lemma = verb.lemmas
      .filter(isInfinitive)
      .map((infinitive) => particle.key + infinitive)
      .find(isDutchWord);
    if (lemma === undefined) continue;
    if (closesClause(particleIndex, clause, words)) return { lemma, verbIndex, particleIndex, certainty: "sure" };
    if (!verb.lemmas.some((infinitive) => AUXILIARIES.has(infinitive))) {
      possible = { lemma, verbIndex, particleIndex, certainty: "possible" };
    }
  }
  return possible;
}

function closesClause(index: number, clause: readonly number[], words: readonly SentenceWord[]): boolean {
  if (index === clause[clause.length - 1]) return true;
  const next = words[index + 1];
  return next === undefined || SUBORDINATORS.has(next.key) || PREPOSITIONS.has(next.key);
}

/** Word indices grouped by clause: split after punctuation and before a subordinator or conjunction. */
function clauses(words: readonly SentenceWord[]): number[][] {
  const result: number[][] = [[]];
  words.forEach((word, index) => {
    if (index > 0 && SUBORDINATORS.has(word.key) && result[result.length - 1]!.length > 0) result.push([]);
    result[result.length - 1]!.push(index);
    if (word.clauseEndsAfter) result.push([]);
  });
  return result.filter((clause) => clause.length > 0);
}
