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
        // One pass over each run of white space (a pattern like /\s*\n\s*/ rescans long runs without a line break).
        .replace(/\s+/g, (run) => (run.includes("\n") ? " " : run))
        .replace(/[ \t\u00a0]+/g, " ")
        .trim(),
    )
    .filter((block) => block.length > 0);
}
