import type { ImportedParagraph } from "@/lib/import/imported-paragraph";

// Every pattern here is linear in its input: a paragraph may be hundreds of thousands of characters, and a pattern
// that rescans the rest of the text from each of many starting points freezes the server on it.

/**
 * An image or a link, which keeps its text: `[Kyiv](https://en.wikipedia.org/wiki/Kyiv_(city) "Kyiv")` → "Kyiv".
 * The address may hold one level of parentheses, as Wikipedia's do. The text stops at the next bracket and the
 * address at the first unmatched parenthesis, so no character is scanned from more than a few starting points.
 */
const IMAGE = /!\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const LINK = /\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const CODE = /`([^`]*)`/g;
/** Bold. Each try either reaches the nearest closing mark, which the replacement consumes, or is one of the last. */
const BOLD = /(\*\*|__)(.+?)\1/g;
/** An HTML tag; without "<" inside, so a long run of "<" is scanned once rather than from every "<". */
const TAG = /<[^<>]+>/g;
const EMPHASIS_MARKS = new Set(["*", "_"]);
/** A letter or digit at the end (before a mark) or the start (after one) of at most two code units. */
const WORD_AT_END = /[\p{L}\p{N}]$/u;
const WORD_AT_START = /^[\p{L}\p{N}]/u;

/** A mark at the start, or after a non-word character that is not part of the previous match. */
function opensEmphasis(text: string, index: number, copied: number): boolean {
  if (!EMPHASIS_MARKS.has(text[index]!)) return false;
  return index === 0 || (index > copied && !WORD_AT_END.test(text.slice(Math.max(0, index - 2), index)));
}

/** The first mark at or after `from` that is followed by the end or by a non-word character, or -1. */
function closingMarkFrom(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if (EMPHASIS_MARKS.has(text[index]!) && !WORD_AT_START.test(text.slice(index + 1, index + 3))) return index;
  }
  return -1;
}

/**
 * Removes single `*` and `_` emphasis marks: a mark at the start or after a non-word character, with the nearest
 * mark at least one character later that is followed by the end or a non-word character. As a regular expression
 * this rule retried every opening mark up to the end of a text without a closing one (quadratic on "_a _a _a …");
 * here the search for a closing mark only ever moves forward, since any later opening mark needs a later one.
 *
 * "Een *mooie* zin met snake_case" → "Een mooie zin met snake_case"
 */
function stripEmphasis(text: string): string {
  let result = "";
  let copied = 0;
  let closing = -1;
  for (let open = 0; open < text.length; open++) {
    if (!opensEmphasis(text, open, copied)) continue;
    if (closing < open + 2) closing = closingMarkFrom(text, open + 2);
    if (closing === -1) break;
    result += text.slice(copied, open) + text.slice(open + 1, closing);
    copied = closing + 1;
    open = closing;
  }
  return result + text.slice(copied);
}

/**
 * Removes inline Markdown (images, links, code, emphasis, HTML tags) and keeps the words.
 *
 * "Zie [Kyiv](https://en.wikipedia.org/wiki/Kyiv_(city)) en **dit**." → "Zie Kyiv en dit."
 */
function stripInline(text: string): string {
  const marked = text.replace(IMAGE, "$1").replace(LINK, "$1").replace(CODE, "$1").replace(BOLD, "$2");
  return stripEmphasis(marked).replace(TAG, "").replace(/\s+/g, " ").trim();
}

/** The text of an ATX heading line ("## Kop ##" → "Kop"), or null for any other line. */
function headingText(line: string): string | null {
  const marks = /^#{1,6}\s/.exec(line);
  if (!marks) return null;
  // Closing "#"s are cut by hand: a pattern like /\s*#*$/ retries from every space of a long run of spaces.
  let end = line.length;
  while (line[end - 1] === "#") end--;
  return line.slice(marks[0].length - 1, end).trim();
}

/**
 * Paragraphs of a Markdown text: blocks separated by blank lines; "#" lines are headings, ">" blocks quotes, list
 * items separate paragraphs; inline markup is removed. Linear in the text.
 *
 * "# Kop\n\nEen *zin*.\n\n> Citaat" → [{Kop, heading}, {Een zin., null}, {Citaat, quote}]
 */
export function markdownToParagraphs(markdown: string): ImportedParagraph[] {
  const out: ImportedParagraph[] = [];
  let block: string[] = [];
  let quote = false;
  const flush = () => {
    const text = stripInline(block.join(" "));
    if (text) out.push({ text, kind: quote ? "quote" : null });
    block = [];
    quote = false;
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = headingText(line);
    if (line === "" || /^([-*_])\s*\1\s*\1[\s\-*_]*$/.test(line) || /^```/.test(line)) {
      flush();
    } else if (heading !== null) {
      flush();
      const text = stripInline(heading);
      if (text) out.push({ text, kind: "heading" });
    } else if (/^>/.test(line)) {
      if (!quote) flush();
      quote = true;
      block.push(line.replace(/^>\s?/, ""));
    } else if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      flush();
      block.push(line.replace(/^([-*+]|\d+[.)])\s+/, ""));
    } else {
      if (quote) flush();
      block.push(line);
    }
  }
  flush();
  return out;
}
