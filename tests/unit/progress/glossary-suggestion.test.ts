import { describe, expect, it } from "vitest";
import { glossaryKeys, suggestGlossaryTerm } from "@/lib/progress/glossary-suggestion";
import { dictionary } from "../language/dictionary-for-tests";

describe("suggestGlossaryTerm", () => {
  it("proposes the dictionary's lemma and first sense for an inflected form", () => {
    expect(suggestGlossaryTerm("hervormingen", dictionary)).toEqual({ term: "hervorming", english: "reform" });
  });

  it("keeps the word, with no English, when the dictionary does not know it", () => {
    expect(suggestGlossaryTerm("blorpig", dictionary)).toEqual({ term: "blorpig", english: "" });
  });
});

describe("glossaryKeys", () => {
  it("covers every inflected form of a term and of its variants", () => {
    const keys = glossaryKeys([{ term: "hervorming", variants: ["Minsk-akkoorden"] }], dictionary);
    expect(keys).toEqual(new Set(["hervorming", "minsk-akkoord"]));
  });
});
