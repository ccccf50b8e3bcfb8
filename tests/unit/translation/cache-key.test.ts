import { describe, expect, it } from "vitest";
import { translationCacheKey, type TranslationCacheKeyInput } from "@/lib/translation/cache-key";

const input: TranslationCacheKeyInput = {
  provider: "deepl",
  sourceText: "De kat slaapt.",
  sourceLang: "nl",
  targetLang: "en-GB",
  glossary: "none",
  options: "xml-sentence-tags-v1",
};

describe("translationCacheKey", () => {
  it("is the same for the same request", () => {
    expect(translationCacheKey({ ...input })).toBe(translationCacheKey(input));
    expect(translationCacheKey(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["provider", { provider: "other" }],
    ["text", { sourceText: "De kat slaapt!" }],
    ["source language", { sourceLang: "de" }],
    ["English variant", { targetLang: "en-US" }],
    ["glossary", { glossary: "3f2a" }],
    ["options", { options: "plain" }],
  ])("changes with the %s", (_part, change) => {
    expect(translationCacheKey({ ...input, ...change })).not.toBe(translationCacheKey(input));
  });

  it("does not confuse parts that would concatenate to the same string", () => {
    expect(translationCacheKey({ ...input, glossary: "ab", options: "c" })).not.toBe(
      translationCacheKey({ ...input, glossary: "a", options: "bc" }),
    );
  });
});
