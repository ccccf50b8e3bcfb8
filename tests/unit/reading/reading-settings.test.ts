import { describe, expect, it } from "vitest";
import {
  DEFAULT_READING_SETTINGS,
  parseReadingSettings,
  readingSettingsFrom,
  sameReadingSettings,
  textSizeFactor,
} from "@/lib/reading/reading-settings";
import { MAX_READING_SETTINGS_CHARS, readingSettingsInput } from "@/lib/reading/reading-settings-input";

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

describe("readingSettingsFrom", () => {
  it("keeps only the known settings of a parsed value, each within range", () => {
    expect(readingSettingsFrom({ textSize: -9, theme: "dark", font: "Comic Sans" })).toEqual({
      ...DEFAULT_READING_SETTINGS,
      textSize: -2,
      theme: "dark",
    });
    expect(readingSettingsFrom([3, "dark"])).toEqual(DEFAULT_READING_SETTINGS);
    expect(readingSettingsFrom(null)).toEqual(DEFAULT_READING_SETTINGS);
  });
});

describe("sameReadingSettings", () => {
  it("compares every setting", () => {
    expect(sameReadingSettings(DEFAULT_READING_SETTINGS, { ...DEFAULT_READING_SETTINGS })).toBe(true);
    expect(sameReadingSettings(DEFAULT_READING_SETTINGS, { ...DEFAULT_READING_SETTINGS, hideEnglish: true })).toBe(
      false,
    );
  });
});

describe("readingSettingsInput", () => {
  it("takes the JSON text of an object and keeps its known settings within range", () => {
    expect(readingSettingsInput.parse('{"textSize":9,"speechRate":0.75,"font":"Comic"}')).toEqual({
      ...DEFAULT_READING_SETTINGS,
      textSize: 4,
      speechRate: 0.8,
    });
  });

  it("refuses text that is too long, not JSON or not an object, and anything but text", () => {
    const tooLong = JSON.stringify({ theme: "dark", padding: "x".repeat(MAX_READING_SETTINGS_CHARS) });
    for (const input of [tooLong, "{not json", "[1,2]", '"dark"', "null", "", 42, { theme: "dark" }, null]) {
      expect(readingSettingsInput.safeParse(input).success).toBe(false);
    }
  });
});
