import type { Span } from "@/lib/text/span";

/**
 * Sentence tags let one DeepL request per paragraph come back with its sentence boundaries: each Dutch sentence is
 * wrapped in <s>…</s>, the request uses tag handling "xml" with "s" as a splitting tag, and the tags in the
 * translation mark where each English sentence is.
 */
export const SENTENCE_TAG = "s";

const OPEN = `<${SENTENCE_TAG}>`;
const CLOSE = `</${SENTENCE_TAG}>`;

/**
 * Wraps each sentence span in sentence tags and escapes the text as XML. Text between sentences stays outside the
 * tags, so removing the tags gives back the paragraph exactly (tag characters are not billed).
 *
 * tagSentences("Ja & nee. Goed.", [{ start: 0, end: 9 }, { start: 10, end: 15 }])
 *   → "<s>Ja &amp; nee.</s> <s>Goed.</s>"
 */
export function tagSentences(text: string, sentences: readonly Span[]): string {
  let tagged = "";
  let cursor = 0;
  for (const { start, end } of sentences) {
    tagged += escapeXml(text.slice(cursor, start)) + OPEN + escapeXml(text.slice(start, end)) + CLOSE;
    cursor = end;
  }
  return tagged + escapeXml(text.slice(cursor));
}

export interface UntaggedText {
  text: string;
  /** One span per sentence tag, in order, without surrounding whitespace; empty when the tag was empty. */
  sentences: Span[];
}

/**
 * Reads a sentence-tagged translation back into plain text and sentence spans. Returns null when the markup is not
 * a flat sequence of sentence tags (another tag, nesting, an unclosed tag, a stray "<"), because spans read from
 * such output could point at the wrong text.
 *
 * untagSentences("<s>Yes &amp; no.</s><s>Good.</s>") → { text: "Yes & no. Good.", sentences: [0–9, 10–15] }
 * (adjacent sentences get a space between them, as DeepL may drop the one between the tags).
 */
export function untagSentences(tagged: string): UntaggedText | null {
  const parts = tagged.split(/(<[^<>]*>)/);
  let text = "";
  const sentences: Span[] = [];
  let openedAt: number | null = null;
  let lastCloseAt: number | null = null;
  for (const [index, part] of parts.entries()) {
    const isTag = index % 2 === 1;
    if (!isTag) {
      // XML allows a bare ">" in text, but a bare "<" means markup this reader does not understand.
      if (part.includes("<")) return null;
      text += decodeXml(part);
      continue;
    }
    if (part === OPEN && openedAt === null) {
      if (lastCloseAt === text.length && !/\s$/u.test(text)) text += " ";
      openedAt = text.length;
    } else if (part === CLOSE && openedAt !== null) {
      sentences.push(trimSpan(text, openedAt, text.length));
      openedAt = null;
      lastCloseAt = text.length;
    } else {
      return null;
    }
  }
  if (openedAt !== null) return null;
  return { text, sentences };
}

/** Plain text of tagged output whose tags cannot be trusted: every tag removed, entities decoded. */
export function stripTags(tagged: string): string {
  return decodeXml(tagged.replace(/<[^<>]*>/g, ""));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const codePoint = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}
