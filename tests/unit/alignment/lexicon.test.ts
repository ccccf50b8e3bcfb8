import { describe, expect, it } from "vitest";
import { dictionaryLexicon, lemmatizingLexicon, NO_LEXICON } from "@/lib/alignment/lexicon";

const entries: Record<string, { senses: string[] }[]> = {
  lopen: [{ senses: ["walk, run", "leak"] }],
  liep: [],
  loop: [{ senses: ["course"] }],
};
const dictionary = dictionaryLexicon({ lookup: (word) => entries[word] ?? [] });

describe("lexicons", () => {
  it("splits a dictionary's senses into glosses", () => {
    expect(dictionary.translations("lopen")).toEqual(["walk", "run", "leak"]);
    expect(dictionary.translations("onbekend")).toEqual([]);
  });

  it("adds the translations of a word's lemmas to its own, once each", () => {
    const lexicon = lemmatizingLexicon(dictionary, (word) => (word === "liep" ? ["lopen"] : ["loop", "lopen", word]));
    expect(lexicon.translations("liep")).toEqual(["walk", "run", "leak"]);
    expect(lexicon.translations("loop")).toEqual(["course", "walk", "run", "leak"]);
  });

  it("knows no words without a dictionary", () => {
    expect(NO_LEXICON.translations("huis")).toEqual([]);
  });
});
