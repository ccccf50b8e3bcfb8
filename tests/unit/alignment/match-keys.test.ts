import { describe, expect, it } from "vitest";
import { dutchTokenKeys, englishStem, englishTokenKeys, foldWord, punctuationKeys } from "@/lib/alignment/match-keys";
import type { Lexicon } from "@/lib/alignment/types";

const lexicon: Lexicon = { translations: (word) => (word === "campagne" ? ["campaign", "to make an offer"] : []) };

function shareKey(dutch: string, english: string): boolean {
  const englishKeys = new Set(englishTokenKeys(english));
  return dutchTokenKeys(dutch, lexicon).some((key) => englishKeys.has(key));
}

describe("match keys", () => {
  it("matches numbers whatever their separators", () => {
    expect(shareKey("1.000", "1,000")).toBe(true);
    expect(shareKey("1000", "1,000")).toBe(true);
    expect(shareKey("2,5", "2.5")).toBe(true);
    expect(shareKey("1.000", "100")).toBe(false);
  });

  it("matches names and shared words as they are, and cognates by their first five letters", () => {
    expect(shareKey("Warren", "Warren")).toBe(true);
    expect(shareKey("Massachusetts", "Massachusetts's")).toBe(true);
    expect(shareKey("presidentschap", "president")).toBe(true);
    expect(shareKey("in", "in")).toBe(true);
    expect(shareKey("huis", "house")).toBe(false);
  });

  it("matches translations from the lexicon, inflected in English, ignoring the function words of glosses", () => {
    expect(dutchTokenKeys("Campagne", lexicon)).toEqual(["=campagne", "~campa", "=campaign", "=make", "=offer"]);
    expect(shareKey("campagne", "campaigns")).toBe(true);
    expect(shareKey("campagne", "offered")).toBe(true);
    expect(shareKey("campagne", "to")).toBe(false);
  });

  it("folds case, diacritics, the ĳ ligature and typographic apostrophes", () => {
    expect(foldWord("Ĳsselmeer")).toBe("ijsselmeer");
    expect(foldWord("Oekraïne")).toBe("oekraine");
    expect(foldWord("auto’s")).toBe("auto's");
  });

  it("stems English lightly", () => {
    expect(["recommended", "recommends", "recommending", "studies", "class"].map(englishStem)).toEqual([
      "recommend",
      "recommend",
      "recommend",
      "study",
      "class",
    ]);
  });

  it("marks questions, exclamations and quotations", () => {
    expect(punctuationKeys("Zei hij „nee”?")).toEqual(["?", '"']);
    expect(punctuationKeys("Ze zei 'goed te gaan nadenken'.")).toEqual(['"']);
    expect(punctuationKeys("Auto's rijden!")).toEqual(["!"]);
  });
});
