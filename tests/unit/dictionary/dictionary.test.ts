import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";

const dictionary = getDictionary();

/** Headwords of the entries found, in order, with their first sense: compact expected strings. */
function entries(word: string, options: { preferCapitalised?: boolean } = {}): string {
  return dictionary
    .lookup(word, options)
    .map((entry) => `${entry.headword}: ${entry.senses[0]}`)
    .join(" | ");
}

describe("Dictionary", () => {
  it("keeps the real case of headwords and puts the lower-case sense first unless asked otherwise", () => {
    expect(entries("hervorming")).toBe("hervorming: reform | Hervorming: Reformation");
    expect(entries("Hervorming", { preferCapitalised: true })).toBe("Hervorming: Reformation | hervorming: reform");
  });

  it("finds words spelled with the ĳ ligature or decomposed accents", () => {
    expect(entries("ĳs")).toBe(entries("ijs"));
    expect(entries("Oekrai\u0308ne")).toBe("Oekraïne: Ukraine, the Ukraine");
  });

  it("re-splits glued English glosses", () => {
    expect(dictionary.lookup("aangeven")[0]?.senses).toContain("show, point out");
    expect(dictionary.lookup("inrichten")[0]?.senses[0]).toBe("put in order, arrange, tidy");
    expect(dictionary.lookup("het gaat om")[0]?.senses).toEqual(["it's a matter of"]);
  });

  it("adds the hand-written supplement for frequent words FreeDict lacks", () => {
    expect(entries("zodat")).toBe("zodat: so that");
  });

  it("puts the most common sense first: re-ranked at conversion, or named by the supplement", () => {
    expect(["zetten", "zien", "leven", "goed", "vrouw", "regering"].map((word) => entries(word)).join(" · ")).toBe(
      "zetten: place, put, put down, lay down · zien: see · leven: life · goed: good, okay, nice · " +
        "vrouw: woman · regering: government",
    );
  });

  it("knows OpenTaal lemmas without glosses, frequency ranks and English words", () => {
    expect([dictionary.hasEntry("escalatie"), dictionary.isDutchWord("escalatie")]).toEqual([false, true]);
    expect(dictionary.isWordListLemma("mensen")).toBe(false);
    expect(dictionary.frequencyRank("de")).toBe(1);
    expect(dictionary.frequencyRank("xyzzy")).toBeUndefined();
    expect([dictionary.isEnglishWord("Escalation"), dictionary.isEnglishWord("escalatie")]).toEqual([true, false]);
  });
});
