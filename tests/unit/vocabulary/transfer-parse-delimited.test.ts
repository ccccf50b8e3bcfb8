import { describe, expect, it } from "vitest";
import { parseDelimited, sniffSeparator } from "@/lib/vocabulary/transfer/parse-delimited";

const cells = (text: string) => parseDelimited(text, 100).records.map((record) => record.cells);

describe("parsing a CSV or TSV file", () => {
  it("reads RFC 4180 quoting: separators, doubled quotes and line breaks inside quoted fields", () => {
    expect(cells('word,english\n"huis, groot","the ""big"" house"\n"twee\nregels",x\n')).toEqual([
      ["word", "english"],
      ["huis, groot", 'the "big" house'],
      ["twee\nregels", "x"],
    ]);
  });

  it("numbers records by the line they start on, counting comments, blank lines and line breaks in fields", () => {
    const table = parseDelimited('word,english\r\n"a\r\nb",x\r\n\r\n# een opmerking\r\nc,y\r\nd,z', 100);
    expect(table.records.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, "word"],
      [2, "a\nb"],
      [6, "c"],
      [7, "d"],
    ]);
  });

  it("keeps a stray quote inside an unquoted field, as Anki's HTML fields have them", () => {
    expect(cells('huis\t<span class="x">house</span>\n')).toEqual([["huis", '<span class="x">house</span>']]);
  });

  it("reads Anki's headers: separator, html, columns and the guid, deck, tags and note type columns", () => {
    const table = parseDelimited(
      "#separator:Semicolon\n#html:true\n#columns:Front;Back;Tags\n#guid column:4\n#tags column:3\nhuis;house;a;g1\n",
      100,
    );
    expect(table).toMatchObject({
      separator: ";",
      html: true,
      columnLabels: ["Front", "Back", "Tags"],
      metaColumns: [3, 2],
      records: [{ line: 6, cells: ["huis", "house", "a", "g1"] }],
    });
    expect(parseDelimited("#separator:tab\n#html:false\na,b\tc\n", 100)).toMatchObject({
      separator: "\t",
      html: false,
      records: [{ cells: ["a,b", "c"] }],
    });
  });

  it("skips lines starting with # anywhere, but not a # inside a field", () => {
    expect(cells("a,b\n#x,y\nc,#d\n")).toEqual([
      ["a", "b"],
      ["c", "#d"],
    ]);
  });

  it("guesses the separator that splits every first line the same way", () => {
    expect(sniffSeparator(["huis\thouse, home", "boom\ttree"])).toBe("\t");
    expect(sniffSeparator(["woord;betekenis", "huis;house, home", "boom;tree"])).toBe(";");
    expect(sniffSeparator(["word,english", '"huis; groot",house'])).toBe(",");
    expect(sniffSeparator(["huis", "boom"])).toBe(",");
    expect(parseDelimited("huis;house\nboom;tree\n", 100).separator).toBe(";");
  });

  it("stops after maxRecords records", () => {
    expect(parseDelimited("a\nb\nc\nd\n", 2).records).toHaveLength(2);
  });

  it("refuses a quote that is never closed as an unreadable file", () => {
    expect(() => parseDelimited('a,"b\nc,d\n', 100)).toThrow(expect.objectContaining({ code: "unreadable-file" }));
  });
});
