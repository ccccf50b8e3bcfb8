import type { Dictionary } from "@/lib/dictionary/dictionary";
import { annotateParagraph, type ParagraphAnnotation } from "@/lib/language/annotate";
import { compileGlossary, findTerms, type GlossaryEntry } from "./find-terms";
import { separableVerbKeys } from "./separable-verb-keys";
import type { WordKeys } from "./word-keys";

/** For each confidently found separable verb, the offset of its later part → the offset of its earlier part. */
function laterVerbParts(annotation: ParagraphAnnotation): Map<number, number> {
  const later = new Map<number, number>();
  for (const sentence of annotation.sentences) {
    for (const token of sentence.tokens) {
      const verb = token.analysis?.separableVerb;
      if (!verb || verb.certainty !== "sure") continue;
      const particle = sentence.tokens[verb.particleIndex]?.start;
      const finite = sentence.tokens[verb.verbIndex]?.start;
      if (particle !== undefined && finite !== undefined)
        later.set(Math.max(particle, finite), Math.min(particle, finite));
    }
  }
  return later;
}

/**
 * How often the reader marks each term in a lesson's text, by term id: the same matching as the reader (Dutch
 * paragraphs only, inflected and reordered forms, variants, separable verbs), the two parts of a separable verb
 * ("gaf … aan") counted as one use. 0 is a term the reader never marks: misspelt, or a form the matcher does not
 * derive, which the glossary editor points out.
 *
 * terms hervorming, aangeven in "De regering belooft hervormingen. Zij gaf het aan." → { hervorming: 1, aangeven: 1 }
 */
export function countTermOccurrences(
  paragraphs: readonly { language: string; sourceText: string }[],
  entries: readonly GlossaryEntry[],
  words: WordKeys,
  dictionary: Dictionary,
): Map<string, number> {
  const counts = new Map(entries.map((entry) => [entry.id, 0]));
  if (entries.length === 0) return counts;
  const glossary = compileGlossary(entries, words);
  for (const paragraph of paragraphs) {
    if (paragraph.language !== "nl") continue;
    const annotation = annotateParagraph(paragraph.sourceText, dictionary, "nl");
    const occurrences = findTerms(paragraph.sourceText, glossary, words, separableVerbKeys(annotation));
    const termAt = new Map(occurrences.map((occurrence) => [occurrence.start, occurrence.termId]));
    const later = laterVerbParts(annotation);
    for (const { start, termId } of occurrences) {
      const earlier = later.get(start);
      if (earlier !== undefined && termAt.get(earlier) === termId) continue;
      counts.set(termId, (counts.get(termId) ?? 0) + 1);
    }
  }
  return counts;
}
