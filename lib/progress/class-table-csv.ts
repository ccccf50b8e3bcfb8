import { dayInZone } from "@/lib/i18n/class-time-zone";
import { percent, type ClassTable } from "./class-table";
import type { ReadingState } from "./lesson-progress";
import type { CsvCell } from "./progress-csv";

/** The column headings and words of the export, in the teacher's language. */
export interface ProgressCsvLabels {
  columns: [string, string, string, string, string, string, string, string, string];
  states: Record<ReadingState, string>;
  yes: string;
  no: string;
}

/** A due date as a spreadsheet sorts it: "2027-01-31" (the day where the classes are), or empty. */
function day(date: Date | null): string {
  return date === null ? "" : dayInZone(date);
}

/**
 * One row per learner × lesson: name, lesson title, state, percent read, minutes, look-ups, saves, due, late.
 * classTableCsvRows(table, labels)[1] → ["Ada", "De Oekraïne-crisis", "started", 40, 12, 3, 1, "2027-01-31", "no"]
 */
export function classTableCsvRows(table: ClassTable, labels: ProgressCsvLabels): CsvCell[][] {
  const rows: CsvCell[][] = [[...labels.columns]];
  for (const row of table.rows) {
    row.cells.forEach((cell, index) => {
      const lesson = table.lessons[index]!;
      rows.push([
        row.learner.name,
        lesson.title,
        labels.states[cell.state],
        percent(cell.shareRead),
        cell.minutes,
        cell.lookups,
        cell.saves,
        day(lesson.dueAt),
        cell.late ? labels.yes : labels.no,
      ]);
    });
  }
  return rows;
}
