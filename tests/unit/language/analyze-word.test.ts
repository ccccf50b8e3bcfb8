import { describe, expect, it } from "vitest";
import { analyzeWord, type WordAnalysis } from "@/lib/language/analyze-word";
import { frequencyBand } from "@/lib/language/frequency";
import { tokenize } from "@/lib/text/tokens";
import { dictionary } from "./dictionary-for-tests";

function analyze(text: string, word: string): WordAnalysis {
  const tokens = tokenize(text);
  const index = tokens.findIndex((token) => token.text === word);
  return analyzeWord(dictionary, { text, tokens }, index);
}

/** "lemma[source]: first gloss" for each reading. */
function readings(analysis: WordAnalysis): string {
  return analysis.lemmas
    .map(
      (reading) => `${reading.lemma}[${reading.source}${reading.guess ? ", guess" : ""}]: ${reading.glosses[0] ?? "—"}`,
    )
    .join(" | ");
}

describe("analyzeWord", () => {
  it("gives lemmas with glosses and a frequency band", () => {
    const analysis = analyze("Ook bespraken ze hervormingen.", "hervormingen");
    expect(readings(analysis)).toBe("hervorming[dictionary]: reform | Hervorming[dictionary]: Reformation");
    expect([analysis.frequencyBand, analysis.isLikelyName]).toEqual(["common", false]);
  });

  it("orders readings by the neighbouring words", () => {
    expect(readings(analyze("De relatie staat onder druk.", "staat"))).toMatch(/^staan\[dictionary\]/);
    expect(readings(analyze("Hij sprak over de staat van het land.", "staat"))).toMatch(/^staat\[dictionary\]/);
  });

  it("splits compounds no dictionary knows, flagged as a guess", () => {
    const analysis = analyze("Het gaat om de strategische veiligheidsdialoog.", "veiligheidsdialoog");
    expect(readings(analysis)).toBe("veiligheidsdialoog[compound, guess]: security + dialogue");
    expect(analysis.compound?.guess).toBe(true);
    expect(analysis.compound?.parts.map((part) => `${part.text}${part.linker ?? ""}: ${part.glosses[0]}`)).toEqual([
      "veiligheids: security, safety",
      "dialoog: dialogue",
    ]);
  });

  it("never gives a split as the meaning of a word the dictionaries know", () => {
    // FreeDict (with the supplement) knows these lexicalised compounds: no milk + way, no for + jump.
    expect(readings(analyze("Ze zag de melkweg.", "melkweg"))).toBe("melkweg[dictionary]: Milky Way");
    expect(readings(analyze("Hij nam een voorsprong.", "voorsprong"))).toBe("voorsprong[dictionary]: lead, head start");
    // The word list knows "kernwapen" without a gloss: its parts are shown as parts, not as its meaning.
    const analysis = analyze("Ze bespraken kernwapens.", "kernwapens");
    expect(readings(analysis)).toBe("kernwapen[word-list]: —");
    expect(analysis.compound?.parts.map((part) => `${part.text}: ${part.glosses[0]}`)).toEqual([
      "kern: core, pit, nucleus, kernel",
      "wapen: weapon",
    ]);
    expect(analysis.compound?.guess).toBeUndefined();
  });

  it("guesses English cognates, flagged as guesses", () => {
    expect(readings(analyze("Er is geen verdere escalatie.", "escalatie"))).toBe("escalatie[guess]: escalation");
    expect(readings(analyze("De separatisten vochten.", "separatisten"))).toBe("separatist[guess]: separatist");
  });

  it("adds the separable verb with both token positions", () => {
    const analysis = analyze("Zelenski gaf op Twitter aan dat het goed ging.", "aan");
    expect(analysis.separableVerb).toMatchObject({
      lemma: "aangeven",
      verbIndex: 1,
      particleIndex: 4,
      certainty: "sure",
    });
    expect(analysis.separableVerb?.glosses[0]).toBe("state, declare");
  });

  it("gives the multi-word entry the clicked word is part of, whichever of its words was clicked", () => {
    const text = "Hij kwam ten minste op tijd.";
    for (const word of ["ten", "minste"]) {
      expect(analyze(text, word).phrase).toEqual({
        text: "ten minste",
        lemma: "ten minste",
        glosses: ["at least"],
        tokenIndices: [2, 3],
      });
    }
    expect(analyze(text, "kwam").phrase).toBeUndefined();
  });

  it("recognises likely names", () => {
    expect(analyze("Het gesprek met Biden was goed.", "Biden").isLikelyName).toBe(true);
    expect(analyze("Rusland heeft troepen gestuurd.", "Rusland").isLikelyName).toBe(true);
    expect(analyze("Het Westen vreest een interventie.", "Westen").isLikelyName).toBe(false);
    expect(analyze("Ook bespraken ze hervormingen.", "Ook").isLikelyName).toBe(false);
  });
});

describe("frequencyBand", () => {
  it("bands ranks", () => {
    expect([12, 3_000, 15_000, undefined].map(frequencyBand)).toEqual(["very-common", "common", "uncommon", "rare"]);
  });
});
