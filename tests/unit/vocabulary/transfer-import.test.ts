import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { htmlToPlainText, looksLikeHtml } from "@/lib/vocabulary/transfer/html-to-plain-text";
import { IMPORT_TARGETS, suggestMapping, type ColumnMapping } from "@/lib/vocabulary/transfer/import-mapping";
import { planImport } from "@/lib/vocabulary/transfer/import-plan";
import { previewImport } from "@/lib/vocabulary/transfer/import-preview";
import { checkRows, importKey } from "@/lib/vocabulary/transfer/import-rows";
import { cellText, importTable } from "@/lib/vocabulary/transfer/import-table";
import { parseDelimited } from "@/lib/vocabulary/transfer/parse-delimited";
import { readImportFile } from "@/lib/vocabulary/transfer/read-import-file";
import { TRANSFER_LIMITS } from "@/lib/vocabulary/transfer/transfer-limits";

const dictionary = getDictionary();
const utf8 = (text: string) => new TextEncoder().encode(text);
const table = (text: string) => importTable(parseDelimited(text, 10_000));
const mapping = (fields: Partial<ColumnMapping>): ColumnMapping => ({
  ...(Object.fromEntries(IMPORT_TARGETS.map((target) => [target, null])) as ColumnMapping),
  ...fields,
});

describe("reading an uploaded file", () => {
  it("takes .csv, .tsv and .txt files in any common encoding, with or without a byte-order mark", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("word,english\nOekraïne,Ukraine\n")]);
    expect(readImportFile({ name: "Woorden.CSV", bytes: bom }).rows[0]!.cells).toEqual(["Oekraïne", "Ukraine"]);
    const latin1 = new Uint8Array([...utf8("caf"), 0xe9, ...utf8("\tcafe\n")]);
    expect(readImportFile({ name: "w.tsv", bytes: latin1 }).rows[0]!.cells).toEqual(["café", "cafe"]);
  });

  it("refuses other types, binary data, empty files and too many rows, each with its own code", () => {
    const fails = (name: string, bytes: Uint8Array) => () => readImportFile({ name, bytes });
    expect(fails("woorden.xlsx", utf8("a"))).toThrow(expect.objectContaining({ code: "unsupported-file" }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(fails("foto.csv", png)).toThrow(expect.objectContaining({ code: "binary-file" }));
    expect(fails("leeg.csv", utf8("word,english\n\n,,\n"))).toThrow(expect.objectContaining({ code: "import-empty" }));
    const big = new Uint8Array(TRANSFER_LIMITS.maxFileBytes + 1).fill(0x61);
    expect(fails("groot.txt", big)).toThrow(expect.objectContaining({ code: "file-too-large" }));
    const rows = (count: number) => utf8(`word\n${"huis\n".repeat(count)}`);
    expect(readImportFile({ name: "veel.csv", bytes: rows(TRANSFER_LIMITS.maxRows) }).rows).toHaveLength(5_000);
    expect(fails("te-veel.csv", rows(TRANSFER_LIMITS.maxRows + 1))).toThrow(
      expect.objectContaining({ code: "import-too-many-rows" }),
    );
  });
});

describe("the import table", () => {
  it("recognises a header row by a column name it knows, and names columns by it", () => {
    const withHeader = table("Dutch,Meaning,x\nhuis,house,1\n");
    expect(withHeader.columns.map((column) => column.label)).toEqual(["Dutch", "Meaning", "x"]);
    expect(withHeader.rows.map((row) => row.line)).toEqual([2]);
    const without = table("huis,house\nboom,tree\n");
    expect(without.columns).toEqual([
      { index: 0, label: null, samples: ["huis", "boom"] },
      { index: 1, label: null, samples: ["house", "tree"] },
    ]);
  });

  it("takes Anki's #columns header as the labels, without looking for a header row", () => {
    const anki = table("#separator:tab\n#columns:Front\tBack\nword\tenglish\n");
    expect(anki.columns.map((column) => column.label)).toEqual(["Front", "Back"]);
    expect(anki.rows[0]!.cells).toEqual(["word", "english"]);
  });

  it("converts HTML fields (Anki's plain-text export) to plain text, never keeping markup", () => {
    const anki = table(
      "#separator:tab\n#html:true\n#guid column:1\nguid1\t<b>huis</b>&nbsp;\thouse<br>home &amp; hearth\t<script>x</script>ok\n",
    );
    expect(anki.rows[0]!.cells).toEqual(["guid1", "huis", "house\nhome & hearth", "ok"]);
    expect(anki.metaColumns).toEqual([0]);
    expect(table("a,<b>bold</b>\n").rows[0]!.cells).toEqual(["a", "bold"]);
    expect(table("a,x < y & z\n").rows[0]!.cells).toEqual(["a", "x < y & z"]);
    expect(table("#html:false\na,<b>bold</b>\n").rows[0]!.cells).toEqual(["a", "<b>bold</b>"]);
  });

  it("removes the apostrophe a CSV export puts before formula characters, and nothing else", () => {
    expect(cellText("'=1+1", false)).toBe("=1+1");
    expect(cellText("'-ish", false)).toBe("-ish");
    expect(cellText("'s avonds", false)).toBe("'s avonds");
  });

  it("turns HTML into text with line breaks, decoded entities and no sound references", () => {
    expect(htmlToPlainText("<b>huis</b>&nbsp;&amp; tuin<br><div>Het huis</div>[sound:huis.mp3]")).toBe(
      "huis & tuin\nHet huis",
    );
    expect(looksLikeHtml("R&D < 3")).toBe(false);
    expect(looksLikeHtml("a&nbsp;b")).toBe(true);
  });
});

