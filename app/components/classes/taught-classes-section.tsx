import Link from "next/link";
import { createClassAction } from "@/app/actions/classes";
import type { TaughtClassSummary } from "@/lib/classes/taught-class";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LEVELS } from "@/lib/lesson-model/levels";
import { ClassDetailsForm } from "./class-details-form";
import { classDetailsFormStrings } from "./class-form-strings";

/** "Classes I teach" (or, with `archived`, the archived ones), and a form to create another. */
export function TaughtClassesSection({
  lng,
  classes,
  archived,
}: {
  lng: UiLanguage;
  classes: TaughtClassSummary[];
  archived: boolean;
}) {
  const t = getT(lng, "classes");
  return (
    <section aria-labelledby="teaching-heading">
      <h2 id="teaching-heading">{t(archived ? "archivedTitle" : "teachingTitle")}</h2>
      {classes.length === 0 ? (
        <p>{t(archived ? "archivedEmpty" : "teachingEmpty")}</p>
      ) : (
        <ul className="class-list">
          {classes.map((found) => (
            <li key={found.id} className="class-card">
              <h3>
                <Link href={`/${lng}/classes/${found.id}`}>{found.name}</Link>
              </h3>
              <p className="lesson-meta">
                <span className="level-badge" aria-label={t("level", { level: found.level })}>
                  {found.level}
                </span>
                <span>{t("learnerCount", { count: found.learnerCount })}</span>
                <span>{t("lessonCount", { count: found.assignmentCount })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/${lng}/classes${archived ? "" : "?archived=1"}`}>
          {t(archived ? "showActive" : "showArchived")}
        </Link>
      </p>
      {!archived && (
        <>
          <h3 id="create-class-heading">{t("createTitle")}</h3>
          <ClassDetailsForm
            idPrefix="new-class"
            lng={lng}
            levels={LEVELS}
            action={createClassAction}
            strings={classDetailsFormStrings(lng, "create")}
          />
        </>
      )}
    </section>
  );
}
