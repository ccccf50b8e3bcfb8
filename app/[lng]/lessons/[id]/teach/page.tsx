import Link from "next/link";
import { notFound } from "next/navigation";
import {
  assignLessonAction,
  copyLessonAction,
  setLessonVisibilityAction,
  unassignLessonAction,
} from "@/app/actions/curation";
import { ActionButton } from "@/app/components/action-button";
import { AssignForm } from "@/app/components/curation/assign-form";
import { CopyLessonButton } from "@/app/components/curation/copy-lesson-button";
import { VisibilityForm } from "@/app/components/curation/visibility-form";
import { errorMessages } from "@/app/components/error-messages";
import { formatDay } from "@/app/components/format-day";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { lessonPageMetadata } from "@/app/components/record-page-metadata";
import { listLessonAssignments } from "@/lib/assignments/list-lesson-assignments.server";
import { startOfDay } from "@/lib/i18n/class-time-zone";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { toVisibility } from "@/lib/lesson-model/lesson-policy";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";
import { getLessonTitle } from "@/lib/lessons/get-lesson-title.server";

export const generateMetadata = lessonPageMetadata("curation", "teachTitle");

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

/** What a teacher (or the owner, or an administrator) can do to share a lesson: copy, assign, choose who reads it. */
export default async function TeachLessonPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/lessons/${id}/teach`);
  const { lesson, abilities } = await orNotFound(requireLesson(user, id, "read"));
  if (!abilities.copy && !abilities.assign && abilities.visibilities.length === 0) notFound();
  const title = await getLessonTitle(id, user);
  const classes = abilities.assign ? await listLessonAssignments(user, id) : [];
  const assigned = classes.filter((item) => item.assignment !== null);
  const t = getT(lng, "curation");
  const shownDay = (day: string | undefined) => {
    const start = day ? startOfDay(day) : null;
    return start ? formatDay(lng, start) : t("noDate");
  };
  const errors = errorMessages(lng);
  const fieldErrors = t("fieldErrors", { returnObjects: true }) as Record<string, string>;
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}${lessonReaderPath(lesson, user.id)}`}>{t("backToLesson")}</Link>
        {abilities.edit && (
          <>
            {" "}
            · <Link href={`/${lng}/lessons/${id}/edit`}>{t("editLink")}</Link>
          </>
        )}
      </p>
      <h1>{t("teachTitle", { title })}</h1>
      <p className="intro">{t("teachIntro")}</p>

      {abilities.copy && (
        <section aria-labelledby="copy-heading" className="lesson-card">
          <h2 id="copy-heading">{t("copyHeading")}</h2>
          <p>{t("copyIntro")}</p>
          <CopyLessonButton
            action={copyLessonAction.bind(null, id)}
            copyHref={`/${lng}/my/lessons/{id}`}
            label={t("copy")}
            pending={t("copying")}
            errors={errors}
          />
        </section>
      )}

      {abilities.assign && (
        <section aria-labelledby="assign-heading" className="lesson-card">
          <h2 id="assign-heading">{t("assignHeading")}</h2>
          {classes.length === 0 ? (
            <p>{t("noClasses")}</p>
          ) : (
            <>
              <h3>{t("assignedTo")}</h3>
              {assigned.length === 0 ? (
                <p>{t("notAssigned")}</p>
              ) : (
                <ul className="assignment-list">
                  {assigned.map((item) => (
                    <li key={item.classId}>
                      <strong>{t("classLabel", { name: item.className, level: item.level })}</strong>{" "}
                      <span>
                        {t("assignmentFacts", {
                          start: shownDay(item.assignment?.startsOn),
                          due: shownDay(item.assignment?.dueOn),
                        })}
                      </span>
                      {item.assignment?.instruction && <p>{item.assignment.instruction}</p>}
                      <ActionButton
                        action={unassignLessonAction.bind(null, id, item.classId)}
                        label={t("unassign")}
                        accessibleLabel={t("unassignLabel", { name: item.className })}
                        errors={errors}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <AssignForm
                action={assignLessonAction.bind(null, id)}
                classes={classes.map((item) => ({
                  classId: item.classId,
                  label: t("classLabel", { name: item.className, level: item.level }),
                  assigned: item.assignment !== null,
                }))}
                strings={{
                  classes: t("classes"),
                  assigned: t("assigned"),
                  startsOn: t("startsOn"),
                  startsOnHint: t("startsOnHint"),
                  dueOn: t("dueOn"),
                  dueOnHint: t("dueOnHint"),
                  instruction: t("instruction"),
                  instructionHint: t("instructionHint"),
                  submit: t("assign"),
                  saved: t("saved"),
                  errors,
                  fieldErrors,
                }}
              />
            </>
          )}
        </section>
      )}

      {abilities.visibilities.length > 0 && (
        <section aria-labelledby="visibility-heading" className="lesson-card">
          <h2 id="visibility-heading">{t("visibilityHeading")}</h2>
          <VisibilityForm
            action={setLessonVisibilityAction.bind(null, id)}
            current={toVisibility(lesson.visibility)}
            choices={abilities.visibilities.map((value) => ({ value, label: t(`visibility.${value}`) }))}
            strings={{ legend: t("visibilityHeading"), submit: t("saveVisibility"), saved: t("saved"), errors }}
          />
        </section>
      )}
    </div>
  );
}
