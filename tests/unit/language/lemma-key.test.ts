import { describe, expect, it } from "vitest";
import { lemmaKey } from "@/lib/language/lemma-key";
import { dictionary } from "./dictionary-for-tests";

function keys(words: string[]): string {
  return words.map((word) => lemmaKey(word, dictionary)).join(" | ");
}

describe("lemmaKey", () => {
  it("gives inflected forms the key of their lemma", () => {
    expect(keys(["hervorming", "hervormingen", "Hervormingen"])).toBe("hervorming | hervorming | hervorming");
    expect(keys(["akkoord", "akkoorden", "sanctie", "sancties"])).toBe("akkoord | akkoord | sanctie | sanctie");
    expect(keys(["bondgenoot", "bondgenoten", "separatist", "separatisten"])).toBe(
      "bondgenoot | bondgenoot | separatist | separatist",
    );
    expect(keys(["staat", "staten"])).toBe("staat | staat");
  });

  it("folds diacritics and keys multi-word and hyphenated terms part by part", () => {
    expect(keys(["Oekraïense", "Witte Huis", "Minsk-akkoorden", "Genève"])).toBe(
      "oekraiens | wit huis | minsk-akkoord | geneve",
    );
  });
});
