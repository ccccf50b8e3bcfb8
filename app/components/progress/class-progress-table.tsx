import Link from "next/link";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { ClassTable } from "@/lib/progress/class-table";
import { formatDay } from "@/app/components/format-day";
import { ProgressCellFigures } from "./progress-figures";

/**
 * Learners (rows) × assigned lessons (columns). Wide classes scroll sideways inside a labelled, focusable region,
 * so a phone can pan the table with the keyboard or a finger and a screen reader announces what it is.
 */
export function ClassProgressTable({ lng, classId, table }: { lng: UiLanguage; classId: string; table: ClassTable }) {
  const t = getT(lng, "progress");
  return (
    <div className="table-scroll" role="region" aria-labelledby="progress-caption" tabIndex={0}>
      <table className="progress-table">
        <caption id="progress-caption">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.learner")}</th>
            {table.lessons.map((lesson) => (
              <th scope="col" key={lesson.id}>
                <Link
                  href={`/${lng}/classes/${classId}/lessons/${lesson.id}`}
                  aria-label={t("table.wordsLink", { title: lesson.title })}
                >
                  {lesson.title}
                </Link>
                <span className="hint">
                  {lesson.dueAt ? t("figures.due", { date: formatDay(lng, lesson.dueAt) }) : t("figures.noDueDate")}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.learner.id}>
              <th scope="row">
                <Link href={`/${lng}/classes/${classId}/learners/${row.learner.id}`}>{row.learner.name}</Link>
              </th>
              {row.cells.map((cell) => (
                <ProgressCellFigures key={cell.lessonId} lng={lng} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
