import { z } from "zod";
import { readingSettingsFrom } from "./reading-settings";

/** The longest settings text an account takes: all five settings fit in about 90 characters. */
export const MAX_READING_SETTINGS_CHARS = 1_000;

function jsonObject(text: string): object | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Reading settings the browser sends to keep with the account: the JSON text of an object, its length checked before
 * it is parsed. Only the known settings are kept, each brought within range (readingSettingsFrom); anything else (too
 * long, not JSON, not an object) fails, and nothing is stored.
 * '{"textSize":9,"font":"Comic"}' → { textSize: 4, … defaults }; '[1]', 'dark', 'x'.repeat(1001) → fails.
 */
export const readingSettingsInput = z
  .string()
  .max(MAX_READING_SETTINGS_CHARS)
  .transform((text, context) => {
    const value = jsonObject(text);
    if (value) return readingSettingsFrom(value);
    context.addIssue({ code: "custom", message: "notSettings" });
    return z.NEVER;
  });
