import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { VOCABULARY_CSV_COLUMNS, vocabularyCsv } from "@/lib/vocabulary/transfer/vocabulary-csv";
import type { VocabularyExport } from "@/lib/vocabulary/transfer/vocabulary-export";

const vocabulary: VocabularyExport = {
  userId: "user-1",
  items: [
    {
      key: "minsk-akkoord",
      headword: "Minsk-akkoorden",
      english: "=Minsk agreements",
      note: 'two "lines"\nof note',
      status: "learning",
      savedAt: new Date("2026-12-01T09:00:00Z"),
      card: { due: new Date("2026-12-02T09:00:00Z"), reps: 3, lapses: 1 },
      contexts: [
        { sentence: "De akkoorden, zei hij.", form: "akkoorden", english: "The agreements.", lessonTitle: "Les" },
        { sentence: "Later.", form: "akkoorden", english: "", lessonTitle: null },
      ],
    },
  ],
  statusOnly: [{ key: "de", status: "known" }],
};

describe("the vocabulary CSV", () => {
  it("is UTF-8 with a byte-order mark, CRLF lines and the documented header row", () => {
    const csv = vocabularyCsv(vocabulary);
    expect(
      csv.startsWith(
        "\uFEFFword,key,status,english,note,sentence,sentence_english,lesson,saved_at,due,reps,lapses\r\n",
      ),
    ).toBe(true);
  });

  it("parses back (RFC 4180) to every item with its status, and status-only keys", () => {
    const rows = parse(vocabularyCsv(vocabulary), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        word: "Minsk-akkoorden",
        key: "minsk-akkoord",
        status: "learning",
        english: "'=Minsk agreements",
        note: 'two "lines"\nof note',
        sentence: "De akkoorden, zei hij.",
        sentence_english: "The agreements.",
        lesson: "Les",
        saved_at: "2026-12-01T09:00:00.000Z",
        due: "2026-12-02T09:00:00.000Z",
        reps: "3",
        lapses: "1",
      },
      {
        ...Object.fromEntries(VOCABULARY_CSV_COLUMNS.map((column) => [column, ""])),
        word: "de",
        key: "de",
        status: "known",
      },
    ]);
  });

  it("neutralises every cell that a spreadsheet would run as a formula", () => {
    const csv = vocabularyCsv({
      ...vocabulary,
      items: [{ ...vocabulary.items[0]!, headword: "+1", note: "@SUM(A1)", english: "-x", contexts: [] }],
    });
    const [row] = parse(csv, { bom: true, from_line: 2 }) as string[][];
    expect([row![0], row![3], row![4]]).toEqual(["'+1", "'-x", "'@SUM(A1)"]);
  });
});
