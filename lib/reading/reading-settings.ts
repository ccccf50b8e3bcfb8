/** How the learner likes the text set: its size, its line spacing, the colour theme and the reading-aloud speed. */
export interface ReadingSettings {
  /** Steps from the default text size (1.125rem), each a tenth of it: −2 … +4. */
  textSize: number;
  /** Steps of line spacing: 0 tight (1.4), 1 normal (1.6, the site's), 2 loose (1.9). */
  lineSpacing: number;
  /** "system" follows the device (prefers-color-scheme); the other two override it. */
  theme: "system" | "light" | "dark";
  /** Rate of the Dutch voice, 0.6–1.2 (speech synthesis's 1 is a native speaker's pace). */
  speechRate: number;
  /** Whether the English column is hidden (desktop; phones reveal each paragraph). */
  hideEnglish: boolean;
}

export const TEXT_SIZE_STEPS = { min: -2, max: 4 } as const;
export const LINE_SPACINGS = [1.4, 1.6, 1.9] as const;
export const SPEECH_RATES = { min: 0.6, max: 1.2, step: 0.1 } as const;
const THEMES = ["system", "light", "dark"] as const;

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  textSize: 0,
  lineSpacing: 1,
  theme: "system",
  speechRate: 1,
  hideEnglish: false,
};

function clampedInteger(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
}

/**
 * The settings in a parsed JSON value that another version of the app or the learner's own hands may have written:
 * anything missing or out of range falls back to its default or its nearest allowed value, anything unknown is left
 * out. readingSettingsFrom({ textSize: 9, theme: "sepia", font: "Comic" }) → { textSize: 4, theme: "system", … }.
 */
export function readingSettingsFrom(value: unknown): ReadingSettings {
  const raw: Record<string, unknown> = typeof value === "object" && value !== null ? { ...value } : {};
  const d = DEFAULT_READING_SETTINGS;
  const rate = typeof raw.speechRate === "number" && Number.isFinite(raw.speechRate) ? raw.speechRate : d.speechRate;
  return {
    textSize: clampedInteger(raw.textSize, TEXT_SIZE_STEPS.min, TEXT_SIZE_STEPS.max, d.textSize),
    lineSpacing: clampedInteger(raw.lineSpacing, 0, LINE_SPACINGS.length - 1, d.lineSpacing),
    theme: THEMES.find((theme) => theme === raw.theme) ?? d.theme,
    speechRate: Math.round(Math.min(SPEECH_RATES.max, Math.max(SPEECH_RATES.min, rate)) * 10) / 10,
    hideEnglish: raw.hideEnglish === true,
  };
}

/**
 * Settings read back from storage (this browser's, or the account's): unreadable text gives the defaults, and the
 * rest is read as readingSettingsFrom does.
 * parseReadingSettings('{"textSize":9,"theme":"sepia"}') → { textSize: 4, theme: "system", … defaults }.
 */
export function parseReadingSettings(stored: string | null): ReadingSettings {
  try {
    return readingSettingsFrom(stored ? JSON.parse(stored) : null);
  } catch {
    return DEFAULT_READING_SETTINGS;
  }
}

/** Whether two sets of settings are the same, field by field. */
export function sameReadingSettings(a: ReadingSettings, b: ReadingSettings): boolean {
  return (Object.keys(DEFAULT_READING_SETTINGS) as (keyof ReadingSettings)[]).every((key) => a[key] === b[key]);
}

/** The text size as a factor of the default: textSizeFactor(2) → 1.2. */
export function textSizeFactor(steps: number): number {
  return Math.round((1 + steps / 10) * 100) / 100;
}
