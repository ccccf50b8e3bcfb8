import { describe, expect, it } from "vitest";
import { pickLanguage, withLanguage } from "@/lib/i18n/languages";

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

describe("withLanguage", () => {
  it("puts a site path in another language and refuses anything that leaves the site", () => {
    expect(withLanguage("/en/vocabulary?q=vrede", "nl")).toBe("/nl/vocabulary?q=vrede");
    expect(withLanguage("/nl", "en")).toBe("/en");
    expect(withLanguage("/", "nl")).toBe("/nl");
    expect(withLanguage("/en/lessons/abc", "en")).toBe("/en/lessons/abc");
    expect(withLanguage("/english-texts", "nl")).toBe("/nl/english-texts");
    for (const unsafe of ["//evil.example.com", "/\\evil.example.com", "https://evil.example.com", "javascript:x"]) {
      expect(withLanguage(unsafe, "nl")).toBe("/nl");
    }
  });
});
