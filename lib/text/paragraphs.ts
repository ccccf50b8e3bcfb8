/**
 * Splits a text into paragraphs: blocks separated by one or more blank lines. Line breaks inside a block
 * become spaces, so a paragraph is always a single line of text.
 *
 * "Kop\n\nEerste zin.\nTweede zin." → ["Kop", "Eerste zin. Tweede zin."]
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) =>
      block
        .replace(/\s*\n\s*/g, " ")
        .replace(/[ \t\u00a0]+/g, " ")
        .trim(),
    )
    .filter((block) => block.length > 0);
}
