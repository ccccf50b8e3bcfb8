import { describe, expect, it } from "vitest";
import { glossaryTermInput } from "@/lib/glossary/glossary-input";

const parse = (note: string) =>
  glossaryTermInput.parse({ term: "Minsk-akkoorden", english: "Minsk agreements", note, variants: "" }).note;

describe("a glossary term's note", () => {
  it("keeps the lines its author wrote, with at most one blank line between them", () => {
    expect(parse("Signed in 2014.\r\nSecond line\n\n\n\nLast  line\t ")).toBe(
      "Signed in 2014.\nSecond line\n\nLast line",
    );
  });

  it("drops other control characters, while term and English stay single-line for DeepL", () => {
    const input = glossaryTermInput.parse({
      term: "Minsk-\nakkoorden",
      english: "Minsk\tagreements",
      note: "a\u0007b",
      variants: "",
    });
    expect([input.term, input.english, input.note]).toEqual(["Minsk- akkoorden", "Minsk agreements", "a b"]);
  });
});
