export const UI_LANGUAGES = ["en", "nl"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = "en";
export const LANGUAGE_COOKIE = "lng";

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to show someone who arrives without one in the URL: their remembered choice, else the first
 * supported language in their browser's Accept-Language, else English.
 * `pickLanguage(undefined, "nl-BE,nl;q=0.9,en;q=0.8")` → "nl"
 */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | null): UiLanguage {
  if (isUiLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((param) => param.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isUiLanguage) ?? DEFAULT_LANGUAGE;
}

/** The URL's language segment as a UI language (layouts redirect unknown ones, so this is a type narrowing). */
export function toUiLanguage(value: string): UiLanguage {
  return isUiLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/**
 * The same site path in another UI language; anything that is not a plain site path becomes that language's home.
 * withLanguage("/en/vocabulary?q=vrede", "nl") → "/nl/vocabulary?q=vrede" · withLanguage("//evil.example", "nl") → "/nl"
 */
export function withLanguage(path: string, lng: UiLanguage): string {
  if (!/^\/(?![/\\])[\w\-/?=&.%]*$/.test(path) || path.includes("//")) return `/${lng}`;
  const rest = path.replace(new RegExp(`^/(${UI_LANGUAGES.join("|")})(?=[/?]|$)`), "");
  return `/${lng}${rest === "/" ? "" : rest}`;
}
