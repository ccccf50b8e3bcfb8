import { describe, expect, it } from "vitest";
import { guessParagraphKind } from "@/lib/import/paragraph-kind";

function millisecondsOf(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

describe("guessParagraphKind on hostile paragraphs", () => {
  it("judges 200,000-character paragraphs in well under a second", () => {
    const size = 200_000;
    const hostile = {
      // The caption pattern backtracked quadratically here (20,000 spaces took 0.7 s) before the length check.
      "spaces after a credit word": "foto" + " ".repeat(size) + "x!",
      "dashes before no signature": "— ".repeat(size / 2) + "x",
      "quotes without an end": '"' + 'a"'.repeat(size / 2) + "x",
      words: "woord ".repeat(size / 6),
    };
    for (const [name, text] of Object.entries(hostile)) {
      expect([name, millisecondsOf(() => guessParagraphKind(text, false)) < 1000]).toEqual([name, true]);
    }
  });

  it("still recognises a short caption", () => {
    expect(guessParagraphKind("Joe Biden in Genève. Foto: ANP", false)).toBe("caption");
  });
});
