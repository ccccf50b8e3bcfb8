import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { splitSentences } from "@/lib/text/sentences";
import { tokenize } from "@/lib/text/tokens";

/** Sentences joined by " | " — compact expected strings. */
function sentences(text: string): string {
  return splitSentences(text)
    .map((span) => text.slice(span.start, span.end))
    .join(" | ");
}

describe("splitSentences", () => {
  it("keeps a closing quote with its sentence", () => {
    expect(sentences("Hij zei: “om de vrede te behouden.” Ook bespraken ze hervormingen.")).toBe(
      "Hij zei: “om de vrede te behouden.” | Ook bespraken ze hervormingen.",
    );
  });

  it("does not split after abbreviations or initials", () => {
    expect(sentences("Dr. Jansen kwam o.a. met J. Biden. Daarna ging hij.")).toBe(
      "Dr. Jansen kwam o.a. met J. Biden. | Daarna ging hij.",
    );
  });

  it("splits a photo caption credit from its sentence", () => {
    expect(sentences("Joe Biden (midden). Beeld AFP")).toBe("Joe Biden (midden). | Beeld AFP");
  });

  it("does not split a sentence before a lower-case word or inside numbers", () => {
    expect(sentences("Het kost 2.5 miljoen euro. ook niet hier? Ja!")).toBe(
      "Het kost 2.5 miljoen euro. ook niet hier? | Ja!",
    );
  });

  it("returns no sentence for blank text", () => {
    expect(splitSentences("   ")).toEqual([]);
  });
});

describe("splitParagraphs", () => {
  it("splits on blank lines and joins wrapped lines", () => {
    expect(splitParagraphs("Kop\r\n\r\nEerste zin.\nTweede zin.\n \n\nLaatste")).toEqual([
      "Kop",
      "Eerste zin. Tweede zin.",
      "Laatste",
    ]);
  });
});

describe("tokenize", () => {
  it("keeps hyphenated words, apostrophes and numbers whole", () => {
    const text = "De-escaleren van NAVO-Rusland, zo'n 1.000 auto's.";
    expect(
      tokenize(text)
        .map((token) => `${token.text}${token.isWord ? "" : "#"}`)
        .join(" "),
    ).toBe("De-escaleren van NAVO-Rusland zo'n 1.000# auto's");
  });

  it("reports offsets that slice back to the token", () => {
    const text = "Володимир Зеленський 🇺🇦 zei “ja”.";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe("splitSentences with number abbreviations", () => {
  it("keeps 'nr. 5' together but ends a sentence at 'No.' before a word", () => {
    expect(sentences("Hij woont op nr. 5 in Gent. No. Maybe not.")).toBe(
      "Hij woont op nr. 5 in Gent. | No. | Maybe not.",
    );
  });
});
