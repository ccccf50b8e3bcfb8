import { describe, expect, it } from "vitest";
import { alignParagraphs } from "@/lib/alignment/align-paragraphs";
import { alignSentences } from "@/lib/alignment/align-sentences";
import { formatBeads, formatParagraphBeads } from "../../support/bead-notation";

const WEATHER_NL = [
  "Storm Ciarán trekt donderdag over Nederland.",
  "Het KNMI verwacht windstoten tot 110 kilometer per uur.",
];
const TRAINS_NL = ["De NS rijdt minder treinen.", "Reizigers moeten rekening houden met vertraging."];
const SCHOOLS_NL = ["Scholen in Zeeland blijven dicht."];
const WEATHER_EN = [
  "Storm Ciarán will cross the Netherlands on Thursday.",
  "The KNMI expects gusts of up to 110 kilometres per hour.",
];
const TRAINS_EN = ["NS is running fewer trains.", "Travellers should expect delays."];
const SCHOOLS_EN = ["Schools in Zeeland will stay closed."];

function align(dutch: readonly (readonly string[])[], english: readonly (readonly string[])[]): string {
  return formatParagraphBeads(alignParagraphs(dutch, english));
}

describe("alignParagraphs", () => {
  it("pairs corresponding paragraphs and the sentences inside them, numbering sentences across the text", () => {
    expect(align([WEATHER_NL, TRAINS_NL, SCHOOLS_NL], [WEATHER_EN, TRAINS_EN, SCHOOLS_EN])).toBe(
      "0-0{0-0 1-1} 1-1{2-2 3-3} 2-2{4-4}",
    );
  });

  it("groups two Dutch paragraphs that the translator joined into one (2-1)", () => {
    expect(align([WEATHER_NL, TRAINS_NL, SCHOOLS_NL], [[...WEATHER_EN, ...TRAINS_EN], SCHOOLS_EN])).toBe(
      "0,1-0{0-0 1-1 2-2 3-3} 2-1{4-4}",
    );
  });

  it("groups one Dutch paragraph that the translator split in two (1-2)", () => {
    expect(align([[...WEATHER_NL, ...TRAINS_NL], SCHOOLS_NL], [WEATHER_EN, TRAINS_EN, SCHOOLS_EN])).toBe(
      "0-0,1{0-0 1-1 2-2 3-3} 1-2{4-4}",
    );
  });

  it("leaves an untranslated paragraph unpaired (1-0) and an added one too (0-1)", () => {
    expect(align([WEATHER_NL, TRAINS_NL, SCHOOLS_NL], [WEATHER_EN, SCHOOLS_EN])).toBe(
      "0-0{0-0 1-1} 1-∅{2-∅ 3-∅} 2-1{4-2}",
    );
    expect(align([WEATHER_NL, SCHOOLS_NL], [WEATHER_EN, TRAINS_EN, SCHOOLS_EN])).toBe(
      "0-0{0-0 1-1} ∅-1{∅-2 ∅-3} 1-2{2-4}",
    );
  });

  it("lets shared paragraph boundaries decide what lengths alone get wrong", () => {
    const dutch = [
      ["Het regent al de hele dag."],
      ["De wind draait naar het noorden.", "Morgen wordt het droog en zonnig."],
    ];
    const english = [["It has been raining all day."], ["Tomorrow will be dry and sunny."]];
    expect(formatBeads(alignSentences(dutch.flat(), english.flat()))).toBe("0-∅ 1-0 2-1");
    expect(align(dutch, english)).toBe("0-0{0-0} 1-1{1-∅ 2-1}");
  });

  it("refuses a paragraph without sentences", () => {
    expect(() => alignParagraphs([[]], [["Yes."]])).toThrow(RangeError);
  });
});
