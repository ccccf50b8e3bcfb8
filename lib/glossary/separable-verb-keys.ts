import { foldDiacritics } from "@/lib/dictionary/normalize-word";
import type { ParagraphAnnotation } from "@/lib/language/annotate";

/**
 * The lemma key of each confidently found separable verb, at the offsets of both its parts, for glossary matching.
 * "Zelenski gaf … aan" → { offset of "gaf": ["aangeven"], offset of "aan": ["aangeven"] }
 */
export function separableVerbKeys(annotation: ParagraphAnnotation): Map<number, string[]> {
  const keys = new Map<number, string[]>();
  const add = (offset: number, key: string) => keys.set(offset, [...(keys.get(offset) ?? []), key]);
  for (const sentence of annotation.sentences) {
    for (const token of sentence.tokens) {
      const verb = token.analysis?.separableVerb;
      if (!verb || verb.certainty !== "sure") continue;
      const key = foldDiacritics(verb.lemma);
      for (const index of [verb.particleIndex, verb.verbIndex]) {
        const part = sentence.tokens[index];
        if (part && !keys.get(part.start)?.includes(key)) add(part.start, key);
      }
    }
  }
  return keys;
}
