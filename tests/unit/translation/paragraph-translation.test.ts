import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/sentences";
import { readSentenceTaggedTranslation, wholeParagraphPair } from "@/lib/translation/paragraph-translation";

const source = "De kat slaapt. Hij droomt.";
const sentences = splitSentences(source);

/** Pairs as "Dutch = English" joined by " | ". */
function pairs(tagged: string): string {
  const translation = readSentenceTaggedTranslation(sentences, tagged);
  if (translation.needsAlignment) return `needs alignment: ${translation.text}`;
  return translation.sentencePairs
    .map((pair) => {
      const dutch = source.slice(pair.source.start, pair.source.end);
      return `${dutch} = ${translation.text.slice(pair.translation.start, pair.translation.end)}`;
    })
    .join(" | ");
}

describe("readSentenceTaggedTranslation", () => {
  it("pairs each Dutch sentence with its tag in the translation", () => {
    expect(pairs("<s>The cat sleeps.</s> <s>He dreams.</s>")).toBe(
      "De kat slaapt. = The cat sleeps. | Hij droomt. = He dreams.",
    );
  });

  it("flags a translation with fewer sentence tags for the aligner, keeping its text", () => {
    expect(pairs("<s>The cat sleeps and dreams.</s>")).toBe("needs alignment: The cat sleeps and dreams.");
  });

  it("flags broken markup for the aligner with the tags removed", () => {
    expect(pairs("<s>The cat sleeps.</s> <s>He <x/>dreams.")).toBe("needs alignment: The cat sleeps. He dreams.");
  });
});

describe("wholeParagraphPair", () => {
  it("covers both texts without their outer spaces", () => {
    expect(wholeParagraphPair(" Ja. Nee.", "Yes, no. ")).toEqual({
      source: { start: 1, end: 9 },
      translation: { start: 0, end: 8 },
    });
  });
});
