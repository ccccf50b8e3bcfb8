import { describe, expect, it } from "vitest";
import { lemmatize } from "@/lib/language/lemmatize";
import { readingOrder } from "@/lib/language/reading-order";
import { dictionary } from "./dictionary-for-tests";

/** "form→first|second" per word, in the order the card shows the readings. */
function shown(words: string): string {
  return words
    .split(" ")
    .map((word) => {
      const order = readingOrder(lemmatize(word, dictionary), word, dictionary);
      return `${word}→${order.map((candidate) => candidate.lemma).join("|")}`;
    })
    .join(" ");
}

describe("the order the card shows readings in", () => {
  it("shows a form glossed as itself first when it is the more frequent word", () => {
    expect(shown("mensen echter")).toBe("mensen→mensen|mens echter→echter|echt");
  });

  it("shows the far more frequent reading before the one the ending suggests, and -end adjectives first", () => {
    expect(shown("korte volgende")).toBe("korte→kort|koren volgende→volgend|volgen");
  });

  it("shows a strong verb before a rarer homograph, and a comparison form's own degree", () => {
    expect(shown("zagen meeste meer")).toBe("zagen→zien|zagen meeste→meeste|veel meer→meer|veel");
  });

  it("leaves a word with one reading, or no better one, as lemmatize has it", () => {
    expect(shown("hervormingen staat")).toBe("hervormingen→hervorming staat→staat|staan");
  });
});
