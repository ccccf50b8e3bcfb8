import { describe, expect, it } from "vitest";
import { findMultiWordEntries } from "@/lib/language/multi-word-entries";
import { tokenize } from "@/lib/text/tokens";
import { dictionary } from "./dictionary-for-tests";

/** "text=headword: first sense @indices" for each occurrence in the sentence. */
function phrases(text: string): string {
  return findMultiWordEntries(tokenize(text), dictionary, text)
    .map((found) => `${found.text}=${found.lemma}: ${found.glosses[0]} @${found.tokenIndices.join(",")}`)
    .join(" | ");
}

describe("findMultiWordEntries", () => {
  it("finds fixed expressions of two to four words in running text", () => {
    expect(phrases("Tot slot bedankte hij onder andere zijn moeder.")).toBe(
      "Tot slot=tot slot: finally, in conclusion @0,1 | onder andere=onder andere: among other things, including @4,5",
    );
    expect(phrases("Ze hield ons op de hoogte in het kader van het onderzoek.")).toBe(
      "op de hoogte=op de hoogte: informed, aware @3,4,5 | " +
        "in het kader van=in het kader van: as part of, in the context of @6,7,8,9",
    );
  });

  it("matches an inflected verb by its lemma", () => {
    expect(phrases("De kosten worden in rekening gebracht.")).toBe(
      "in rekening gebracht=in rekening brengen: charge @3,4,5",
    );
  });

  it("takes the longest match and lets occurrences not overlap", () => {
    expect(phrases("Hij kwam ten minste op tijd in plaats van te laat.")).toBe(
      "ten minste=ten minste: at least @2,3 | op tijd=op tijd: in time, at the right time @4,5 | " +
        "in plaats van=in plaats van: instead of @6,7,8",
    );
  });

  it("does not join words across punctuation, nor function words or a verb and its preposition alone", () => {
    expect(phrases("Hij bleef tot slot, ten slotte ook.")).toBe(
      "tot slot=tot slot: finally, in conclusion @2,3 | ten slotte=ten slotte: at last, finally, ultimately @4,5",
    );
    expect(phrases("Ze liep tot. Slot van de deur.")).toBe("");
    expect(phrases("Ik ga naar het park en het bestaat uit bomen.")).toBe("");
  });
});
