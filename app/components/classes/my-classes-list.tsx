import Link from "next/link";
import { leaveClassAction } from "@/app/actions/classes";
import { ConfirmActionButton } from "@/app/components/confirm-action-button";
import { errorMessages } from "@/app/components/error-messages";
import type { MyClass } from "@/lib/classes/my-classes";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { formatDay } from "@/app/components/format-day";

/** "My classes": each class the learner is in, with its started lessons (overdue first) and a way out. */
export function MyClassesList({ lng, classes }: { lng: UiLanguage; classes: MyClass[] }) {
  const t = getT(lng, "classes");
  const errors = errorMessages(lng);
  if (classes.length === 0) {
    return (
      <p>
        {t("myClassesEmpty")} <Link href={`/${lng}/join`}>{t("joinLink")}</Link>
      </p>
    );
  }
  return (
    <>
      <ul className="class-list">
        {classes.map((found) => (
          <li key={found.id} className="class-card" aria-labelledby={`my-class-${found.id}`}>
            <h3 id={`my-class-${found.id}`}>{found.name}</h3>
            <p className="lesson-meta">
              <span className="level-badge" aria-label={t("level", { level: found.level })}>
                {found.level}
              </span>
              <span>{t("taughtBy", { names: found.teachers.join(", ") })}</span>
            </p>
            {found.description && <p className="class-description">{found.description}</p>}
            {found.assignments.length === 0 ? (
              <p className="hint">{t("noAssignments")}</p>
            ) : (
              <ul className="class-assignments" aria-label={t("lessonsOf", { name: found.name })}>
                {found.assignments.map((assignment) => (
                  <li
                    key={assignment.lessonId}
                    className={assignment.overdue ? "class-assignment is-overdue" : "class-assignment"}
                  >
                    <Link href={`/${lng}${assignment.readerPath}`} lang="nl">
                      {assignment.title}
                    </Link>
                    <span className={`state-badge state-${assignment.state}`}>{t(`state.${assignment.state}`)}</span>
                    {assignment.dueAt && (
                      <span className={assignment.overdue ? "due overdue" : "due"}>
                        {t(assignment.overdue ? "overdue" : "due", { date: formatDay(lng, assignment.dueAt) })}
                      </span>
                    )}
                    {assignment.instruction && <p className="assignment-instruction">{assignment.instruction}</p>}
                  </li>
                ))}
              </ul>
            )}
            <ConfirmActionButton
              action={leaveClassAction.bind(null, found.id)}
              label={t("leave")}
              question={t("leaveQuestion", { name: found.name })}
              confirm={t("leaveConfirm")}
              cancel={t("cancel")}
              errors={errors}
            />
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/${lng}/join`}>{t("joinAnother")}</Link>
      </p>
    </>
  );
}
