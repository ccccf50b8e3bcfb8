import type { ImportedParagraph } from "./imported-paragraph";

/** Removes inline Markdown (images, links, emphasis, code) and keeps the words. */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?=$|[^\p{L}\p{N}])/gu, "$1$2")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Paragraphs of a Markdown text: blocks separated by blank lines; "#" lines are headings, ">" blocks quotes, list
 * items separate paragraphs; inline markup is removed.
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
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (line === "" || /^([-*_])\s*\1\s*\1[\s\-*_]*$/.test(line) || /^```/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      const text = stripInline(heading[1]!);
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
