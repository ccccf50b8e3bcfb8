import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "@/lib/import/html-to-paragraphs";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

function show(html: string): string {
  return htmlToParagraphs(html)
    .map((paragraph) => (paragraph.kind ? `${paragraph.kind}: ${paragraph.text}` : paragraph.text))
    .join(" | ");
}

/** What `work` returned or threw, and how long it took: a guard against quadratic parsing. */
function run(work: () => unknown): { outcome: unknown; milliseconds: number } {
  const start = performance.now();
  let outcome: unknown;
  try {
    outcome = work();
  } catch (error) {
    outcome = error;
  }
  return { outcome, milliseconds: performance.now() - start };
}

const tooDeeplyNested = expect.objectContaining({ code: "too-deeply-nested" });

describe("htmlToParagraphs", () => {
  it("reads only the first <article>, else <main>, else <body>, else the whole page", () => {
    expect(show("<header>Krant</header><article><p>Een</p></article><article><p>Twee</p></article>")).toBe("Een");
    expect(show("<nav><article><p>Menu</p></article></nav><article><p>Tekst</p></article>")).toBe("Menu");
    expect(show("<main><p>Hoofd</p></main><aside>Reclame</aside>")).toBe("Hoofd");
    expect(show("<html><head><title>Titel</title></head><body><p>Lijf</p></body></html>")).toBe("Lijf");
    expect(show("<head><title>Titel</title></head><div>Fragment</div>")).toBe("Titel | Fragment");
  });

  it("separates blocks and containers, and joins inline text and <br> into one paragraph", () => {
    expect(show("<div>Los <span>inline</span> <b>vet</b><p>Alinea</p>daarna<br>verder</div>")).toBe(
      "Los inline vet | Alinea | daarna verder",
    );
    expect(show("<ul><li>een<li>twee</ul><table><tr><td>cel</td><th>kop</th></tr></table>")).toBe(
      "een | twee | cel | kop",
    );
  });

  it("reads a block's whole text as one paragraph, with a space where blocks inside it meet", () => {
    expect(show("<li><p>Eerste</p><p>tweede</p></li><h2>Kop<div>onder</div></h2>")).toBe(
      "Eerste tweede | heading: Kop onder",
    );
  });

  it("keeps the kinds of headings, captions and quotes", () => {
    expect(
      show("<h3>Kop</h3><figure><img src=x><figcaption>Foto AFP</figcaption></figure><blockquote>Kort</blockquote>"),
    ).toBe("heading: Kop | caption: Foto AFP | quote: Kort");
  });

  it("reads a quote of paragraphs paragraph by paragraph, as an embedded tweet needs", () => {
    expect(show("<blockquote><p>We steunen jullie.</p>— Biden (@POTUS) <a>2 januari 2022</a></blockquote>")).toBe(
      "quote: We steunen jullie. | quote: — Biden (@POTUS) 2 januari 2022",
    );
    expect(show("<blockquote><h2>Kop</h2><p>Tekst</p></blockquote><blockquote><h2>Kop</h2>tekst</blockquote>")).toBe(
      "heading: Kop | quote: Tekst | quote: Kop tekst",
    );
  });

  it("drops scripts, styles, forms, navigation and hidden elements, also inside a paragraph", () => {
    expect(
      show(`<style>p{}</style><p>Tekst<script>track()</script> <button>Klik</button>meer</p>
        <div role="navigation">Menu</div><p aria-hidden="true">Verborgen</p>
        <h1>Kop<span aria-hidden="true">#</span></h1><form><p>Zoek</p></form><footer>©</footer>`),
    ).toBe("Tekst meer | heading: Kop");
  });

  it("decodes entities and keeps markup written as text as text", () => {
    expect(show("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; caf&eacute;&nbsp;&#8364;5 &onbekend;</p>")).toBe(
      "<script>alert(1)</script> & café €5 &onbekend;",
    );
    expect(show("<p>Een<!-- <p>commentaar</p> --> zin</p>")).toBe("Een zin");
  });

  it("allows the deepest nesting the limit allows, not counting void elements", () => {
    const depth = IMPORT_LIMITS.maxNestingDepth;
    const deepest = "<div>".repeat(depth) + "Diep<br><img src=x><input>" + "</div>".repeat(depth);
    expect(show(deepest)).toBe("Diep");
    expect(() => show("<div>".repeat(depth + 1) + "Te diep")).toThrow(tooDeeplyNested);
  });

  it("refuses 30,000 unclosed <b> in a <p> at once, where the old parser froze for seconds", () => {
    const { outcome, milliseconds } = run(() => htmlToParagraphs("<p>" + "<b>".repeat(30_000) + "tekst"));
    expect(outcome).toEqual(tooDeeplyNested);
    expect(milliseconds).toBeLessThan(1000);
  });

  it("refuses 50,000 nested <div> at once, where the old walk overflowed the stack", () => {
    const { outcome, milliseconds } = run(() =>
      htmlToParagraphs("<div>".repeat(50_000) + "tekst" + "</div>".repeat(50_000)),
    );
    expect(outcome).toEqual(tooDeeplyNested);
    expect(milliseconds).toBeLessThan(1000);
  });

  it("reads 1 MB of ordinary HTML, and 100,000 unclosed but not nested <p>, in well under a second", () => {
    const section =
      '<div class="x"><h2>Kop</h2><p>Een <b>gewone</b> alinea met <a href="/a">een link</a> &amp; tekst.</p>\n' +
      "<ul><li>een</li><li>twee</li></ul></div>\n";
    const page = `<html><body>${section.repeat(Math.ceil(1_000_000 / section.length))}</body></html>`;
    const ordinary = run(() => htmlToParagraphs(page));
    expect(ordinary.outcome).toHaveLength(4 * Math.ceil(1_000_000 / section.length));
    expect(ordinary.milliseconds).toBeLessThan(1000);
    const unclosed = run(() => htmlToParagraphs("<p>zin".repeat(100_000)));
    expect(unclosed.outcome).toHaveLength(100_000);
    expect(unclosed.milliseconds).toBeLessThan(1000);
  });
});
