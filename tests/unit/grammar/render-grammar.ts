import type { WordGrammar } from "@/lib/grammar/grammar-line";

/**
 * A reading as the card would put it: "het huis (huizen) /həʏs/", "lopen: liep, liepen, hebben/zijn gelopen",
 * "goed (adjective)"; "—" when there is none.
 */
export function renderGrammar(grammar: WordGrammar | undefined): string {
  if (grammar === undefined) return "—";
  const ipa = grammar.ipa === undefined ? "" : ` /${grammar.ipa}/`;
  if (grammar.partOfSpeech === "noun") {
    return `${grammar.article ?? "?"} ${grammar.lemma} (${grammar.plural ?? "no plural"})${ipa}`;
  }
  if (grammar.partOfSpeech === "verb") {
    const perfect = grammar.participle === undefined ? "-" : `${grammar.auxiliary ?? "?"} ${grammar.participle}`;
    return `${grammar.lemma}: ${grammar.pastSingular ?? "-"}, ${grammar.pastPlural ?? "-"}, ${perfect}${ipa}`;
  }
  return `${grammar.lemma} (${grammar.partOfSpeech ?? "?"})${ipa}`;
}
