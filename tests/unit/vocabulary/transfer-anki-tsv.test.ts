import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ankiGuid } from "@/lib/vocabulary/transfer/anki-guid";
import { ankiTsv, escapeHtml, tagSlug, withFormInBold } from "@/lib/vocabulary/transfer/anki-tsv";
import type { ExportedItem, VocabularyExport } from "@/lib/vocabulary/transfer/vocabulary-export";

function item(fields: Partial<ExportedItem> = {}): ExportedItem {
  return {
    key: "huis",
    headword: "huis",
    english: "house",
    note: "",
    status: "learning",
    savedAt: new Date("2026-12-01T09:00:00Z"),
    card: null,
    contexts: [{ sentence: "Het huis is groot.", form: "huis", english: "The house is big.", lessonTitle: "Testles" }],
    ...fields,
  };
}

const vocabulary = (items: ExportedItem[]): VocabularyExport => ({ userId: "user-1", items, statusOnly: [] });

/** The note lines (after the # headers), split as Anki splits them: by tab, no quoting. */
function notes(tsv: string): string[][] {
  return tsv
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

describe("the Anki export", () => {
  it("starts with the headers Anki reads, in order, and no byte-order mark", () => {
    const tsv = ankiTsv(vocabulary([item()]));
    expect(tsv.split("\n").slice(0, 7)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#columns:Front\tBack\tDeck\tTags\tGUID",
      "#guid column:5",
      "#deck column:3",
      "#tags column:4",
    ]);
    expect(tsv.charCodeAt(0)).toBe("#".charCodeAt(0));
    expect(tsv.endsWith("\n")).toBe(true);
  });

  it("writes one note per item: word and sentence with the form in bold, English, deck, tags, guid", () => {
    const [note] = notes(ankiTsv(vocabulary([item({ note: "het, niet de" })])));
    expect(note).toEqual([
      "huis<br><br>Het <b>huis</b> is groot.",
      "house<br><br>The house is big.<br><br>het, niet de",
      "Leeshulp",
      "learning testles",
      ankiGuid("user-1", "huis"),
    ]);
  });

  it("gives an item the same guid on every export, and different items and learners different ones", () => {
    expect(ankiGuid("user-1", "huis")).toBe(ankiGuid("user-1", "huis"));
    expect(ankiGuid("user-1", "huis")).toMatch(/^lh[0-9a-f]{20}$/);
    expect(ankiGuid("user-1", "boom")).not.toBe(ankiGuid("user-1", "huis"));
    expect(ankiGuid("user-2", "huis")).not.toBe(ankiGuid("user-1", "huis"));
  });

  it("escapes user text so that no field can add markup or break the line or the columns", () => {
    const hostile = item({
      headword: '#<script>"x"</script>',
      english: "tab\there & new\nline",
      note: "a\r\nb\rc",
      contexts: [{ sentence: 'Zeg "<b>nee</b>"\tnu.', form: "nee", english: "", lessonTitle: null }],
    });
    const tsv = ankiTsv(vocabulary([hostile, item({ key: "boom", headword: "boom" })]));
    const lines = notes(tsv);
    expect(lines).toHaveLength(2);
    expect(lines.every((fields) => fields.length === 5)).toBe(true);
    const [front, back] = lines[0]!;
    expect(front).toBe(
      "&#35;&lt;script&gt;&quot;x&quot;&lt;/script&gt;<br><br>Zeg &quot;&lt;b&gt;<b>nee</b>&lt;/b&gt;&quot; nu.",
    );
    expect(back).toBe("tab here &amp; new<br>line<br><br>a<br>b<br>c");
    expect(tsv).not.toContain("<script>");
  });

  it("reads back with a CSV parser as Anki's importer does (quotes are escaped, so none starts a quoted field)", () => {
    const tsv = ankiTsv(vocabulary([item({ headword: '"huis"', english: '"house", really' })]));
    const records = parse(tsv, { delimiter: "\t", comment: "#", relax_column_count: true }) as string[][];
    expect(records[0]![0]).toBe("&quot;huis&quot;<br><br>Het <b>huis</b> is groot.");
    expect(records[0]![1]).toContain("&quot;house&quot;, really");
  });

  it("leaves the sentence out for an item without one, and empty English parts out of Back", () => {
    const [note] = notes(ankiTsv(vocabulary([item({ english: "", contexts: [], status: "known" })])));
    expect(note!.slice(0, 4)).toEqual(["huis", "", "Leeshulp", "known"]);
  });

  it("tags each lesson of the item's sentences once", () => {
    const contexts = [
      { sentence: "Een huis.", form: "huis", english: "", lessonTitle: "Oekraïne & de EU" },
      { sentence: "Twee huizen.", form: "huizen", english: "", lessonTitle: "Oekraïne & de EU" },
      { sentence: "Mijn huis.", form: "huis", english: "", lessonTitle: "Biden belt Zelenski!" },
    ];
    const [note] = notes(ankiTsv(vocabulary([item({ contexts })])));
    expect(note![3]).toBe("learning oekraine-de-eu biden-belt-zelenski");
  });
});

describe("the pieces of a note", () => {
  it("bolds the form as a whole word first, else inside a word, case-insensitively", () => {
    expect(withFormInBold("Het huisje en het Huis.", "huis")).toBe("Het huisje en het <b>Huis</b>.");
    expect(withFormInBold("Een huisje.", "huis")).toBe("Een <b>huis</b>je.");
    expect(withFormInBold("Een boom.", "huis")).toBe("Een boom.");
    expect(withFormInBold("A & <b>", "")).toBe("A &amp; &lt;b&gt;");
  });

  it("escapes HTML and makes line breaks <br>", () => {
    expect(escapeHtml('a < b & "c"\td\ne')).toBe("a &lt; b &amp; &quot;c&quot; d<br>e");
  });

  it("slugs lesson titles into tags without spaces", () => {
    expect(tagSlug("Biden belt Zelenski!")).toBe("biden-belt-zelenski");
    expect(tagSlug("  ")).toBe("");
    expect(tagSlug("x".repeat(59) + " yz")).toBe("x".repeat(59));
  });
});
