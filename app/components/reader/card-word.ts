import type { ReaderGlossaryTerm } from "@/lib/lesson-model/reader-view";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";

/**
 * The word a card is about, as messages name it (what saving keeps): the glossary term, the separable verb, the
 * fixed expression, or the dictionary form.
 */
export function cardWord(
  subject: { form: string; lookup?: WordLookup | "loading" | "error" },
  term: ReaderGlossaryTerm | undefined,
): string {
  if (term) return term.term;
  const analysis = typeof subject.lookup === "object" ? subject.lookup.analysis : null;
  const verb = analysis?.separableVerb;
  if (verb?.certainty === "sure") return verb.lemma;
  return analysis?.phrase?.lemma ?? analysis?.lemmas[0]?.lemma ?? subject.form;
}
