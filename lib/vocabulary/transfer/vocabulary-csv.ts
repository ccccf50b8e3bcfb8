import { toCsv, type CsvCell } from "@/lib/progress/progress-csv";
import type { VocabularyExport } from "./vocabulary-export";

/** The header row; the import recognises these names, so an export imports back without choosing columns. */
export const VOCABULARY_CSV_COLUMNS = [
  "word",
  "key",
  "status",
  "english",
  "note",
  "sentence",
  "sentence_english",
  "lesson",
  "saved_at",
  "due",
  "reps",
  "lapses",
] as const;

/**
 * The whole vocabulary as a spreadsheet-safe CSV (RFC 4180, UTF-8 with a byte-order mark, formula-like cells
 * neutralised; see toCsv): one row per saved item with its status, first sentence and review state, then one row
 * per lemma key that is only marked known or ignored (its key stands in for the word; the other cells are empty).
 * Times are ISO 8601 in UTC.
 *
 * word,key,status,english,note,sentence,sentence_english,lesson,saved_at,due,reps,lapses
 * Minsk-akkoorden,minsk-akkoord,learning,Minsk agreements,,"De akkoorden van Minsk, …",…,Testles,2026-12-01T09:00:00.000Z,…,0,0
 * de,de,known,,,,,,,,,
 */
export function vocabularyCsv(vocabulary: VocabularyExport): string {
  const items = vocabulary.items.map((item): CsvCell[] => {
    const context = item.contexts[0];
    return [
      item.headword,
      item.key,
      item.status,
      item.english,
      item.note,
      context?.sentence ?? "",
      context?.english ?? "",
      context?.lessonTitle ?? "",
      item.savedAt.toISOString(),
      item.card?.due.toISOString() ?? "",
      item.card?.reps ?? "",
      item.card?.lapses ?? "",
    ];
  });
  const statuses = vocabulary.statusOnly.map(({ key, status }): CsvCell[] => [
    key,
    key,
    status,
    ...Array<string>(VOCABULARY_CSV_COLUMNS.length - 3).fill(""),
  ]);
  return toCsv([[...VOCABULARY_CSV_COLUMNS], ...items, ...statuses]);
}
