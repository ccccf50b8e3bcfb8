import { describe, expect, it } from "vitest";
import { distinctTexts } from "@/lib/translation/pending-texts";

describe("distinctTexts", () => {
  it("lists each non-blank text once, with all its paragraphs, in reading order", () => {
    const paragraphs = [
      { id: "p1", sourceText: "Ja." },
      { id: "p2", sourceText: "  " },
      { id: "p3", sourceText: "Nee." },
      { id: "p4", sourceText: "Ja." },
    ];
    expect(distinctTexts(paragraphs)).toEqual([
      { sourceText: "Ja.", paragraphIds: ["p1", "p4"] },
      { sourceText: "Nee.", paragraphIds: ["p3"] },
    ]);
  });
});
