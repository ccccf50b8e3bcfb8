import { describe, expect, it } from "vitest";
import { needsQuotes } from "@/lib/vocabulary/sentence-quotes";

describe("quotation marks around saved sentences", () => {
  it("quotes a plain sentence", () => {
    expect(needsQuotes("De vrede is broos.")).toBe(true);
    expect(needsQuotes("Hij zei 'nee' en ging weg.")).toBe(true);
  });

  it("does not double the marks of a sentence that brings its own, at the start or at the end", () => {
    for (const sentence of [
      "„Dat is zo”, zei hij.",
      "“Wij willen vrede.”",
      "'Kom binnen', zei ze.",
      "‘Kom binnen’",
      '"Nee", zei hij.',
      "«Non», dit-il.",
      "De president sprak van de “bijzondere aard”.",
      "Volgens Zelenski ging het om “de vrede in Europa.”",
      "Hij antwoordde: „Nee!”",
      "Wie zei „genoeg”?",
    ]) {
      expect(needsQuotes(sentence), sentence).toBe(false);
    }
  });

  it("takes a Dutch elision at the start for what it is, not an opening mark", () => {
    expect(needsQuotes("'s Avonds is het stil.")).toBe(true);
    expect(needsQuotes("’t Is mooi weer.")).toBe(true);
    expect(needsQuotes("'n Beetje.")).toBe(true);
  });

  it("has nothing to quote in an empty sentence", () => {
    expect(needsQuotes("  ")).toBe(false);
  });
});
