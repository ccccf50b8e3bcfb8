/**
 * Is a paragraph Dutch or English? franc-min's trigram model restricted to the two languages decides for text of
 * 20 characters or more; shorter text ("Beeld AFP", "Strategische veiligheidsdialoog") is decided by counting
 * common function words of each language, and by the caller's fallback (the lesson's language) when that is a tie.
 *
 * detectLanguage("We appreciate the unwavering support of Ukraine.") → "en"
 * detectLanguage("Ook bespraken ze hervormingen.") → "nl" · detectLanguage("Beeld AFP") → "nl" (the fallback)
 */
import { franc } from "franc-min";

export type TextLanguage = "nl" | "en";

/** Below this length trigram statistics are unreliable (unrestricted detectors take short Dutch for German). */
const MIN_TRIGRAM_LENGTH = 20;
/** A paragraph's first 500 characters decide as well as the whole, at a fraction of the cost on long paragraphs. */
const MAX_TRIGRAM_LENGTH = 500;

const FUNCTION_WORDS: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  nl: new Set(
    "de het een en van in is op te dat die niet met voor zijn er aan ook als bij door naar om maar wat hij ze zij we wij ik".split(
      " ",
    ),
  ),
  en: new Set(
    "the a an and of in is on to that not with for are be at by as but what he she they we i it this".split(" "),
  ),
};

export function detectLanguage(text: string, fallback: TextLanguage = "nl"): TextLanguage {
  if (text.trim().length >= MIN_TRIGRAM_LENGTH) {
    const detected = franc(text.slice(0, MAX_TRIGRAM_LENGTH), { only: ["nld", "eng"], minLength: MIN_TRIGRAM_LENGTH });
    if (detected === "nld") return "nl";
    if (detected === "eng") return "en";
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (language: TextLanguage) => words.filter((word) => FUNCTION_WORDS[language].has(word)).length;
  const dutch = score("nl");
  const english = score("en");
  if (dutch === english) return fallback;
  return dutch > english ? "nl" : "en";
}
