import { describe, expect, it } from "vitest";
import { accentInsensitiveSearch, foldSearch } from "@/lib/vocabulary/accent-insensitive-search";

/** Which of the texts the (exact) search finds. */
const found = (query: string, texts: string[]) =>
  texts.filter((text) => accentInsensitiveSearch(query)!.regex.test(text));

describe("accent- and case-insensitive search", () => {
  it("finds the accented word from the plain search, and the plain word from the accented search", () => {
    const texts = ["Vrede in Oekraïne.", "Hij schreef oekraine", "OEKRAÏNE", "Oekrai\u0308ne (decomposed)", "Rusland"];
    expect(found("oekraine", texts)).toEqual(texts.slice(0, 4));
    expect(found("Oekraïne", texts)).toEqual(texts.slice(0, 4));
    expect(found("Oekrai\u0308ne", texts)).toEqual(texts.slice(0, 4));
    expect(found("oekraï", texts)).toEqual(texts.slice(0, 4));
  });

  it("folds accented vowels and c, n, j, and other accented consonants when typed as written", () => {
    expect(found("cafe creme", ["Café crème", "cafe creme", "café-crème"])).toEqual(["Café crème", "cafe creme"]);
    expect(found("een", ["één keer", "eén", "en"])).toEqual(["één keer", "eén"]);
    expect(found("nino", ["Niño", "NIÑO", "nio"])).toEqual(["Niño", "NIÑO"]);
    expect(found("Škoda", ["Škoda", "Skoda", "škoda"])).toEqual(["Škoda", "Skoda", "škoda"]);
    expect(found("skoda", ["Škoda", "Skoda"])).toEqual(["Skoda"]);
  });

  it("treats the ĳ ligature as ij, apostrophes alike, and any run of spaces as one", () => {
    expect(found("ijs", ["ĳs", "IJs", "Ĳs", "is"])).toEqual(["ĳs", "IJs", "Ĳs"]);
    expect(found("ĳs", ["ĳs", "ijs"])).toEqual(["ĳs", "ijs"]);
    expect(found("auto's", ["auto’s", "auto's", "autos"])).toEqual(["auto’s", "auto's"]);
    expect(found("van  minsk", ["akkoorden van\u00a0Minsk", "van-Minsk"])).toEqual(["akkoorden van\u00a0Minsk"]);
  });

  it("does not let letters match look-alikes that no LIKE literal would (Kelvin sign, long s)", () => {
    expect(found("kg", ["5 \u212ag", "5 kg"])).toEqual(["5 kg"]);
    expect(found("sla", ["\u017fla", "sla"])).toEqual(["sla"]);
  });

  it("takes regular-expression and LIKE characters literally", () => {
    expect(found("a.b", ["a.b", "axb"])).toEqual(["a.b"]);
    expect(found("(1+1)?", ["is (1+1)? twee", "11"])).toEqual(["is (1+1)? twee"]);
    expect(found("[x]", ["[x]", "x"])).toEqual(["[x]"]);
    expect(accentInsensitiveSearch("50%_\\")!.like).toBe("%50\\%\\_\\\\%");
  });

  it("gives SQLite a selective LIKE pattern: letters that take accents are wildcards, the others stay", () => {
    expect(accentInsensitiveSearch("oekraine")!.like).toBe("__%kr____%");
    expect(accentInsensitiveSearch("Zelenski")!.like).toBe("%z_%l__%sk_%");
    expect(accentInsensitiveSearch("van Minsk")!.like).toBe("%v__%m__%sk%");
    expect(accentInsensitiveSearch("auto's")!.like).toBe("__%t__%s%");
  });

  it("has nothing to search for in an empty search", () => {
    expect(accentInsensitiveSearch("")).toBeNull();
    expect(accentInsensitiveSearch("   ")).toBeNull();
    expect(accentInsensitiveSearch("\u0000")).toBeNull();
    expect(accentInsensitiveSearch("\u0308")).toBeNull();
  });

  it("folds a search to plain lower-case letters", () => {
    expect(foldSearch("Oekraïne")).toBe("oekraine");
    expect(foldSearch("ĳs")).toBe("ijs");
    expect(foldSearch("CAFÉ")).toBe("cafe");
  });
});
