import { describe, expect, it } from "vitest";
import { formatOfFile, paragraphsOf } from "@/lib/import/extract-text";
import { guessParagraphKind } from "@/lib/import/paragraph-kind";

function show(paragraphs: { text: string; kind: string | null }[]): string {
  return paragraphs
    .map((paragraph) => (paragraph.kind ? `${paragraph.kind}: ${paragraph.text}` : paragraph.text))
    .join(" | ");
}

describe("HTML", () => {
  it("keeps the article text and drops scripts, styles, navigation and forms", () => {
    const html = `<html><head><style>p{}</style><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><header><h1>Biden belt Zelenski</h1></header>
        <p>Eerste <b>alinea</b>.<br>Nog een zin.</p>
        <figure><img src="x.jpg"><figcaption>Joe Biden. Beeld AFP</figcaption></figure>
        <blockquote><p>“Wij steunen Oekraïne.”</p></blockquote>
        <form><input value="zoek"></form><script>track()</script>
      </article><footer>© Krant</footer></body></html>`;
    expect(show(paragraphsOf(html, "html"))).toBe(
      "heading: Biden belt Zelenski | Eerste alinea. Nog een zin. | caption: Joe Biden. Beeld AFP | quote: “Wij steunen Oekraïne.”",
    );
  });

  it("keeps script-like text as text", () => {
    expect(show(paragraphsOf("<p>&lt;script&gt;alert(1)&lt;/script&gt; is tekst</p>", "html"))).toBe(
      "<script>alert(1)</script> is tekst",
    );
  });
});

describe("Markdown", () => {
  it("recognises headings, quotes and lists, and removes inline markup", () => {
    const markdown =
      "# Kop\n\nEen *mooie* zin met een [link](http://x).\nDoorlopend.\n\n> Citaat\n> verder\n\n- een\n- twee";
    expect(show(paragraphsOf(markdown, "markdown"))).toBe(
      "heading: Kop | Een mooie zin met een link. Doorlopend. | quote: Citaat verder | een | twee",
    );
  });
});

describe("limits and formats", () => {
  it("refuses empty and over-long texts", () => {
    expect(() => paragraphsOf(" \n\n ", "text")).toThrow(expect.objectContaining({ code: "empty-text" }));
    expect(() => paragraphsOf("<script>x</script>", "html")).toThrow(expect.objectContaining({ code: "empty-text" }));
    expect(() => paragraphsOf("woord ".repeat(40_000), "text")).toThrow(
      expect.objectContaining({ code: "text-too-long" }),
    );
  });

  it("knows the supported file types", () => {
    expect(["a.txt", "b.MD", "c.html", "d.htm", "e.docx"].map(formatOfFile)).toEqual([
      "text",
      "markdown",
      "html",
      "html",
      "docx",
    ]);
    expect(() => formatOfFile("virus.exe")).toThrow(expect.objectContaining({ code: "unsupported-file" }));
    expect(() => formatOfFile("noextension")).toThrow(expect.objectContaining({ code: "unsupported-file" }));
  });
});

describe("guessParagraphKind", () => {
  it("recognises the demo article's heading, caption and tweet", () => {
    expect(guessParagraphKind("Strategische veiligheidsdialoog", false)).toBe("heading");
    expect(
      guessParagraphKind("De Russische president Vladmir Poetin (midden) en rechts Joe Biden. Beeld AFP", false),
    ).toBe("caption");
    expect(
      guessParagraphKind("We appreciate the support. — Володимир Зеленський (@ZelenskyyUa) 2 januari 2022", false),
    ).toBe("quote");
    expect(guessParagraphKind("Ook bespraken ze hervormingen.", false)).toBe("paragraph");
    expect(guessParagraphKind("Tot slot", true)).toBe("paragraph");
  });
});
