import { describe, expect, it } from "vitest";
import {
  distinctSentences,
  sentencePlace,
  showsSentenceEnglish,
  type VocabularySentence,
} from "@/lib/vocabulary/vocabulary-entry";

function sentence(id: string, text: string, place: Partial<VocabularySentence> = {}): VocabularySentence {
  return {
    id,
    form: "vrede",
    sentence: text,
    english: "",
    lessonId: "lesson",
    lessonTitle: "Les",
    paragraphId: "paragraph",
    sentencePosition: 0,
    ...place,
  };
}

describe("a row of the vocabulary list", () => {
  it("shows each sentence once, the first saving of it", () => {
    const sentences = [
      sentence("a", "De vrede is broos."),
      sentence("b", "De vrede is broos. "),
      sentence("c", "Vrede!"),
    ];
    expect(distinctSentences(sentences).map((context) => context.id)).toEqual(["a", "c"]);
  });

  it("shows the English of the sentence for phrases and for items without English of their own", () => {
    expect(showsSentenceEnglish({ headword: "op de hoogte", english: "informed" })).toBe(true);
    expect(showsSentenceEnglish({ headword: "vrede", english: "" })).toBe(true);
    expect(showsSentenceEnglish({ headword: "vrede", english: "  " })).toBe(true);
    expect(showsSentenceEnglish({ headword: "vrede", english: "peace" })).toBe(false);
    expect(showsSentenceEnglish({ headword: "Minsk-akkoorden", english: "Minsk agreements" })).toBe(false);
  });

  it("links a sentence to its place in the lesson only while the lesson and the place are known", () => {
    expect(sentencePlace(sentence("a", "x", { sentencePosition: 2 }))).toEqual({
      lessonId: "lesson",
      paragraphId: "paragraph",
      position: 2,
    });
    expect(sentencePlace(sentence("a", "x", { lessonId: null }))).toBeNull();
    expect(sentencePlace(sentence("a", "x", { paragraphId: null }))).toBeNull();
    expect(sentencePlace(sentence("a", "x", { sentencePosition: null }))).toBeNull();
  });
});