describe("suggesting a mapping", () => {
  it("maps columns by their English, Dutch, Anki or Leeshulp names", () => {
    expect(suggestMapping(["Front", "Back"], [])).toEqual(mapping({ word: 0, english: 1 }));
    expect(suggestMapping(["woord", "betekenis", "voorbeeldzin", "notitie", "status"], [])).toEqual(
      mapping({ word: 0, english: 1, sentence: 2, note: 3, status: 4 }),
    );
    expect(
      suggestMapping(["word", "key", "status", "english", "note", "sentence", "sentence_english", "lesson"], []),
    ).toEqual(mapping({ word: 0, key: 1, status: 2, english: 3, note: 4, sentence: 5, sentenceEnglish: 6 }));
  });

  it("falls back to the first column for the word, skipping Anki's guid, deck and tags columns", () => {
    expect(suggestMapping(["x", "translation"], [])).toEqual(mapping({ word: 0, english: 1 }));
    expect(suggestMapping([null, null, null, null], [0, 1])).toEqual(mapping({ word: 2, english: 3 }));
  });
});

describe("checking rows", () => {
  const file = table(
    [
      "word,english,status,note",
      "huizen,houses,,",
      ",lonely,,",
      "boom,tree,maybe,",
      `${"x".repeat(121)},,,`,
      `staat,,KNOWN,`,
      `fiets,${"y".repeat(1001)},,`,
    ].join("\n"),
  );
  const columns = mapping({ word: 0, english: 1, status: 2, note: 3 });

  it("gives one problem per bad row, with its line, and imports only good rows", () => {
    const { rows, problems } = checkRows(file, columns, dictionary);
    expect(problems).toEqual([
      { line: 3, problem: "no-word" },
      { line: 4, problem: "unknown-status", status: "maybe" },
      { line: 5, problem: "word-too-long" },
      { line: 7, problem: "text-too-long", field: "english" },
    ]);
    expect(rows.map(({ line, word, key, status }) => ({ line, word, key, status }))).toEqual([
      { line: 2, word: "huizen", key: importKey("huizen", "", dictionary), status: null },
      { line: 6, word: "staat", key: "staat", status: "known" },
    ]);
  });

  it("previews the first rows and the problems, with the suggested mapping when none is given", () => {
    const preview = previewImport(file, null, dictionary);
    expect(preview.mapping).toEqual(columns);
    expect(preview.rowCount).toBe(6);
    expect(preview.problemCount).toBe(4);
    expect(preview.rows.map((row) => [row.word, row.statusOnly])).toEqual([
      ["huizen", false],
      ["staat", true],
    ]);
    expect(() => previewImport(file, mapping({ english: 1 }), dictionary)).toThrow(
      expect.objectContaining({ code: "import-no-word-column" }),
    );
    expect(() => previewImport(file, mapping({ word: 9 }), dictionary)).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
  });

  it("keys a word by its lemma, or by a key column holding the word itself (as the CSV export writes)", () => {
    expect(importKey("Staten", "", dictionary)).toBe("staat");
    expect(importKey("onderzoeker", "onderzoeker", dictionary)).toBe("onderzoeker");
    expect(importKey("Oekraïne", "oekraine", dictionary)).toBe("oekraine");
    expect(importKey("staten", "fiets", dictionary)).toBe("staat");
  });
});

describe("planning an import", () => {
  it("merges rows of one lemma key: first headword, first English and note, each sentence once, last status", () => {
    const { rows } = checkRows(
      table(
        [
          "word,english,sentence,note,status",
          "kind,,Het kind speelt.,,",
          "kinderen,children,Twee Kinderen.,lief,",
          "kind,child,Het kind speelt.,,known",
          "de,,,,known",
          "fiets,,,,learning",
        ].join("\n"),
      ),
      mapping({ word: 0, english: 1, sentence: 2, note: 3, status: 4 }),
      dictionary,
    );
    expect(planImport(rows)).toEqual([
      {
        key: "kind",
        headword: "kind",
        english: "children",
        note: "lief",
        sentences: [
          { sentence: "Het kind speelt.", english: "", form: "kind" },
          { sentence: "Twee Kinderen.", english: "", form: "Kinderen" },
        ],
        status: "known",
        statusOnly: false,
      },
      { key: "de", headword: "de", english: "", note: "", sentences: [], status: "known", statusOnly: true },
      { key: "fiets", headword: "fiets", english: "", note: "", sentences: [], status: "learning", statusOnly: false },
    ]);
  });
});
