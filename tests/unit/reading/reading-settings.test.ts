import { describe, expect, it } from "vitest";
import { DEFAULT_READING_SETTINGS, parseReadingSettings, textSizeFactor } from "@/lib/reading/reading-settings";

describe("parseReadingSettings", () => {
  it("reads back what was stored", () => {
    const stored = { textSize: 2, lineSpacing: 2, theme: "dark", speechRate: 0.8, hideEnglish: true };
    expect(parseReadingSettings(JSON.stringify(stored))).toEqual(stored);
  });

  it("gives the defaults for nothing stored or something unreadable", () => {
    expect(parseReadingSettings(null)).toEqual(DEFAULT_READING_SETTINGS);
    expect(parseReadingSettings("{not json")).toEqual(DEFAULT_READING_SETTINGS);
    expect(parseReadingSettings("42")).toEqual(DEFAULT_READING_SETTINGS);
  });

  it("brings values out of range to the nearest allowed one and unknown ones to the default", () => {
    expect(
      parseReadingSettings(
        JSON.stringify({ textSize: 9, lineSpacing: -3, theme: "sepia", speechRate: 3, hideEnglish: "yes" }),
      ),
    ).toEqual({ textSize: 4, lineSpacing: 0, theme: "system", speechRate: 1.2, hideEnglish: false });
    expect(parseReadingSettings(JSON.stringify({ textSize: 1.6, speechRate: 0.1 }))).toMatchObject({
      textSize: 2,
      speechRate: 0.6,
    });
  });
});

describe("textSizeFactor", () => {
  it("is a tenth of the default size per step", () => {
    expect(textSizeFactor(0)).toBe(1);
    expect(textSizeFactor(2)).toBe(1.2);
    expect(textSizeFactor(-2)).toBe(0.8);
  });
});
