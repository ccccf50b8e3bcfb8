import { describe, expect, it } from "vitest";
import { sentenceWords } from "@/lib/language/analyze-word";
import { lemmatize } from "@/lib/language/lemmatize";
import { findSeparableVerbs } from "@/lib/language/separable-verbs";
import { tokenize } from "@/lib/text/tokens";
import { dictionary } from "./dictionary-for-tests";

/** "aangeven(gaf…aan)" for a sure match, "aangeven?(gaven…aan)" for a possible one. */
function separableVerbs(text: string): string {
  const tokens = tokenize(text);
  const lemmasOf = (word: string) => lemmatize(word, dictionary).map((candidate) => candidate.lemma);
  return findSeparableVerbs(sentenceWords({ text, tokens }, lemmasOf), (word) => dictionary.isDutchWord(word))
    .map((pair) => {
      const [first, second] = [pair.verbIndex, pair.particleIndex].sort((a, b) => a - b);
      const span = `${tokens[first!]!.text}…${tokens[second!]!.text}`;
      return `${pair.lemma}${pair.certainty === "sure" ? "" : "?"}(${span})`;
    })
    .join(" ");
}

describe("findSeparableVerbs", () => {
  it("is sure when the particle closes its clause", () => {
    expect(separableVerbs("Zelenski gaf op Twitter aan dat het gesprek goed was.")).toBe("aangeven(gaf…aan)");
    expect(separableVerbs("De president sprak zijn steun uit voor de maatregelen.")).toBe("uitspreken(sprak…uit)");
    expect(separableVerbs("Hij gaf het boek terug, maar zij bleef.")).toBe("teruggeven(gaf…terug)");
  });

  it("is sure for PARTICLE te INFINITIVE", () => {
    expect(separableVerbs("Oekraïne beloofde om politieke hervormingen door te voeren.")).toBe(
      "doorvoeren(door…voeren)",
    );
    expect(separableVerbs("De pogingen om de situatie op te lossen te ondersteunen.")).toBe("oplossen(op…lossen)");
  });

  it("flags a particle in the middle of the clause as possible", () => {
    expect(separableVerbs("Zowel Biden als Zelenski gaven in het gesprek aan de pogingen steun.")).toBe(
      "aangeven?(gaven…aan)",
    );
  });

  it("ignores prepositions before their noun phrase after an auxiliary or a function word", () => {
    expect(separableVerbs("Rusland heeft troepen aan de grens.")).toBe("");
    expect(separableVerbs("Beloofde Rusland om een einde te maken aan zijn steun aan de rebellen?")).toBe(
      "aanmaken?(maken…aan)",
    );
  });
});
