import type { Span } from "./span";

/**
 * Abbreviations (lower case, without the final dot) after which a dot does not end a sentence.
 * Dutch and English, as they occur in news and lesson texts.
 */
const ABBREVIATIONS = new Set([
  "dr",
  "drs",
  "mr",
  "mrs",
  "ms",
  "ir",
  "ing",
  "prof",
  "st",
  "sr",
  "jr",
  "mevr",
  "dhr",
  "vs",
  "bijv",
  "bv",
  "enz",
  "etc",
  "ca",
  "o.a",
  "e.a",
  "d.w.z",
  "m.a.w",
  "i.p.v",
  "t.o.v",
  "z.g.a.n",
  "resp",
  "e.g",
  "i.e",
  "cf",
  "jan",
  "feb",
  "mrt",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "okt",
  "oct",
  "nov",
  "dec",
  "min",
  "max",
  "inc",
  "ltd",
  "co",
  "gen",
  "lt",
  "sgt",
  "gov",
  "sen",
  "rep",
]);

/** Abbreviations that stand before a number ("nr. 5", "No. 10", "blz. 12", "art. 3"); before a word they end a sentence. */
const NUMBER_ABBREVIATIONS = new Set(["nr", "no", "blz", "p", "pp", "art"]);

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘„«([¿¡—–-";

function isSentenceStart(char: string | undefined): boolean {
  if (char === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(char) || OPENERS.includes(char) || /\p{Extended_Pictographic}/u.test(char);
}

/** The word (with internal dots, e.g. "o.a") that ends right before offset `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function endsWithAbbreviation(text: string, dot: number, next: string | undefined): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  // A single capital letter ("J. Biden") is an initial.
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return next !== undefined && /\p{N}/u.test(next);
  return ABBREVIATIONS.has(lower);
}

/**
 * Splits a single paragraph into sentence spans. A sentence ends at ., ! ?, … (plus any closing quotes or
 * brackets) when whitespace and a sentence start follow, unless the dot ends a known abbreviation or an
 * initial. Leading and trailing whitespace is excluded from each span; the spans cover every non-blank character.
 *
 * `Hij zei: “Ja.” Toen ging hij.` → [`Hij zei: “Ja.”`, `Toen ging hij.`]
 */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(paragraph, 0);
  let i = start;
  while (i < paragraph.length) {
    const char = paragraph[i]!;
    if (char === "." || char === "!" || char === "?" || char === "…") {
      let end = i + 1;
      while (end < paragraph.length && (".!?…".includes(paragraph[end]!) || CLOSERS.includes(paragraph[end]!))) end++;
      const next = skipSpace(paragraph, end);
      const boundary =
        next > end &&
        next < paragraph.length &&
        isSentenceStart(paragraph[next]) &&
        !(char === "." && end === i + 1 && endsWithAbbreviation(paragraph, i, paragraph[next]));
      if (boundary) {
        spans.push({ start, end });
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  const end = trimEnd(paragraph, paragraph.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i;
}
