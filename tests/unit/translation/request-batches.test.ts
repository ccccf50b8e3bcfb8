import { describe, expect, it } from "vitest";
import { DEEPL_REQUEST_LIMITS, formEncodedSize, splitIntoBatches } from "@/lib/translation/request-batches";

const sizes = (batches: string[][]) => batches.map((batch) => batch.length);

describe("splitIntoBatches", () => {
  it("puts at most 50 texts in a request", () => {
    const texts = Array.from({ length: 101 }, (_, index) => `Zin ${index}.`);
    expect(sizes(splitIntoBatches(texts, formEncodedSize, DEEPL_REQUEST_LIMITS))).toEqual([50, 50, 1]);
  });

  it("starts a new request before the body would pass the byte limit, keeping the order", () => {
    const batches = splitIntoBatches(["a", "b", "c", "d"], () => 4, { maxTexts: 50, maxBodyBytes: 10 });
    expect(batches).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps 128 KiB of long paragraphs within the limit", () => {
    const paragraph = "Het is één lange zin. ".repeat(2000);
    const batches = splitIntoBatches(Array(5).fill(paragraph), formEncodedSize, DEEPL_REQUEST_LIMITS);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      const bytes = batch.reduce((sum, text) => sum + formEncodedSize(text), 0);
      expect(bytes).toBeLessThanOrEqual(128 * 1024);
    }
  });

  it("gives an oversized text a request of its own", () => {
    expect(splitIntoBatches(["a", "huge", "b"], (text) => text.length * 3, { maxTexts: 50, maxBodyBytes: 6 })).toEqual([
      ["a"],
      ["huge"],
      ["b"],
    ]);
  });

  it("returns no batch for no texts", () => {
    expect(splitIntoBatches([], formEncodedSize, DEEPL_REQUEST_LIMITS)).toEqual([]);
  });
});

describe("formEncodedSize", () => {
  it("counts the percent-encoded bytes of `text=…&`", () => {
    expect(formEncodedSize("ja")).toBe("text=ja&".length);
    expect(formEncodedSize("é")).toBe("text=%C3%A9&".length);
    expect(formEncodedSize("<s>")).toBe("text=%3Cs%3E&".length);
  });
});
