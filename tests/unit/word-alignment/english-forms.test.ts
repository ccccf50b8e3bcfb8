import { describe, expect, it } from "vitest";
import { americanSpelling, englishBaseForms } from "@/lib/word-alignment/english-forms";

describe("englishBaseForms", () => {
  it("undoes irregular and regular inflection", () => {
    expect(englishBaseForms("women")).toContain("woman");
    expect(englishBaseForms("went")).toContain("go");
    expect(englishBaseForms("studies")).toContain("study");
    expect(englishBaseForms("stopped")).toContain("stop");
    expect(englishBaseForms("used")).toContain("use");
    expect(englishBaseForms("Indonesia's")).toContain("indonesia");
    expect(englishBaseForms("lies")).toContain("lie");
  });
});

describe("americanSpelling", () => {
  it("unifies British and American spelling of longer words only", () => {
    expect(["neighbouring", "realise", "centre", "travelled", "four"].map(americanSpelling).join(" ")).toBe(
      "neighboring realize center traveled four",
    );
  });
});
