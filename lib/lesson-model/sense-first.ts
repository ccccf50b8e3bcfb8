import type { WordAnalysis } from "@/lib/language/analyze-word";

/** The index of the sense that names `gloss` ("woman" in "woman, wife"), or -1. */
function senseIndex(senses: readonly string[], gloss: string): number {
  const wanted = gloss.toLowerCase();
  return senses.findIndex(
    (sense) => sense.toLowerCase() === wanted || sense.toLowerCase().split(", ").includes(wanted),
  );
}

function withFirst(senses: string[], index: number): string[] {
  return index <= 0 ? senses : [senses[index]!, ...senses.slice(0, index), ...senses.slice(index + 1)];
}

/**
 * The analysis with the sense that the aligned English sentence used put first: in the separable verb's senses, or
 * in the first lemma reading that has it (which then comes first). "vrouwen" in "The women …": woman before queen.
 */
export function senseFirst(analysis: WordAnalysis, gloss: string): WordAnalysis {
  const verb = analysis.separableVerb;
  if (verb) {
    const index = senseIndex(verb.glosses, gloss);
    if (index >= 0) return { ...analysis, separableVerb: { ...verb, glosses: withFirst(verb.glosses, index) } };
  }
  const readingIndex = analysis.lemmas.findIndex((reading) => senseIndex(reading.glosses, gloss) >= 0);
  if (readingIndex < 0) return analysis;
  const reading = analysis.lemmas[readingIndex]!;
  const moved = { ...reading, glosses: withFirst(reading.glosses, senseIndex(reading.glosses, gloss)) };
  return {
    ...analysis,
    lemmas: [moved, ...analysis.lemmas.slice(0, readingIndex), ...analysis.lemmas.slice(readingIndex + 1)],
  };
}
