import Link from "next/link";
import type { TaughtClass } from "@/lib/classes/taught-class";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { formatDay } from "@/app/components/format-day";

/** The lessons assigned to the class; each links to its Teach page, where assignments are made and changed. */
export function ClassAssignments({ lng, taught }: { lng: UiLanguage; taught: TaughtClass }) {
  const t = getT(lng, "classes");
  return (
    <section aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">{t("lessonsTitle")}</h2>
      <p className="hint">
        {t("lessonsHint")} <Link href={`/${lng}`}>{t("findLessons")}</Link>
      </p>
      {taught.assignments.length === 0 ? (
        <p>{t("lessonsEmpty")}</p>
      ) : (
        <ul className="class-assignments">
          {taught.assignments.map((assignment) => (
            <li key={assignment.lessonId} className="class-assignment">
              <Link href={`/${lng}/lessons/${assignment.lessonId}/teach`} lang="nl">
                {assignment.title}
              </Link>
              {assignment.startsAt && <span>{t("starts", { date: formatDay(lng, assignment.startsAt) })}</span>}
              <span className="due">
                {assignment.dueAt ? t("due", { date: formatDay(lng, assignment.dueAt) }) : t("noDue")}
              </span>
              {assignment.instruction && <p className="assignment-instruction">{assignment.instruction}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
