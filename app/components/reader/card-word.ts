import type { ReaderGlossaryTerm } from "@/lib/lesson-model/reader-view";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";

/** The word a card is about, as messages name it: the glossary term, the separable verb, or the dictionary form. */
export function cardWord(
  subject: { form: string; lookup?: WordLookup | "loading" | "error" },
  term: ReaderGlossaryTerm | undefined,
): string {
  if (term) return term.term;
  const analysis = typeof subject.lookup === "object" ? subject.lookup.analysis : null;
  const verb = analysis?.separableVerb;
  return (verb?.certainty === "sure" ? verb.lemma : analysis?.lemmas[0]?.lemma) ?? subject.form;
}
