/**
 * The order the word card shows a form's lemma readings in. lemmatize's order is the word's identity (a lemma key is
 * its first candidate, and saved words and statuses are stored under it), so it must not move with frequency; what
 * a learner should read first may: a form FreeDict glosses as itself when it is more frequent than its lemma
 * ("mensen": people before mens; "echter": however before echt), a reading far more frequent than the one the
 * ending suggests ("korte": kort before the verb koren), a participle adjective in -end ("volgende": next), and a
 * strong verb whose listed form this is when the verb is the more frequent word ("zagen": zien before to saw), and
 * an irregular comparative or superlative's own entry ("meeste": most, before veel).
 *
 * readingOrder(lemmatize("mensen", d), "mensen", d) → mensen, mens (lemmatize: mens, mensen)
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import type { LemmaCandidate } from "./lemmatize";
import { strongVerbForms } from "./strong-verbs";

/** A word outside the frequency lists counts as this rank when readings are compared. */
const UNRANKED = 100_000;
/** How much more frequent a reading must be to come before the one the form's ending suggests. */
const DOMINANT_RATIO = 10;

function moveToFront(candidates: readonly LemmaCandidate[], index: number): LemmaCandidate[] {
  return index <= 0 ? [...candidates] : [candidates[index]!, ...candidates.filter((_, at) => at !== index)];
}

export function readingOrder(
  candidates: readonly LemmaCandidate[],
  form: string,
  dictionary: Dictionary,
): LemmaCandidate[] {
  if (candidates.length < 2) return [...candidates];
  const rank = (word: string) => dictionary.frequencyRank(word) ?? UNRANKED;
  const first = candidates[0]!;
  const surface = candidates.findIndex((candidate) => candidate.origin === "surface");
  if (surface > 0 && !dictionary.isWordListLemma(form) && rank(form) < rank(first.lemma)) {
    return moveToFront(candidates, surface);
  }
  // An irregular comparative or superlative with an entry of its own names its degree ("meer": more, before veel).
  if (surface > 0 && first.origin === "irregular" && !first.isVerbReading) return moveToFront(candidates, surface);
  const strongVerb = candidates.findIndex(
    (candidate) =>
      candidate.isVerbReading &&
      (strongVerbForms().get(form)?.includes(candidate.lemma) ?? false) &&
      rank(candidate.lemma) < rank(form),
  );
  if (strongVerb > 0) return moveToFront(candidates, strongVerb);
  const participle = candidates.findIndex(
    (candidate) => !candidate.isVerbReading && candidate.lemma.endsWith("end") && form.startsWith(candidate.lemma),
  );
  if (participle > 0 && first.isVerbReading) return moveToFront(candidates, participle);
  const second = candidates[1]!;
  const otherKind = first.origin === "rule" && second.origin === "rule" && first.isVerbReading !== second.isVerbReading;
  if (otherKind && rank(second.lemma) * DOMINANT_RATIO < rank(first.lemma)) return moveToFront(candidates, 1);
  return [...candidates];
}
