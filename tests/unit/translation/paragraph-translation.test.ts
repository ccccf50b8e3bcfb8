import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/sentences";
import { NO_LEXICON } from "@/lib/alignment/lexicon";
import { alignedSentencePairs } from "@/lib/translation/aligned-sentence-pairs";
import { readSentenceTaggedTranslation } from "@/lib/translation/paragraph-translation";

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

describe("alignedSentencePairs", () => {
  it("pairs a translation whose sentences DeepL merged, two Dutch sentences to one English", () => {
    const source = "De trein vertrekt om negen uur. Hij is vaak te laat. Mijn zus werkt in Utrecht.";
    const translation = "The train leaves at nine o'clock and is often late. My sister works in Utrecht.";
    const pairs = alignedSentencePairs(source, translation, NO_LEXICON).map(
      (pair) =>
        `${source.slice(pair.source.start, pair.source.end)} = ${translation.slice(pair.translation.start, pair.translation.end)}`,
    );
    expect(pairs).toEqual([
      "De trein vertrekt om negen uur. Hij is vaak te laat. = The train leaves at nine o'clock and is often late.",
      "Mijn zus werkt in Utrecht. = My sister works in Utrecht.",
    ]);
  });
});
