import { describe, expect, it } from "vitest";
import { termFrequencyBand } from "@/lib/glossary/term-frequency";
import { dictionary } from "../language/dictionary-for-tests";

describe("a glossary term's own frequency", () => {
  it("is the term's rank when the lists have the whole term", () => {
    expect(termFrequencyBand("regering", dictionary)).toBe("very-common");
  });

  it("is that of its rarest word otherwise, articles and prepositions aside, the same for every spelling", () => {
    expect(termFrequencyBand("de regering van Minsk", dictionary)).toBe(termFrequencyBand("Minsk", dictionary));
    expect(termFrequencyBand("Minsk", dictionary)).not.toBe(termFrequencyBand("regering", dictionary));
    expect(termFrequencyBand("Minsk-akkoorden", dictionary)).toBe(termFrequencyBand("Minsk", dictionary));
    expect(termFrequencyBand("de akkoorden van Minsk", dictionary)).toBe(termFrequencyBand("Minsk", dictionary));
    expect(termFrequencyBand("Normandië-formaat", dictionary)).toBe(termFrequencyBand("Normandië", dictionary));
  });

  it("is rare when one of its words is in no list", () => {
    expect(termFrequencyBand("het Zwibbelakkoord", dictionary)).toBe("rare");
  });
});
