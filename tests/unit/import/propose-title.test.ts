import { describe, expect, it } from "vitest";
import { titleOfHtml } from "@/lib/import/html-title";
import { proposeTitle } from "@/lib/import/propose-title";
import { docxParts, wordParagraph } from "../../support/build-docx";
import { buildZip } from "../../support/build-zip";

/** A .docx whose paragraphs have the given Word paragraph styles (null: no style). */
function docx(paragraphs: readonly [style: string | null, text: string][]): Uint8Array {
  return buildZip(docxParts(paragraphs.map(([style, text]) => wordParagraph(text, style)).join("")));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("titleOfHtml", () => {
  it("takes the page's <title>, else its first <h1>, as plain text", () => {
    expect(titleOfHtml("<html><head><title> De trein\n naar Utrecht </title></head><h1>Kop</h1></html>")).toBe(
      "De trein naar Utrecht",
    );
    expect(titleOfHtml("<h2>Inhoud</h2><h1>De <em>trein</em> &amp; de bus</h1><h1>Tweede</h1>")).toBe(
      "De trein & de bus",
    );
  });

  it("proposes nothing for a page without a usable title", () => {
    expect(titleOfHtml("<p>Alleen tekst.</p>")).toBeNull();
    expect(titleOfHtml("<title>  </title><p>Tekst</p>")).toBeNull();
    expect(titleOfHtml(`<h1>${"lang ".repeat(60)}</h1>`)).toBeNull();
    expect(titleOfHtml("<title> </title><h1>Kop</h1>")).toBe("Kop");
  });
});

describe("proposeTitle", () => {
  it("reads an HTML file's title", async () => {
    expect(await proposeTitle({ name: "les.HTML", bytes: utf8("<title>Minsk</title><p>Tekst.</p>") })).toBe("Minsk");
  });

  it("reads a Word file's Title paragraph, else its first Heading 1", async () => {
    const titled = docx([
      ["Heading1", "Inleiding"],
      ["Title", "Biden verzekert Zelenski"],
      [null, "Tekst."],
    ]);
    expect(await proposeTitle({ name: "les.docx", bytes: titled })).toBe("Biden verzekert Zelenski");
    const headed = docx([
      [null, "Tekst vooraf."],
      ["Heading1", "De trein"],
    ]);
    expect(await proposeTitle({ name: "les.docx", bytes: headed })).toBe("De trein");
  });

  it("proposes nothing for plain text, unreadable files and files without a title", async () => {
    expect(await proposeTitle({ name: "les.txt", bytes: utf8("De trein\n\nTekst.") })).toBeNull();
    expect(await proposeTitle({ name: "les.docx", bytes: utf8("not a zip") })).toBeNull();
    expect(await proposeTitle({ name: "les.docx", bytes: docx([[null, "Tekst."]]) })).toBeNull();
    expect(await proposeTitle({ name: "les.pdf", bytes: utf8("%PDF") })).toBeNull();
  });
});
