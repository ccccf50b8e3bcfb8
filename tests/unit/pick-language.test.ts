import { describe, expect, it } from "vitest";
import { pickLanguage } from "@/lib/i18n/languages";

describe("pickLanguage", () => {
  it("prefers the remembered choice, then the browser's languages by weight, then English", () => {
    expect(pickLanguage("nl", "en-GB,en")).toBe("nl");
    expect(pickLanguage(undefined, "nl-BE,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(pickLanguage(undefined, "de-DE,en;q=0.5,nl;q=0.7")).toBe("nl");
    expect(pickLanguage("fr", "de, fr")).toBe("en");
    expect(pickLanguage(undefined, null)).toBe("en");
    expect(pickLanguage(undefined, "nl;q=0")).toBe("en");
  });
});
