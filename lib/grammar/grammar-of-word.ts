import type { WordAnalysis } from "@/lib/language/analyze-word";
import type { WordGrammar } from "./grammar-line";
import type { GrammarIndex } from "./word-grammar";

/**
 * The grammar the card shows for a looked-up word: the separable verb's when the word is part of one, else that of
 * the first reading the data covers ("moet" has none of its own, "moeten" has), else, for a compound, its head's
 * article and plural, which a Dutch compound takes from its last part ("het telefoongesprek, telefoongesprekken"
 * from het gesprek, gesprekken). Undefined where no source says anything: nothing is guessed.
 */
export function grammarOfWord(analysis: WordAnalysis, grammar: GrammarIndex): WordGrammar | undefined {
  const verb = analysis.separableVerb;
  if (verb?.certainty === "sure") return grammar.grammarOf(verb.lemma, "verb");
  for (const reading of analysis.lemmas) {
    if (reading.source !== "dictionary" && reading.source !== "word-list") continue;
    const found = grammar.grammarOf(reading.lemma);
    if (found) return found;
  }
  return compoundGrammar(analysis, grammar);
}

function compoundGrammar(analysis: WordAnalysis, grammar: GrammarIndex): WordGrammar | undefined {
  const parts = analysis.compound?.parts;
  const head = parts?.[parts.length - 1];
  if (!parts || !head || parts.length < 2) return undefined;
  const headGrammar = grammar.grammarOf(head.lemma, "noun");
  if (headGrammar?.partOfSpeech !== "noun") return undefined;
  const modifiers = parts
    .slice(0, -1)
    .map((part) => part.text + (part.linker ?? ""))
    .join("")
    .toLowerCase();
  return {
    lemma: modifiers + headGrammar.lemma,
    partOfSpeech: "noun",
    ...(headGrammar.article ? { article: headGrammar.article } : {}),
    ...(headGrammar.plural ? { plural: modifiers + headGrammar.plural } : {}),
  };
}
