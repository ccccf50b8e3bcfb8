import { describe, expect, it } from "vitest";
import { alignSentences } from "@/lib/alignment/align-sentences";
import { formatBeads } from "../../support/bead-notation";
import type { Lexicon } from "@/lib/alignment/types";

/** A few dictionary entries, as the app's dictionary would give them. */
const GLOSSES: Record<string, string[]> = {
  gemeenteraad: ["city council"],
  vergaderde: ["met"],
  dinsdag: ["Tuesday"],
  nieuwe: ["new"],
  fietsenstalling: ["bicycle parking"],
  wethouder: ["alderman"],
  zei: ["said"],
  plaatsen: ["places", "spaces"],
  twee: ["two"],
  keer: ["times"],
  zoveel: ["so many", "as many"],
  nu: ["now"],
  bouw: ["construction", "building"],
  begint: ["starts", "begins"],
  maart: ["March"],
  kost: ["costs", "cost"],
  miljoen: ["million"],
  bewoners: ["residents"],
  blij: ["happy", "glad"],
};
const lexicon: Lexicon = { translations: (word) => GLOSSES[word] ?? [] };

const DUTCH = [
  "De gemeenteraad van Utrecht vergaderde dinsdag over de nieuwe fietsenstalling.",
  "Wethouder Jansen zei dat de stalling 1.500 plaatsen krijgt.",
  "Dat is twee keer zoveel als nu.",
  "De bouw begint in maart en kost 4,2 miljoen euro.",
  "Bewoners zijn blij.",
];
const ENGLISH = [
  "Utrecht city council met on Tuesday to discuss the new bicycle parking.",
  "Alderman Jansen said the facility will have 1,500 spaces.",
  "That is twice as many as now.",
  "Construction starts in March and will cost 4.2 million euros.",
  "Residents are happy.",
];

function align(dutch: readonly string[], english: readonly string[], withLexicon = true): string {
  return formatBeads(alignSentences(dutch, english, withLexicon ? { lexicon } : {}));
}

describe("alignSentences", () => {
  it("pairs a faithful translation 1-1, with or without a lexicon", () => {
    expect(align(DUTCH, ENGLISH)).toBe("0-0 1-1 2-2 3-3 4-4");
    expect(align(DUTCH, ENGLISH, false)).toBe("0-0 1-1 2-2 3-3 4-4");
  });

  it("finds two Dutch sentences translated as one (2-1)", () => {
    const english = [
      ENGLISH[0]!,
      "Alderman Jansen said the facility will have 1,500 spaces, twice as many as now.",
      ...ENGLISH.slice(3),
    ];
    expect(align(DUTCH, english)).toBe("0-0 1,2-1 3-2 4-3");
  });

  it("finds one Dutch sentence translated as two (1-2)", () => {
    const english = [
      ...ENGLISH.slice(0, 3),
      "Construction starts in March.",
      "It will cost 4.2 million euros.",
      ENGLISH[4]!,
    ];
    expect(align(DUTCH, english)).toBe("0-0 1-1 2-2 3-3,4 4-5");
  });

  it("leaves an untranslated Dutch sentence unpaired (1-0)", () => {
    const english = ENGLISH.filter((_, index) => index !== 2);
    expect(align(DUTCH, english)).toBe("0-0 1-1 2-∅ 3-2 4-3");
  });

  it("leaves an English sentence without Dutch original unpaired (0-1)", () => {
    const english = [...ENGLISH.slice(0, 4), "The plan was first proposed in 2019 by the Green Party.", ENGLISH[4]!];
    expect(align(DUTCH, english)).toBe("0-0 1-1 2-2 3-3 ∅-4 4-5");
  });

  it("tells sentences of equal length apart by their numbers, however they are written", () => {
    const dutch = [
      "In 2019 kwamen er 1.250 bezoekers.",
      "In 2020 kwamen er 3.400 bezoekers.",
      "In 2021 kwamen er 5.600 bezoekers.",
    ];
    const english = ["In 2019 there were 1,250 visitors.", "In 2021 there were 5600 visitors."];
    expect(align(dutch, english, false)).toBe("0-0 1-∅ 2-1");
  });

  it("tells sentences of equal length apart by the names they mention", () => {
    const dutch = ["Anna fietste naar huis.", "Pieter fietste naar huis.", "Kees fietste naar huis."];
    const english = ["Anna cycled home.", "Kees cycled home."];
    expect(align(dutch, english, false)).toBe("0-0 1-∅ 2-1");
  });

  it("aligns empty sides", () => {
    expect(align([], [])).toBe("");
    expect(align(["Ja."], [])).toBe("0-∅");
    expect(align([], ["Yes.", "No."])).toBe("∅-0 ∅-1");
  });
});
