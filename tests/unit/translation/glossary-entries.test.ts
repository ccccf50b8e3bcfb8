import { describe, expect, it } from "vitest";
import { glossaryFingerprint, prepareGlossary } from "@/lib/translation/glossary-entries";

describe("prepareGlossary", () => {
  it("replaces tabs, newlines and other control characters by single spaces and trims", () => {
    const { entries } = prepareGlossary([{ term: " de\tgemeente ", english: "the\r\nmunicipality\u2028" }]);
    expect(entries).toEqual({ "de gemeente": "the municipality" });
  });

  it("skips terms that are empty after cleaning and second entries for the same Dutch term", () => {
    const blank = { term: "\t", english: "nothing" };
    const untranslated = { term: "raad", english: " " };
    const second = { term: "stad", english: "town" };
    const { entries, skipped } = prepareGlossary([{ term: "stad", english: "city" }, blank, untranslated, second]);
    expect(entries).toEqual({ stad: "city" });
    expect(skipped).toEqual([blank, untranslated, second]);
  });
});

describe("glossaryFingerprint", () => {
  it("depends on the entries, not on the order the terms were added in", () => {
    const a = prepareGlossary([
      { term: "stad", english: "city" },
      { term: "gemeente", english: "municipality" },
    ]).entries;
    const b = prepareGlossary([
      { term: "gemeente", english: "municipality" },
      { term: "stad", english: "city" },
    ]).entries;
    expect(glossaryFingerprint(a)).toBe(glossaryFingerprint(b));
    expect(glossaryFingerprint({ ...a, stad: "town" })).not.toBe(glossaryFingerprint(a));
  });

  it("is 'none' without entries", () => {
    expect(glossaryFingerprint({})).toBe("none");
  });
});
