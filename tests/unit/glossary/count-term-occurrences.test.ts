import { describe, expect, it } from "vitest";
import { countTermOccurrences } from "@/lib/glossary/count-term-occurrences";
import { dictionaryWordKeys } from "@/lib/glossary/dictionary-word-keys";
import { dictionary } from "../language/dictionary-for-tests";

const words = dictionaryWordKeys(dictionary);
const term = (id: string, variants: string[] = []) => ({ id, term: id, variants });

describe("countTermOccurrences", () => {
  it("counts what the reader marks: inflected forms, variants and separable verbs, in Dutch paragraphs only", () => {
    const paragraphs = [
      { language: "nl", sourceText: "De regering belooft hervormingen. Eén hervorming is al klaar." },
      { language: "nl", sourceText: "Zelenski gaf de problemen aan. Ook de Minsk-akkoorden kwamen ter sprake." },
      { language: "en", sourceText: "The reforms (hervormingen) were promised." },
    ];
    const counts = countTermOccurrences(
      paragraphs,
      [term("hervorming"), term("aangeven"), term("akkoorden van Minsk", ["Minsk-akkoorden"]), term("hervormimg")],
      words,
      dictionary,
    );
    expect(Object.fromEntries(counts)).toEqual({
      hervorming: 2,
      aangeven: 1,
      "akkoorden van Minsk": 1,
      hervormimg: 0,
    });
  });

  it("gives every term a count, even in an empty text", () => {
    expect(Object.fromEntries(countTermOccurrences([], [term("trein")], words, dictionary))).toEqual({ trein: 0 });
  });
});
