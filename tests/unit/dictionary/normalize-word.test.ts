import { describe, expect, it } from "vitest";
import { formatFreedictLine, parseFreedictTsv } from "@/lib/dictionary/freedict-tsv";
import { foldDiacritics, lookupKey, normalizeWord } from "@/lib/dictionary/normalize-word";

describe("normalizeWord and lookupKey", () => {
  it("composes accents, expands ĳ and unifies apostrophes and hyphens", () => {
    expect(normalizeWord("Oekrai\u0308ne ĳs Ĳssel auto’s de\u2010escaleren")).toBe(
      "Oekraïne ijs IJssel auto's de-escaleren",
    );
    expect(lookupKey("Hervorming")).toBe("hervorming");
    expect(foldDiacritics("geëscaleerd Genève")).toBe("geescaleerd Geneve");
  });
});

describe("FreeDict TSV lines", () => {
  it("round-trips an entry", () => {
    const entry = { headword: "aangeven", senses: ["declare, state", "accuse, denounce"] };
    expect(parseFreedictTsv(formatFreedictLine(entry) + "\n")).toEqual([entry]);
  });
});
