import { describe, expect, it } from "vitest";
import { markdownToParagraphs } from "@/lib/import/markdown-to-paragraphs";

function show(markdown: string): string {
  return markdownToParagraphs(markdown)
    .map((paragraph) => (paragraph.kind ? `${paragraph.kind}: ${paragraph.text}` : paragraph.text))
    .join(" | ");
}

function millisecondsOf(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

describe("markdownToParagraphs", () => {
  it("keeps the text of links and images, also with parentheses or a title in the address", () => {
    expect(show('Zie [Kyiv](https://en.wikipedia.org/wiki/Kyiv_(city)) en [a](http://x "t").')).toBe("Zie Kyiv en a.");
    expect(show("![Kaart van Kyiv](kaart_(2022).png 'kaart') [![logo](logo.png)](https://x.nl)")).toBe(
      "Kaart van Kyiv logo",
    );
    expect(show("Een [haakje](zonder einde en (x) [tekst]")).toBe("Een [haakje](zonder einde en (x) [tekst]");
  });

  it("removes emphasis, bold, code and tags, but not marks inside words", () => {
    expect(show("Een *mooie*, _rustige_ **vette** __zin__ met `code` en <b>tags</b>; snake_case en 2*3*4.")).toBe(
      "Een mooie, rustige vette zin met code en tags; snake_case en 2*3*4.",
    );
  });

  it("reads headings with and without closing marks", () => {
    expect(show("## Kop ##\n\n# Nog een kop\n\n#Geen kop")).toBe("heading: Kop | heading: Nog een kop | #Geen kop");
  });

  it("handles 200 KB of pathological inline markup in well under a second each", () => {
    const size = 200_000;
    const hostile = {
      "unclosed emphasis": " _a".repeat(size / 3),
      "stars and letters": "*a".repeat(size / 2),
      "bold without end": "**a".repeat(size / 3),
      "link openers": "[a](".repeat(size / 4),
      brackets: "![".repeat(size / 2),
      "angle brackets": "<".repeat(size),
      "spaces in a heading": "# a" + " ".repeat(size) + "b",
      "hashes in a heading": "# " + "#".repeat(size) + "b",
    };
    for (const [name, markdown] of Object.entries(hostile)) {
      expect([name, millisecondsOf(() => markdownToParagraphs(markdown)) < 1000]).toEqual([name, true]);
    }
  });
});
